#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QUrl>

#include <array>
#include <functional>

class QTcpSocket;

namespace baartal::testsupport {

// An HTTP/1.1 proxy on 127.0.0.1 between a client and a server that misbehaves on purpose. Messages are
// framed by Content-Length. For each request it draws (from its seeded generator) one of: pass it on;
// drop the request (close the client's connection, the server never sees it); drop the response (the
// server handles it, the client's connection is closed unanswered); delay it before passing it on; or
// duplicate it (the server gets it twice, the client the second answer). The first four requests meet
// each fault once, in an order the seed picks, so every run exercises all four however few requests
// it makes.
class FaultInjectingProxy final : public QObject {
    Q_OBJECT

public:
    enum class Fault { None, DropRequest, DropResponse, Delay, Duplicate };

    // Percent chances of each fault per request; the rest pass untouched.
    struct Odds {
        int dropRequest = 10;
        int dropResponse = 10;
        int delay = 10;
        int duplicate = 10;
    };

    FaultInjectingProxy(const QUrl& upstream, quint32 seed, QObject* parent = nullptr);
    Q_DISABLE_COPY_MOVE(FaultInjectingProxy)

    void setOdds(const Odds& odds) { m_odds = odds; }
    // A delayed request waits a random time up to this before it is passed on.
    void setMaxDelayMs(int ms) { m_maxDelayMs = ms; }

    // Listens on a free loopback port.
    [[nodiscard]] bool listen();
    // http://127.0.0.1:PORT
    QUrl url() const;

    // How many requests met this fault so far.
    int count(Fault fault) const { return m_counts.at(std::size_t(fault)); }

private:
    struct Client {
        QByteArray buffer;
        bool busy = false; // a request of this connection is being handled: the next one waits
    };

    void read(QTcpSocket* client);
    void handle(QTcpSocket* client, const QByteArray& request);
    Fault draw();
    // Sends `request` to the server on a connection of its own; `done` gets the whole response, or
    // nothing when the server closed first.
    void forward(const QByteArray& request, std::function<void(const QByteArray&)> done);
    void answer(QTcpSocket* client, const QByteArray& response);
    // The length of the first whole message in `buffer`, or -1 while it is incomplete.
    static qsizetype messageLength(const QByteArray& buffer);

    QUrl m_upstream;
    QRandomGenerator m_random;
    Odds m_odds;
    int m_maxDelayMs = 500;
    QTcpServer m_server;
    QHash<QTcpSocket*, Client> m_clients;
    std::array<int, 5> m_counts{}; // by Fault
    int m_requests = 0;            // drawn so far, up to the four that meet each fault once
    int m_firstFault = 0;          // which of the four comes first
};

} // namespace baartal::testsupport
