#include "tests/server/support/recording_receiver.h"

#include "tests/testsupport/loopback.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>

namespace baartal::testsupport {

namespace {

QByteArray methodText(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Post:
        return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Put:
        return QByteArrayLiteral("PUT");
    default:
        return QByteArrayLiteral("OTHER");
    }
}

} // namespace

QByteArray ReceivedRequest::header(QByteArrayView name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

RecordingReceiver::RecordingReceiver()
{
    m_server.route(QStringLiteral("/<arg>"), [this](const QUrl&, const QHttpServerRequest& request) {
        m_requests.append(
            {methodText(request.method()), request.url().path(), request.headers(), request.body()});
        const int status = m_statuses.isEmpty() ? 200 : m_statuses.takeFirst();
        return QHttpServerResponse(QByteArrayLiteral("application/json"), QByteArrayLiteral("{}"),
                                   static_cast<QHttpServerResponder::StatusCode>(status));
    });
}

core::Result<QUrl> RecordingReceiver::start()
{
    const quint16 port = m_server.listen(QHostAddress::LocalHost, 0);
    if (port == 0) {
        return core::Error::internal(QStringLiteral("listen_failed"),
                                     QStringLiteral("receiver cannot listen"));
    }
    return loopbackUrl(port);
}

} // namespace baartal::testsupport
