#include "server/http/api_request.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace baartal::server {

ApiRequest::ApiRequest(Method method, QString path)
    : m_method(method)
    , m_path(std::move(path))
{
}

QByteArray ApiRequest::header(QByteArrayView name) const
{
    for (const auto& [key, value] : m_headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

core::Result<QJsonObject> ApiRequest::jsonBody() const
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(m_body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return core::Error::invalid(QStringLiteral("malformed_json"),
                                    QStringLiteral("The body is not valid JSON: %1 at offset %2.")
                                        .arg(parseError.errorString())
                                        .arg(parseError.offset));
    }
    if (!document.isObject()) {
        return core::Error::invalid(QStringLiteral("malformed_json"),
                                    QStringLiteral("The body must be a JSON object."));
    }
    return document.object();
}

QString ApiRequest::clientAddress() const
{
    if (m_remoteAddress.isLoopback()) {
        if (const QHostAddress forwarded(QString::fromLatin1(header("X-Real-IP").trimmed()));
            !forwarded.isNull()) {
            return forwarded.toString();
        }
    }
    return m_remoteAddress.toString();
}

} // namespace baartal::server
