#include "server/http/json_fields.h"

#include "core/ids/ids.h"

#include <QJsonValue>
#include <QUuid>

#include <cmath>

namespace baartal::server {

namespace {

core::Error missing(const QString& field)
{
    return core::Error::invalid(QStringLiteral("missing_field"),
                                QStringLiteral("%1 is required.").arg(field));
}

core::Error wrongType(const QString& field, const QString& expected)
{
    return core::Error::invalid(QStringLiteral("invalid_field_type"),
                                QStringLiteral("%1 must be %2.").arg(field, expected));
}

bool absent(const QJsonValue& value)
{
    return value.isUndefined() || value.isNull();
}

// Beyond 2^53 a double no longer holds every integer, so a larger JSON number is not an exact count.
constexpr double kLargestExactInteger = 9007199254740992.0;

} // namespace

core::Result<QString> JsonFields::requireString(const QJsonObject& object, const QString& field)
{
    const QJsonValue value = object.value(field);
    if (absent(value)) {
        return missing(field);
    }
    if (!value.isString()) {
        return wrongType(field, QStringLiteral("a string"));
    }
    if (value.toString().isEmpty()) {
        return missing(field);
    }
    return value.toString();
}

core::Result<std::optional<QString>> JsonFields::optionalString(const QJsonObject& object,
                                                                const QString& field)
{
    const QJsonValue value = object.value(field);
    if (absent(value)) {
        return std::optional<QString>();
    }
    if (!value.isString()) {
        return wrongType(field, QStringLiteral("a string"));
    }
    return std::optional<QString>(value.toString());
}

core::Result<qint64> JsonFields::requireInt(const QJsonObject& object, const QString& field, qint64 min,
                                            qint64 max)
{
    const QJsonValue value = object.value(field);
    if (absent(value)) {
        return missing(field);
    }
    const double number = value.toDouble();
    if (!value.isDouble() || std::trunc(number) != number || std::fabs(number) > kLargestExactInteger) {
        return wrongType(field, QStringLiteral("a whole number"));
    }
    const auto integer = static_cast<qint64>(number);
    if (integer < min || integer > max) {
        return core::Error::invalid(
            QStringLiteral("field_out_of_range"),
            QStringLiteral("%1 must be between %2 and %3.").arg(field).arg(min).arg(max));
    }
    return integer;
}

core::Result<QString> JsonFields::requireUuid(const QJsonObject& object, const QString& field)
{
    const QJsonValue value = object.value(field);
    if (absent(value)) {
        return missing(field);
    }
    if (!value.isString()) {
        return wrongType(field, QStringLiteral("a string"));
    }
    return parseUuid(value.toString(), field);
}

core::Result<QString> JsonFields::parseUuid(const QString& text, const QString& field)
{
    if (!core::Ids::isValid(text)) {
        return core::Error::invalid(QStringLiteral("invalid_id"),
                                    QStringLiteral("%1 must be a UUID.").arg(field));
    }
    return QUuid::fromString(text).toString(QUuid::WithoutBraces);
}

core::Result<core::Paise> JsonFields::requirePaise(const QJsonObject& object, const QString& field)
{
    const QJsonValue value = object.value(field);
    if (absent(value)) {
        return missing(field);
    }
    if (!value.isDouble() && !value.isString()) {
        return wrongType(field, QStringLiteral("a rupee amount"));
    }
    core::Result<core::Paise> amount = value.isDouble() ? core::Paise::fromJsonNumber(value.toDouble())
                                                        : core::Paise::parseRupees(value.toString());
    if (!amount.ok()) {
        core::Error error = amount.error();
        error.message = field + QStringLiteral(": ") + error.message;
        return error;
    }
    return amount;
}

} // namespace baartal::server
