#include "tests/testsupport/http_receiver.h"

#include "tests/testsupport/loopback.h"

#include <QTcpSocket>
#include <QTest>

namespace baartal::testsupport {

QByteArray ReceivedRequest::header(QByteArrayView name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

HttpReceiver::HttpReceiver(QObject* parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* socket = m_server.nextPendingConnection()) {
            socket->setParent(this);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_buffers.remove(socket);
                socket->deleteLater();
            });
        }
    });
}

bool HttpReceiver::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl HttpReceiver::url(const QString& path) const
{
    QUrl url = loopbackUrl(m_server.serverPort());
    url.setPath(path);
    return url;
}

bool HttpReceiver::waitForRequests(qsizetype count, int timeoutMs)
{
    return QTest::qWaitFor([&] { return m_requests.size() >= count; }, timeoutMs);
}

void HttpReceiver::read(QTcpSocket* socket)
{
    QByteArray& buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        return;
    }
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    ReceivedRequest request;
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    request.path = requestLine.value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0) {
            request.headers.append({lines[i].left(colon).trimmed(), lines[i].mid(colon + 1).trimmed()});
        }
    }
    const qsizetype length = request.header("Content-Length").toLongLong();
    if (buffer.size() < headerEnd + 4 + length) {
        return;
    }
    request.body = buffer.mid(headerEnd + 4, length);
    buffer.remove(0, headerEnd + 4 + length);
    m_requests.append(request);
    Q_EMIT received();
    if (!m_silent) {
        answer(socket);
    }
}

void HttpReceiver::answer(QTcpSocket* socket)
{
    const QByteArray body = QByteArrayLiteral("{}");
    const int status = m_script.isEmpty() ? m_status : m_script.takeFirst();
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + " Status\r\n";
    if (status >= 300 && status < 400) {
        response += "Location: /elsewhere\r\n";
    }
    response += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
                "\r\nConnection: close\r\n\r\n" + body;
    socket->write(response);
    socket->disconnectFromHost();
}

} // namespace baartal::testsupport
