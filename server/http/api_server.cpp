#include "server/http/api_server.h"

#include "server/http/http_log.h"
#include "server/http/openapi_document.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace baartal::server {

ApiServer::ApiServer(AccessTokens tokens, const core::Clock& clock)
    : m_router(std::move(tokens), clock)
{
    m_router.add({Method::Get,
                  QStringLiteral("/healthz"),
                  {},
                  QStringLiteral("Liveness check"),
                  [this](const ApiRequest&) {
                      if (m_healthCheck) {
                          if (core::Status healthy = m_healthCheck(); !healthy) {
                              return ApiResponse::error(healthy.error());
                          }
                      }
                      return ApiResponse::ok(QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}});
                  }});
    m_router.add({Method::Get,
                  QStringLiteral("/api/v1/openapi.json"),
                  {},
                  QStringLiteral("This API described as OpenAPI 3.0, generated from the route table"),
                  [this](const ApiRequest&) {
                      const QJsonObject document =
                          OpenApiDocument::describe(m_router.routes(), QStringLiteral(BAARTAL_VERSION));
                      return ApiResponse::raw(QByteArrayLiteral("application/json"),
                                              QJsonDocument(document).toJson(QJsonDocument::Compact));
                  }});
    m_router.add({Method::Get,
                  QStringLiteral("/metrics"),
                  {},
                  QStringLiteral("Request counts and times in the Prometheus text format (keep it internal)"),
                  [this](const ApiRequest&) {
                      return ApiResponse::raw(QByteArrayLiteral("text/plain; version=0.0.4; charset=utf-8"),
                                              m_router.metrics().prometheusText());
                  }});
    m_router.bind(m_server);
}

core::Result<quint16> ApiServer::listen(const QHostAddress& address, quint16 port)
{
    const quint16 bound = m_server.listen(address, port);
    if (bound == 0) {
        return core::Error{core::ErrorKind::Unavailable, QStringLiteral("listen_failed"),
                           QStringLiteral("Cannot listen on %1 port %2.").arg(address.toString()).arg(port)};
    }
    qCInfo(lcHttp).noquote() << "listening on" << address.toString() << "port" << bound;
    return bound;
}

} // namespace baartal::server
