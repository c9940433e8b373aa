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

} // namespace baartal::core
