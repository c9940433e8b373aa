#include "core/ids/ids.h"

#include <QUuid>

namespace baartal::core {

QString Ids::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool Ids::isValid(const QString& text)
{
    return text.size() == 36 && !QUuid::fromString(text).isNull();
}

std::optional<QByteArray> Ids::toBytes(const QString& id)
{
    const QUuid uuid = QUuid::fromString(id);
    if (uuid.isNull() || uuid.toString(QUuid::WithoutBraces) != id) {
        return std::nullopt;
    }
    return uuid.toRfc4122();
}

std::optional<QString> Ids::fromBytes(const QByteArray& bytes)
{
    if (bytes.size() != 16) {
        return std::nullopt;
    }
    const QUuid uuid = QUuid::fromRfc4122(bytes);
    if (uuid.isNull()) {
        return std::nullopt;
    }
    return uuid.toString(QUuid::WithoutBraces);
}

} // namespace baartal::core
