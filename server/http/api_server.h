#pragma once

#include "core/result/result.h"
#include "core/time/clock.h"
#include "server/http/access_tokens.h"
#include "server/http/router.h"

#include <QHostAddress>
#include <QHttpServer>

#include <functional>

namespace baartal::server {

// The HTTP front of baartal-server: a QHttpServer whose every request goes through the Router. Serves
// GET /healthz, GET /metrics and GET /api/v1/openapi.json; API areas add their routes to router().
class ApiServer {
public:
    // The clock must outlive the server.
    ApiServer(AccessTokens tokens, const core::Clock& clock);
    Q_DISABLE_COPY_MOVE(ApiServer)

    Router& router() { return m_router; }
    const Router& router() const { return m_router; }

    // What /healthz checks besides the process answering (e.g. that the database is reachable); a
    // failure is answered with its error, an Unavailable one as 503.
    void setHealthCheck(std::function<core::Status()> check) { m_healthCheck = std::move(check); }

    // Starts listening; port 0 picks a free port. Returns the port actually bound, or
    // "listen_failed" (Unavailable).
    core::Result<quint16> listen(const QHostAddress& address, quint16 port);

private:
    std::function<core::Status()> m_healthCheck;
    // Declared before the QHttpServer, so it outlives the server's handlers that call it.
    Router m_router;
    QHttpServer m_server;
};

} // namespace baartal::server
