#pragma once

#include "core/time/clock.h"
#include "server/http/access_tokens.h"
#include "server/http/api_request.h"
#include "server/http/api_response.h"
#include "server/http/rate_limiter.h"
#include "server/http/request_metrics.h"
#include "server/http/route_spec.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;

namespace baartal::server {

// Dispatches requests to the route table: method and path template, bearer-token roles, the body size
// limit and the envelope for every failure. Unknown path: 404 "route_not_found"; known path, other
// method: 405 "method_not_allowed" with Allow; restricted route without a valid token: 401 with the
// token's error code; wrong role: 403 "forbidden_role"; body over kMaxBodyBytes: 413
// "payload_too_large"; a handler that throws: 500 "internal_error".
class Router {
public:
    static constexpr qsizetype kMaxBodyBytes = 1024 * 1024;

    // The clock must outlive the Router; it decides whether tokens have expired.
    Router(AccessTokens tokens, const core::Clock& clock);
    Q_DISABLE_COPY_MOVE(Router)

    // Registers a route. A malformed template, a missing handler or a second route for the same method
    // and template is a programming error and aborts at start-up rather than shadowing a route.
    void add(RouteSpec route);

    const QList<RouteSpec>& routes() const { return m_routes; }

    // Answers one request as the server would, with X-Request-Id set (generated when the request has
    // none).
    ApiResponse handle(ApiRequest request) const;

    // Requests per client address: `auth` for /api/v1/auth/ (password guessing, OTP), `api` for the rest.
    // Over the limit: 429 "rate_limited" with Retry-After. No limits until this is called.
    void setRateLimits(RateLimit auth, RateLimit api);

    // Web pages served from these origins ("https://wallet.example.in") may call the API from a browser:
    // their requests get Access-Control-Allow-Origin, and OPTIONS preflights are answered. None by default.
    void setCorsOrigins(const QStringList& origins);

    // What the server has answered so far, per route; served at GET /metrics.
    const RequestMetrics& metrics() const { return m_metrics; }

    // Sends every request the server receives through this Router, which must outlive the server.
    void bind(QHttpServer& server) const;

private:
    struct Match {
        qsizetype route = -1;
        QHash<QString, QString> params;
        QList<Method> allowed;
    };

    Match match(const QString& encodedPath, std::optional<Method> method) const;
    ApiResponse unrouted(const Match& match) const;
    // handle(), also saying which route template answered (RequestMetrics::unmatchedRoute() if none).
    ApiResponse handle(ApiRequest request, QString& routeTemplate) const;
    ApiResponse dispatch(ApiRequest request, QString& routeTemplate) const;
    std::optional<ApiResponse> corsPreflight(const ApiRequest& request, QString& routeTemplate) const;
    std::optional<ApiResponse> authenticate(const RouteSpec& route, ApiRequest& request) const;
    std::optional<ApiResponse> throttle(const RouteSpec& route, const ApiRequest& request) const;
    ApiResponse invoke(const RouteSpec& route, const ApiRequest& request) const;
    QHttpServerResponse respond(const QHttpServerRequest& request) const;

    AccessTokens m_tokens;
    const core::Clock& m_clock;
    QList<RouteSpec> m_routes;
    QList<QStringList> m_templates; // m_routes[i].path split at '/'
    // Counting is a side effect of answering, which is const; requests are answered on one thread.
    mutable RequestMetrics m_metrics;
    std::optional<RateLimit> m_authLimit;
    std::optional<RateLimit> m_apiLimit;
    mutable RateLimiter m_limiter;
    QSet<QString> m_corsOrigins;
};

} // namespace baartal::server
