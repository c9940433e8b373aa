#include "server/http/api_response.h"

#include <QJsonDocument>

namespace baartal::server {

ApiResponse::ApiResponse(int status, QByteArray contentType, QByteArray body)
    : m_status(status)
    , m_contentType(std::move(contentType))
    , m_body(std::move(body))
{
}

ApiResponse ApiResponse::envelope(int status, const QJsonObject& object)
{
    ApiResponse response(status, QByteArrayLiteral("application/json"),
                         QJsonDocument(object).toJson(QJsonDocument::Compact));
    // Envelopes carry tokens and personal data: no shared cache may keep them.
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return response;
}

ApiResponse ApiResponse::ok(const QJsonValue& data, int status)
{
    return envelope(status, QJsonObject{{QStringLiteral("success"), true}, {QStringLiteral("data"), data}});
}

ApiResponse ApiResponse::errorEnvelope(int status, const QString& code, const QString& message,
                                       const QJsonObject& extra)
{
    QJsonObject body = extra;
    body.insert(QStringLiteral("code"), code);
    body.insert(QStringLiteral("message"), message);
    return envelope(status, QJsonObject{{QStringLiteral("success"), false}, {QStringLiteral("error"), body}});
}

ApiResponse ApiResponse::error(const core::Error& error, const QJsonObject& extra)
{
    return errorEnvelope(httpStatusFor(error.kind), error.code, error.message, extra);
}

ApiResponse ApiResponse::httpError(int status, const QString& code, const QString& message)
{
    return errorEnvelope(status, code, message, {});
}

ApiResponse ApiResponse::raw(QByteArray contentType, QByteArray body, int status)
{
    return ApiResponse(status, std::move(contentType), std::move(body));
}

int ApiResponse::httpStatusFor(core::ErrorKind kind)
{
    switch (kind) {
    case core::ErrorKind::Invalid:
        return 400;
    case core::ErrorKind::Unauthenticated:
        return 401;
    case core::ErrorKind::Forbidden:
        return 403;
    case core::ErrorKind::NotFound:
        return 404;
    case core::ErrorKind::Conflict:
        return 409;
    case core::ErrorKind::Unprocessable:
        return 422;
    case core::ErrorKind::RateLimited:
        return 429;
    case core::ErrorKind::Unavailable:
        return 503;
    case core::ErrorKind::Internal:
        return 500;
    }
    return 500;
}

QByteArray ApiResponse::header(QByteArrayView name) const
{
    for (const auto& [key, value] : m_headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

void ApiResponse::setHeader(const QByteArray& name, const QByteArray& value)
{
    for (auto& [key, existing] : m_headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            existing = value;
            return;
        }
    }
    m_headers.append({name, value});
}

} // namespace baartal::server
