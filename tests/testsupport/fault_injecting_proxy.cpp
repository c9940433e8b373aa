#include "tests/testsupport/fault_injecting_proxy.h"

#include "tests/testsupport/loopback.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace baartal::testsupport {

FaultInjectingProxy::FaultInjectingProxy(const QUrl& upstream, quint32 seed, QObject* parent)
    : QObject(parent)
    , m_upstream(upstream)
    , m_random(seed)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* client = m_server.nextPendingConnection()) {
            client->setParent(this);
            m_clients.insert(client, {});
            connect(client, &QTcpSocket::readyRead, this, [this, client] { read(client); });
            connect(client, &QTcpSocket::disconnected, this, [this, client] {
                m_clients.remove(client);
                client->deleteLater();
            });
        }
    });
}

bool FaultInjectingProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl FaultInjectingProxy::url() const
{
    return loopbackUrl(m_server.serverPort());
}

qsizetype FaultInjectingProxy::messageLength(const QByteArray& buffer)
{
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        return -1;
    }
    qsizetype bodyLength = 0;
    for (const QByteArray& line : buffer.left(headerEnd).split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare("Content-Length", Qt::CaseInsensitive) == 0) {
            bodyLength = line.mid(colon + 1).trimmed().toLongLong();
        }
    }
    const qsizetype length = headerEnd + 4 + bodyLength;
    return buffer.size() < length ? -1 : length;
}

void FaultInjectingProxy::read(QTcpSocket* client)
{
    auto state = m_clients.find(client);
    if (state == m_clients.end()) {
        return;
    }
    state->buffer += client->readAll();
    if (state->busy) {
        return;
    }
    const qsizetype length = messageLength(state->buffer);
    if (length < 0) {
        return;
    }
    const QByteArray request = state->buffer.left(length);
    state->buffer.remove(0, length);
    state->busy = true;
    handle(client, request);
}

FaultInjectingProxy::Fault FaultInjectingProxy::draw()
{
    static constexpr std::array kFaults{Fault::DropRequest, Fault::DropResponse, Fault::Delay,
                                        Fault::Duplicate};
    if (m_requests < int(kFaults.size())) {
        if (m_requests == 0) {
            m_firstFault = int(m_random.bounded(int(kFaults.size())));
        }
        return kFaults.at(std::size_t((m_firstFault + m_requests++) % int(kFaults.size())));
    }
    int roll = int(m_random.bounded(100));
    for (const auto& [fault, odds] :
         {std::pair{Fault::DropRequest, m_odds.dropRequest},
          std::pair{Fault::DropResponse, m_odds.dropResponse}, std::pair{Fault::Delay, m_odds.delay},
          std::pair{Fault::Duplicate, m_odds.duplicate}}) {
        if (roll < odds) {
            return fault;
        }
        roll -= odds;
    }
    return Fault::None;
}

void FaultInjectingProxy::handle(QTcpSocket* client, const QByteArray& request)
{
    const Fault fault = draw();
    ++m_counts.at(std::size_t(fault));
    QPointer<QTcpSocket> guarded(client);
    const auto answerClient = [this, guarded](const QByteArray& response) {
        if (guarded) {
            answer(guarded, response);
        }
    };
    switch (fault) {
    case Fault::None:
        forward(request, answerClient);
        return;
    case Fault::DropRequest:
        client->abort();
        return;
    case Fault::DropResponse:
        forward(request, [guarded](const QByteArray&) {
            if (guarded) {
                guarded->abort();
            }
        });
        return;
    case Fault::Delay:
        QTimer::singleShot(int(m_random.bounded(m_maxDelayMs + 1)), this,
                           [this, request, answerClient] { forward(request, answerClient); });
        return;
    case Fault::Duplicate:
        forward(request,
                [this, request, answerClient](const QByteArray&) { forward(request, answerClient); });
        return;
    }
}

void FaultInjectingProxy::forward(const QByteArray& request, std::function<void(const QByteArray&)> done)
{
    auto* upstream = new QTcpSocket(this);
    auto response = std::make_shared<QByteArray>();
    auto finished = std::make_shared<bool>(false);
    const auto finish = [upstream, response, finished, done](const QByteArray& whole) {
        if (*finished) {
            return;
        }
        *finished = true;
        upstream->abort();
        upstream->deleteLater();
        done(whole);
    };
    connect(upstream, &QTcpSocket::connected, this, [upstream, request] { upstream->write(request); });
    connect(upstream, &QTcpSocket::readyRead, this, [upstream, response, finish] {
        *response += upstream->readAll();
        const qsizetype length = messageLength(*response);
        if (length >= 0) {
            finish(response->left(length));
        }
    });
    connect(upstream, &QTcpSocket::errorOccurred, this, [finish] { finish({}); });
    upstream->connectToHost(QHostAddress::LocalHost, quint16(m_upstream.port()));
}

void FaultInjectingProxy::answer(QTcpSocket* client, const QByteArray& response)
{
    if (response.isEmpty()) {
        client->abort();
        return;
    }
    client->write(response);
    auto state = m_clients.find(client);
    if (state == m_clients.end()) {
        return;
    }
    state->busy = false;
    // A request that arrived while this one was handled.
    if (!state->buffer.isEmpty()) {
        read(client);
    }
}

} // namespace baartal::testsupport
