#include "server/http/router.h"

#include "server/http/http_log.h"

#include <QElapsedTimer>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <QUuid>

#include <algorithm>
#include <exception>

namespace baartal::server {

namespace {

bool isParam(QStringView segment)
{
    return segment.size() > 2 && segment.startsWith(u'{') && segment.endsWith(u'}');
}

QString paramName(QStringView segment)
{
    return segment.sliced(1, segment.size() - 2).toString();
}

// Checks a route template: "/" or '/'-separated non-empty segments, each a literal or a {name}
// parameter with a unique snake_case name.
bool validTemplate(const QString& path, const QStringList& segments)
{
    if (path == u"/") {
        return true;
    }
    static const QRegularExpression name(QStringLiteral("^[a-z_][a-z0-9_]*$"));
    static const QRegularExpression literal(QStringLiteral("^[A-Za-z0-9._~-]+$"));
    QSet<QString> names;
    if (segments.size() < 2 || !segments.first().isEmpty()) {
        return false;
    }
    for (qsizetype i = 1; i < segments.size(); ++i) {
        const QString& segment = segments[i];
        if (isParam(segment)) {
            const QString param = paramName(segment);
            if (!name.match(param).hasMatch() || names.contains(param)) {
                return false;
            }
            names.insert(param);
        } else if (!literal.match(segment).hasMatch()) {
            return false;
        }
    }
    return true;
}

// Of two templates matching the same path, the one whose first parameter comes later wins, so that
// "/merchants/me" beats "/merchants/{id}".
bool moreSpecific(const QStringList& a, const QStringList& b)
{
    for (qsizetype i = 0; i < a.size() && i < b.size(); ++i) {
        const bool aLiteral = !isParam(a[i]);
        if (aLiteral != !isParam(b[i])) {
            return aLiteral;
        }
    }
    return false;
}

std::optional<Method> methodFromQt(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return Method::Get;
    case QHttpServerRequest::Method::Head:
        return Method::Head;
    case QHttpServerRequest::Method::Post:
        return Method::Post;
    case QHttpServerRequest::Method::Put:
        return Method::Put;
    case QHttpServerRequest::Method::Patch:
        return Method::Patch;
    case QHttpServerRequest::Method::Delete:
        return Method::Delete;
    case QHttpServerRequest::Method::Options:
        return Method::Options;
    default:
        return std::nullopt;
    }
}

QByteArray findHeader(const ApiRequest::Headers& headers, QByteArrayView name)
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

QString newRequestId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// A client's X-Request-Id is kept when it is short and plain, so it can be logged and echoed safely.
QString requestIdFrom(const QByteArray& incoming)
{
    static const QRegularExpression sane(QStringLiteral("^[A-Za-z0-9._:-]{1,128}$"));
    const QString id = QString::fromLatin1(incoming);
    return sane.match(id).hasMatch() ? id : newRequestId();
}

ApiResponse withStandardHeaders(ApiResponse response, const QString& requestId)
{
    response.setHeader(QByteArrayLiteral("X-Request-Id"), requestId.toLatin1());
    response.setHeader(QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff"));
    return response;
}

ApiResponse unauthenticated(const core::Error& error)
{
    ApiResponse response = ApiResponse::error(error);
    response.setHeader(QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer"));
    return response;
}

QHttpServerResponse toQt(const ApiResponse& response)
{
    QHttpServerResponse out(response.contentType(), response.body(),
                            static_cast<QHttpServerResponse::StatusCode>(response.status()));
    for (const auto& [name, value] : response.headers()) {
        out.setHeader(name, value);
    }
    return out;
}

} // namespace

Router::Router(AccessTokens tokens, const core::Clock& clock)
    : m_tokens(std::move(tokens))
    , m_clock(clock)
{
}

void Router::add(RouteSpec route)
{
    const QStringList segments = route.path.split(u'/');
    if (!validTemplate(route.path, segments) || !route.handler) {
        qFatal("Invalid route %s %s", methodName(route.method).data(), qPrintable(route.path));
    }
    for (qsizetype i = 0; i < m_routes.size(); ++i) {
        if (m_routes[i].method == route.method && m_routes[i].path == route.path) {
            qFatal("Duplicate route %s %s", methodName(route.method).data(), qPrintable(route.path));
        }
    }
    m_routes.append(std::move(route));
    m_templates.append(segments);
}

Router::Match Router::match(const QString& encodedPath, std::optional<Method> method) const
{
    // Split before decoding, so that an encoded '/' inside a parameter stays inside it.
    QStringList segments = encodedPath.split(u'/');
    for (QString& segment : segments) {
        segment = QUrl::fromPercentEncoding(segment.toLatin1());
    }

    Match best;
    for (qsizetype i = 0; i < m_routes.size(); ++i) {
        const QStringList& pattern = m_templates[i];
        if (pattern.size() != segments.size()) {
            continue;
        }
        QHash<QString, QString> params;
        bool matches = true;
        for (qsizetype s = 0; s < pattern.size() && matches; ++s) {
            if (isParam(pattern[s])) {
                matches = !segments[s].isEmpty();
                params.insert(paramName(pattern[s]), segments[s]);
            } else {
                matches = pattern[s] == segments[s];
            }
        }
        if (!matches) {
            continue;
        }
        const Method routeMethod = m_routes[i].method;
        if (!best.allowed.contains(routeMethod)) {
            best.allowed.append(routeMethod);
        }
        if (method == routeMethod && (best.route < 0 || moreSpecific(pattern, m_templates[best.route]))) {
            best.route = i;
            best.params = std::move(params);
        }
    }
    return best;
}

ApiResponse Router::unrouted(const Match& match) const
{
    if (match.allowed.isEmpty()) {
        return ApiResponse::error(
            core::Error::notFound(QStringLiteral("route_not_found"), QStringLiteral("No such API route.")));
    }
    QList<Method> allowed = match.allowed;
    std::sort(allowed.begin(), allowed.end());
    QByteArrayList names;
    for (const Method method : allowed) {
        names.append(QByteArray(methodName(method).data(), methodName(method).size()));
    }
    ApiResponse response = ApiResponse::httpError(
        405, QStringLiteral("method_not_allowed"),
        QStringLiteral("This route accepts only %1.").arg(QString::fromLatin1(names.join(", "))));
    response.setHeader(QByteArrayLiteral("Allow"), names.join(", "));
    return response;
}

std::optional<ApiResponse> Router::authenticate(const RouteSpec& route, ApiRequest& request) const
{
    if (route.roles.isEmpty()) {
        return std::nullopt;
    }
    const QByteArray authorization = request.header("Authorization").trimmed();
    constexpr QByteArrayView scheme("Bearer ");
    if (authorization.size() <= scheme.size() ||
        QByteArrayView(authorization).first(scheme.size()).compare(scheme, Qt::CaseInsensitive) != 0) {
        return unauthenticated(
            core::Error::unauthenticated(QStringLiteral("missing_token"),
                                         QStringLiteral("This route needs an Authorization: Bearer token.")));
    }
    const QString token = QString::fromLatin1(authorization.sliced(scheme.size()).trimmed());
    core::Result<AuthContext> caller = m_tokens.verify(token, m_clock.now());
    if (!caller.ok()) {
        return unauthenticated(caller.error());
    }
    if (!route.roles.contains(caller->role)) {
        return ApiResponse::error(core::Error::forbidden(
            QStringLiteral("forbidden_role"),
            QStringLiteral("This route is not open to the %1 role.").arg(core::toText(caller->role))));
    }
    request.setAuth(std::move(caller).value());
    return std::nullopt;
}

ApiResponse Router::invoke(const RouteSpec& route, const ApiRequest& request) const
{
    // Handlers report failures as Result; anything thrown is a bug, answered with 500 instead of
    // taking the whole server down.
    try {
        return route.handler(request);
    } catch (const std::exception& e) {
        qCCritical(lcHttp).noquote() << "handler threw for" << methodName(route.method) << route.path
                                     << "request_id=" << request.requestId() << e.what();
    } catch (...) {
        qCCritical(lcHttp).noquote() << "handler threw for" << methodName(route.method) << route.path
                                     << "request_id=" << request.requestId();
    }
    return ApiResponse::error(core::Error::internal(
        QStringLiteral("internal_error"),
        QStringLiteral("Something went wrong; quote the X-Request-Id header when reporting it.")));
}

void Router::setRateLimits(RateLimit auth, RateLimit api)
{
    m_authLimit = auth;
    m_apiLimit = api;
}

std::optional<ApiResponse> Router::throttle(const RouteSpec& route, const ApiRequest& request) const
{
    const bool isAuth = route.path.startsWith(QLatin1String("/api/v1/auth/"));
    const std::optional<RateLimit>& limit = isAuth ? m_authLimit : m_apiLimit;
    if (!limit) {
        return std::nullopt;
    }
    const QString key = request.clientAddress() + (isAuth ? QLatin1String(" auth") : QLatin1String(" api"));
    const std::optional<qint64> retryAfter = m_limiter.admit(key, *limit, m_clock.now());
    if (!retryAfter) {
        return std::nullopt;
    }
    ApiResponse refusal =
        ApiResponse::error({core::ErrorKind::RateLimited, QStringLiteral("rate_limited"),
                            QStringLiteral("Too many requests; try again in %1 s.").arg(*retryAfter)});
    refusal.setHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(*retryAfter));
    return refusal;
}

ApiResponse Router::handle(ApiRequest request) const
{
    QString routeTemplate;
    return handle(std::move(request), routeTemplate);
}

void Router::setCorsOrigins(const QStringList& origins)
{
    m_corsOrigins = QSet<QString>(origins.begin(), origins.end());
}

ApiResponse Router::handle(ApiRequest request, QString& routeTemplate) const
{
    const QString origin = QString::fromUtf8(request.header("Origin"));
    if (origin.isEmpty() || !m_corsOrigins.contains(origin)) {
        return dispatch(std::move(request), routeTemplate);
    }
    ApiResponse response = [&] {
        if (request.method() == Method::Options &&
            !request.header("Access-Control-Request-Method").isEmpty()) {
            if (std::optional<ApiResponse> preflight = corsPreflight(request, routeTemplate)) {
                return std::move(*preflight);
            }
        }
        return dispatch(std::move(request), routeTemplate);
    }();
    response.setHeader(QByteArrayLiteral("Access-Control-Allow-Origin"), origin.toUtf8());
    response.setHeader(QByteArrayLiteral("Vary"), QByteArrayLiteral("Origin"));
    response.setHeader(QByteArrayLiteral("Access-Control-Expose-Headers"),
                       QByteArrayLiteral("X-Request-Id, Retry-After"));
    return response;
}

std::optional<ApiResponse> Router::corsPreflight(const ApiRequest& request, QString& routeTemplate) const
{
    const Match found = match(request.path(), std::nullopt);
    if (found.allowed.isEmpty()) {
        return std::nullopt;
    }
    QByteArrayList names;
    for (const Method method : found.allowed) {
        names.append(QByteArray(methodName(method).data(), methodName(method).size()));
    }
    routeTemplate = QStringLiteral("preflight");
    ApiResponse response = ApiResponse::raw(QByteArrayLiteral("text/plain"), {}, 204);
    response.setHeader(QByteArrayLiteral("Access-Control-Allow-Methods"), names.join(", "));
    response.setHeader(QByteArrayLiteral("Access-Control-Allow-Headers"),
                       QByteArrayLiteral("Authorization, Content-Type, X-Request-Id"));
    response.setHeader(QByteArrayLiteral("Access-Control-Max-Age"), QByteArrayLiteral("600"));
    return withStandardHeaders(std::move(response),
                               request.requestId().isEmpty() ? newRequestId() : request.requestId());
}

ApiResponse Router::dispatch(ApiRequest request, QString& routeTemplate) const
{
    routeTemplate = RequestMetrics::unmatchedRoute();
    if (request.requestId().isEmpty()) {
        request.setRequestId(newRequestId());
    }
    const QString requestId = request.requestId();
    const Match found = match(request.path(), request.method());
    if (found.route < 0) {
        return withStandardHeaders(unrouted(found), requestId);
    }
    const RouteSpec& route = m_routes[found.route];
    routeTemplate = route.path;
    if (request.body().size() > kMaxBodyBytes) {
        return withStandardHeaders(
            ApiResponse::httpError(413, QStringLiteral("payload_too_large"),
                                   QStringLiteral("The body may have at most %1 bytes.").arg(kMaxBodyBytes)),
            requestId);
    }
    request.setPathParams(found.params);
    if (std::optional<ApiResponse> refusal = throttle(route, request)) {
        return withStandardHeaders(std::move(*refusal), requestId);
    }
    if (std::optional<ApiResponse> refusal = authenticate(route, request)) {
        return withStandardHeaders(std::move(*refusal), requestId);
    }
    return withStandardHeaders(invoke(route, request), requestId);
}

QHttpServerResponse Router::respond(const QHttpServerRequest& qtRequest) const
{
    QElapsedTimer timer;
    timer.start();

    const QString path = qtRequest.url().path(QUrl::FullyEncoded);
    const std::optional<Method> method = methodFromQt(qtRequest.method());
    const ApiRequest::Headers headers = qtRequest.headers();
    const QString requestId = requestIdFrom(findHeader(headers, "X-Request-Id"));

    QString routeTemplate = RequestMetrics::unmatchedRoute();
    const ApiResponse response = [&] {
        if (!method) {
            return withStandardHeaders(unrouted(match(path, std::nullopt)), requestId);
        }
        ApiRequest request(*method, path);
        request.setQuery(qtRequest.query());
        request.setHeaders(headers);
        request.setBody(qtRequest.body());
        request.setRemoteAddress(qtRequest.remoteAddress());
        request.setRequestId(requestId);
        return handle(std::move(request), routeTemplate);
    }();
    const QLatin1StringView methodLabel = method ? methodName(*method) : QLatin1StringView("OTHER");
    m_metrics.record(methodLabel, routeTemplate, response.status(), timer.nsecsElapsed() / 1000);

    qCInfo(lcHttp).noquote().nospace()
        << "method=" << methodLabel << " path=" << path << " status=" << response.status()
        << " duration_ms=" << timer.elapsed() << " request_id=" << requestId;
    return toQt(response);
}

void Router::bind(QHttpServer& server) const
{
    // In Qt 6.4 a QUrl placeholder matches the rest of the path, slashes included, and "/<arg>" also
    // matches "/" itself: one rule takes every request of the methods QtHttpServer knows. Requests
    // with other methods reach the missing handler, which answers them the same way.
    server.route(QStringLiteral("/<arg>"),
                 [this](const QUrl&, const QHttpServerRequest& request) { return respond(request); });
    server.setMissingHandler([this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
        respond(request).write(std::move(responder));
    });
}

} // namespace baartal::server
