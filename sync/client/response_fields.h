#pragma once

#include "core/result/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace baartal::sync {

// Reads typed fields out of a server answer. A missing or mistyped field is "invalid_response"
// (ErrorKind::Internal): the server broke the contract, which the cashier cannot fix, and the message
// names the field so the log says what broke.
class ResponseFields {
    Q_DECLARE_TR_FUNCTIONS(baartal::sync::ResponseFields)

public:
    ResponseFields() = delete;

    static core::Result<QString> requireString(const QJsonObject& object, const QString& field);
    // A whole JSON number.
    static core::Result<qint64> requireInteger(const QJsonObject& object, const QString& field);
    // Nothing when absent or null; a present field must be a whole number.
    static core::Result<std::optional<qint64>> optionalInteger(const QJsonObject& object,
                                                               const QString& field);
    static core::Result<bool> requireBool(const QJsonObject& object, const QString& field);
    static core::Result<QJsonObject> requireObject(const QJsonObject& object, const QString& field);
    // An array whose every element is an object.
    static core::Result<QList<QJsonObject>> requireObjects(const QJsonObject& object, const QString& field);
    // Every object of the array `field`, each read with `parse` (object → core::Result<T>); the first
    // failure wins.
    template <typename T, typename Parse>
    static core::Result<QList<T>> requireList(const QJsonObject& object, const QString& field, Parse parse)
    {
        auto objects = requireObjects(object, field);
        if (!objects) {
            return objects.error();
        }
        QList<T> values;
        values.reserve(objects->size());
        for (const QJsonObject& element : std::as_const(*objects)) {
            core::Result<T> value = parse(element);
            if (!value) {
                return value.error();
            }
            values.append(*value);
        }
        return values;
    }
    // An ISO 8601 time ("2026-01-15T10:00:00.000Z"); an invalid QDateTime when absent or null.
    static core::Result<QDateTime> optionalTime(const QJsonObject& object, const QString& field);
    static core::Result<QDateTime> requireTime(const QJsonObject& object, const QString& field);

    static core::Error invalid(const QString& field);

    // The error of the first failed read among `reads`, for parsers that read every field first.
    template <typename... Reads>
    static core::Status firstError(const Reads&... reads)
    {
        core::Status failure;
        // Left to right, stopping at the first failure.
        (void)((reads.ok() || (failure = reads.error(), false)) && ...);
        return failure;
    }
};

} // namespace baartal::sync
