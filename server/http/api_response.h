#pragma once

#include "core/result/error.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>

namespace baartal::server {

// What a handler answers: a status, a content type, a body and extra headers. JSON answers use the API
// envelope: {"success":true,"data":...} or {"success":false,"error":{"code","message",...}}.
class ApiResponse {
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    // {"success":true,"data":data}; status 201 for a creation, 200 otherwise.
    static ApiResponse ok(const QJsonValue& data, int status = 200);

    // {"success":false,"error":{"code","message"}} with httpStatusFor(error.kind). `extra` adds fields
    // inside "error" (e.g. "alternatives"); it cannot replace code or message.
    static ApiResponse error(const core::Error& error, const QJsonObject& extra = {});

    // An envelope error for an HTTP-level failure that no ErrorKind describes (405, 413).
    static ApiResponse httpError(int status, const QString& code, const QString& message);

    // Bytes as they are: PNG, SVG, PDF, Prometheus text.
    static ApiResponse raw(QByteArray contentType, QByteArray body, int status = 200);

    // The single mapping from error kinds to HTTP statuses.
    static int httpStatusFor(core::ErrorKind kind);

    int status() const { return m_status; }
    const QByteArray& contentType() const { return m_contentType; }
    const QByteArray& body() const { return m_body; }

    // Headers besides Content-Type, which comes from the factory above.
    const Headers& headers() const { return m_headers; }
    // The value of a header set with setHeader, by case-insensitive name; empty if absent.
    QByteArray header(QByteArrayView name) const;
    // Sets a header, replacing any of the same name.
    void setHeader(const QByteArray& name, const QByteArray& value);

private:
    ApiResponse(int status, QByteArray contentType, QByteArray body);

    static ApiResponse envelope(int status, const QJsonObject& object);
    static ApiResponse errorEnvelope(int status, const QString& code, const QString& message,
                                     const QJsonObject& extra);

    int m_status;
    QByteArray m_contentType;
    QByteArray m_body;
    Headers m_headers;
};

} // namespace baartal::server
