#pragma once

#include "core/result/result.h"

#include <QByteArray>
#include <QHttpServer>
#include <QList>
#include <QPair>
#include <QUrl>

namespace baartal::testsupport {

// One request as a receiver got it.
struct ReceivedRequest {
    QByteArray method;
    QString path;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    // The value of a header by case-insensitive name; empty if absent.
    QByteArray header(QByteArrayView name) const;
};

// A real HTTP endpoint on 127.0.0.1 that records every request and answers with scripted statuses: the
// outside service (a merchant's webhook, the WhatsApp Cloud API) in tests of what the server sends.
class RecordingReceiver {
public:
    RecordingReceiver();
    Q_DISABLE_COPY_MOVE(RecordingReceiver)

    // Listens on a free loopback port; http://127.0.0.1:PORT.
    core::Result<QUrl> start();

    // The statuses of the next answers, in order; once used up every answer is 200.
    void answerWith(QList<int> statuses) { m_statuses = std::move(statuses); }
    const QList<ReceivedRequest>& requests() const { return m_requests; }

private:
    QHttpServer m_server;
    QList<int> m_statuses;
    QList<ReceivedRequest> m_requests;
};

} // namespace baartal::testsupport
