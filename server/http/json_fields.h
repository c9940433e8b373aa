#pragma once

#include "core/money/paise.h"
#include "core/result/result.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace baartal::server {

// Reads typed fields out of request JSON with the same error codes everywhere (all Invalid, 400):
// "missing_field" (absent, null or an empty string), "invalid_field_type" (wrong JSON type),
// "field_out_of_range", "invalid_id", and Paise's "invalid_amount" / "amount_overflow". Every message
// names the field, so a client knows what to fix.
class JsonFields {
public:
    JsonFields() = delete;

    static core::Result<QString> requireString(const QJsonObject& object, const QString& field);

    // Nothing when the field is absent or null; a present field must be a string.
    static core::Result<std::optional<QString>> optionalString(const QJsonObject& object,
                                                               const QString& field);

    // A whole JSON number within [min, max]; 12.5 and "12" are the wrong type.
    static core::Result<qint64> requireInt(const QJsonObject& object, const QString& field, qint64 min,
                                           qint64 max);

    // A UUID string, returned lower-case without braces as ids are stored.
    static core::Result<QString> requireUuid(const QJsonObject& object, const QString& field);

    // The same check for an id that arrives as text: a path parameter or a query value.
    static core::Result<QString> parseUuid(const QString& text, const QString& field);

    // Rupees as a JSON number (1771.2) or a decimal string ("1771.20"), exact to the paisa.
    static core::Result<core::Paise> requirePaise(const QJsonObject& object, const QString& field);
};

} // namespace baartal::server
