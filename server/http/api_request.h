#pragma once

#include "core/result/result.h"
#include "server/http/auth_context.h"
#include "server/http/method.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

#include <optional>

namespace baartal::server {

// One HTTP request as a handler sees it, independent of QtHttpServer so that handlers can be tested
// with hand-made requests. The Router fills in the path parameters, request id and caller.
class ApiRequest {
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    ApiRequest(Method method, QString path);

    Method method() const { return m_method; }
    // The path as sent, still percent-encoded, without the query: "/api/v1/merchants/8c1e...".
    const QString& path() const { return m_path; }

    // The value of a {name} segment of the route template, percent-decoded; empty if there is none.
    QString pathParam(const QString& name) const { return m_pathParams.value(name); }
    const QHash<QString, QString>& pathParams() const { return m_pathParams; }
    void setPathParams(QHash<QString, QString> params) { m_pathParams = std::move(params); }

    const QUrlQuery& query() const { return m_query; }
    void setQuery(QUrlQuery query) { m_query = std::move(query); }

    // The first value of the header with this name, compared case-insensitively; empty if absent.
    QByteArray header(QByteArrayView name) const;
    const Headers& headers() const { return m_headers; }
    void setHeaders(Headers headers) { m_headers = std::move(headers); }

    const QByteArray& body() const { return m_body; }
    void setBody(QByteArray body) { m_body = std::move(body); }

    // The body as a JSON object; "malformed_json" (Invalid) when it is empty, not JSON or not an object.
    core::Result<QJsonObject> jsonBody() const;

    const QHostAddress& remoteAddress() const { return m_remoteAddress; }
    void setRemoteAddress(QHostAddress address) { m_remoteAddress = std::move(address); }
    // Who is calling, for per-client limits: the remote address, or for a request from loopback (the
    // local nginx) the address its X-Real-IP header names.
    QString clientAddress() const;

    // Also sent back as X-Request-Id and written in every log line about this request.
    const QString& requestId() const { return m_requestId; }
    void setRequestId(QString id) { m_requestId = std::move(id); }

    // Set by the Router once the bearer token is verified; empty on public routes.
    const std::optional<AuthContext>& auth() const { return m_auth; }
    void setAuth(std::optional<AuthContext> auth) { m_auth = std::move(auth); }

private:
    Method m_method;
    QString m_path;
    QHash<QString, QString> m_pathParams;
    QUrlQuery m_query;
    Headers m_headers;
    QByteArray m_body;
    QHostAddress m_remoteAddress;
    QString m_requestId;
    std::optional<AuthContext> m_auth;
};

} // namespace baartal::server
