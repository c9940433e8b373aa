#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

namespace baartal::testsupport {

// One request the receiver read whole.
struct ReceivedRequest {
    QByteArray method;
    QByteArray path;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    // The first header of that name, compared case-insensitively; empty if absent.
    QByteArray header(QByteArrayView name) const;
};

// A minimal HTTP/1.1 server on 127.0.0.1 standing in for an outside service (an SMS gateway, a webhook
// endpoint): it records every request and answers each with the status it is told, or not at all.
class HttpReceiver : public QObject {
    Q_OBJECT

public:
    explicit HttpReceiver(QObject* parent = nullptr);

    // Listens on a free loopback port.
    [[nodiscard]] bool listen();
    // http://127.0.0.1:PORT<path>
    QUrl url(const QString& path) const;

    // The status of every answer from now on (200 at first); a 3xx answer carries Location: /elsewhere.
    void setStatus(int status) { m_status = status; }
    // The statuses of the next answers, in order; once used up, answers go back to setStatus()'s.
    void answerWith(QList<int> statuses) { m_script = std::move(statuses); }
    // Reads requests but never answers them: a service that hangs.
    void setSilent(bool silent) { m_silent = silent; }

    const QList<ReceivedRequest>& requests() const { return m_requests; }
    // Runs the event loop until `count` requests have arrived in all; false on timeout.
    [[nodiscard]] bool waitForRequests(qsizetype count, int timeoutMs = 5000);

Q_SIGNALS:
    void received();

private:
    void read(QTcpSocket* socket);
    void answer(QTcpSocket* socket);

    QTcpServer m_server;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    QList<ReceivedRequest> m_requests;
    QList<int> m_script;
    int m_status = 200;
    bool m_silent = false;
};

} // namespace baartal::testsupport
