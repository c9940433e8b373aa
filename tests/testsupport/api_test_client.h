#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QString>
#include <QUrl>

namespace baartal::testsupport {

// One answer of the API, read whole.
struct ApiReply {
    int status = 0; // 0 when no HTTP answer arrived (connection refused, timeout)
    QByteArray body;
    QJsonObject json;     // the body when it is a JSON object
    QString networkError; // what went wrong below HTTP, if anything

    QJsonObject data() const { return json.value(QStringLiteral("data")).toObject(); }
    QString errorCode() const;
    // "status 400 {...body...}", for failure messages.
    QString describe() const;
};

// Talks JSON to a Baartal server over real HTTP, synchronously: each call runs an event loop until the
// answer arrives, so a server in the same thread keeps serving meanwhile.
class ApiTestClient {
public:
    explicit ApiTestClient(QUrl baseUrl);
    Q_DISABLE_COPY_MOVE(ApiTestClient)

    // A path may end in a query: "/api/v1/admin/approvals?status=pending".
    ApiReply get(const QString& path, const QString& bearerToken = {});
    ApiReply post(const QString& path, const QJsonObject& body, const QString& bearerToken = {});
    ApiReply put(const QString& path, const QJsonObject& body, const QString& bearerToken = {});
    ApiReply del(const QString& path, const QString& bearerToken = {});
    // Sends the bytes as they are, for malformed bodies.
    ApiReply postRaw(const QString& path, const QByteArray& body, const QString& bearerToken = {});
    ApiReply putRaw(const QString& path, const QByteArray& body, const QString& bearerToken = {});
    ApiReply patch(const QString& path, const QJsonObject& body, const QString& bearerToken = {});
    ApiReply patchRaw(const QString& path, const QByteArray& body, const QString& bearerToken = {});

    const QUrl& baseUrl() const { return m_baseUrl; }

private:
    ApiReply send(const QByteArray& verb, const QString& path, const QByteArray& body,
                  const QString& bearerToken);

    QUrl m_baseUrl;
    QNetworkAccessManager m_network;
};

} // namespace baartal::testsupport
