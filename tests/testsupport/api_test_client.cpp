#include "tests/testsupport/api_test_client.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <memory>

namespace baartal::testsupport {

namespace {

constexpr int kTimeoutMs = 30000;

} // namespace

QString ApiReply::errorCode() const
{
    return json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

QString ApiReply::describe() const
{
    if (!networkError.isEmpty()) {
        return QStringLiteral("no HTTP answer: %1").arg(networkError);
    }
    return QStringLiteral("status %1 %2").arg(status).arg(QString::fromUtf8(body));
}

ApiTestClient::ApiTestClient(QUrl baseUrl)
    : m_baseUrl(std::move(baseUrl))
{
}

ApiReply ApiTestClient::get(const QString& path, const QString& bearerToken)
{
    return send(QByteArrayLiteral("GET"), path, {}, bearerToken);
}

ApiReply ApiTestClient::post(const QString& path, const QJsonObject& body, const QString& bearerToken)
{
    return send(QByteArrayLiteral("POST"), path, QJsonDocument(body).toJson(QJsonDocument::Compact),
                bearerToken);
}

ApiReply ApiTestClient::put(const QString& path, const QJsonObject& body, const QString& bearerToken)
{
    return send(QByteArrayLiteral("PUT"), path, QJsonDocument(body).toJson(QJsonDocument::Compact),
                bearerToken);
}

ApiReply ApiTestClient::del(const QString& path, const QString& bearerToken)
{
    return send(QByteArrayLiteral("DELETE"), path, {}, bearerToken);
}

ApiReply ApiTestClient::postRaw(const QString& path, const QByteArray& body, const QString& bearerToken)
{
    return send(QByteArrayLiteral("POST"), path, body, bearerToken);
}

ApiReply ApiTestClient::putRaw(const QString& path, const QByteArray& body, const QString& bearerToken)
{
    return send(QByteArrayLiteral("PUT"), path, body, bearerToken);
}

ApiReply ApiTestClient::patch(const QString& path, const QJsonObject& body, const QString& bearerToken)
{
    return patchRaw(path, QJsonDocument(body).toJson(QJsonDocument::Compact), bearerToken);
}

ApiReply ApiTestClient::patchRaw(const QString& path, const QByteArray& body, const QString& bearerToken)
{
    return send(QByteArrayLiteral("PATCH"), path, body, bearerToken);
}

ApiReply ApiTestClient::send(const QByteArray& verb, const QString& path, const QByteArray& body,
                             const QString& bearerToken)
{
    QUrl url = m_baseUrl;
    const qsizetype queryAt = path.indexOf(QLatin1Char('?'));
    url.setPath(queryAt < 0 ? path : path.left(queryAt));
    if (queryAt >= 0) {
        url.setQuery(path.mid(queryAt + 1));
    }
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!bearerToken.isEmpty()) {
        request.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + bearerToken.toLatin1());
    }
    std::unique_ptr<QNetworkReply> reply(m_network.sendCustomRequest(request, verb, body));

    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    timeout.start(kTimeoutMs);
    loop.exec();

    ApiReply answer;
    if (!reply->isFinished()) {
        reply->abort();
        answer.networkError = QStringLiteral("timed out after %1 ms").arg(kTimeoutMs);
        return answer;
    }
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    answer.json = QJsonDocument::fromJson(answer.body).object();
    if (answer.status == 0) {
        answer.networkError = reply->errorString();
    }
    return answer;
}

} // namespace baartal::testsupport
