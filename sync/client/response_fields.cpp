#include "sync/client/response_fields.h"

#include <QJsonArray>
#include <QJsonValue>

#include <cmath>

namespace baartal::sync {

namespace {

// Whole numbers a double holds exactly; anything beyond is not an id, a rate or a coin count we accept.
constexpr double kMaxExactInteger = 9007199254740992.0; // 2^53

std::optional<qint64> wholeNumber(const QJsonValue& value)
{
    if (!value.isDouble()) {
        return std::nullopt;
    }
    const double number = value.toDouble();
    if (!std::isfinite(number) || std::trunc(number) != number || std::fabs(number) > kMaxExactInteger) {
        return std::nullopt;
    }
    return static_cast<qint64>(number);
}

} // namespace

core::Error ResponseFields::invalid(const QString& field)
{
    return core::Error::internal(QStringLiteral("invalid_response"),
                                 tr("The server sent an unexpected answer (field \"%1\").").arg(field));
}

core::Result<QString> ResponseFields::requireString(const QJsonObject& object, const QString& field)
{
    const QJsonValue value = object.value(field);
    if (!value.isString() || value.toString().isEmpty()) {
        return invalid(field);
    }
    return value.toString();
}

core::Result<qint64> ResponseFields::requireInteger(const QJsonObject& object, const QString& field)
{
    const std::optional<qint64> number = wholeNumber(object.value(field));
    if (!number) {
        return invalid(field);
    }
    return *number;
}

core::Result<std::optional<qint64>> ResponseFields::optionalInteger(const QJsonObject& object,
                                                                    const QString& field)
{
    const QJsonValue value = object.value(field);
    if (value.isUndefined() || value.isNull()) {
        return std::optional<qint64>();
    }
    const std::optional<qint64> number = wholeNumber(value);
    if (!number) {
        return invalid(field);
    }
    return number;
}

core::Result<bool> ResponseFields::requireBool(const QJsonObject& object, const QString& field)
{
    const QJsonValue value = object.value(field);
    if (!value.isBool()) {
        return invalid(field);
    }
    return value.toBool();
}

core::Result<QJsonObject> ResponseFields::requireObject(const QJsonObject& object, const QString& field)
{
    const QJsonValue value = object.value(field);
    if (!value.isObject()) {
        return invalid(field);
    }
    return value.toObject();
}

core::Result<QList<QJsonObject>> ResponseFields::requireObjects(const QJsonObject& object,
                                                                const QString& field)
{
    const QJsonValue value = object.value(field);
    if (!value.isArray()) {
        return invalid(field);
    }
    QList<QJsonObject> objects;
    for (const QJsonValue& element : value.toArray()) {
        if (!element.isObject()) {
            return invalid(field);
        }
        objects.append(element.toObject());
    }
    return objects;
}

core::Result<QDateTime> ResponseFields::optionalTime(const QJsonObject& object, const QString& field)
{
    const QJsonValue value = object.value(field);
    if (value.isUndefined() || value.isNull()) {
        return QDateTime();
    }
    const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!value.isString() || !time.isValid()) {
        return invalid(field);
    }
    return time.toUTC();
}

core::Result<QDateTime> ResponseFields::requireTime(const QJsonObject& object, const QString& field)
{
    auto time = optionalTime(object, field);
    if (time && !time->isValid()) {
        return invalid(field);
    }
    return time;
}

} // namespace baartal::sync
