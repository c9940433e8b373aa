#pragma once

#include <QObject>

class QSocketNotifier;

namespace baartal::server {

// Turns SIGINT and SIGTERM into a Qt signal delivered on the event loop, so the server shuts down by
// leaving exec() and running its destructors, never from inside a signal handler. The handler only
// writes one byte to a socket pair (the one async-signal-safe thing it needs). One instance at a time.
class TerminationSignals final : public QObject {
    Q_OBJECT
public:
    explicit TerminationSignals(QObject* parent = nullptr);
    ~TerminationSignals() override;
    Q_DISABLE_COPY_MOVE(TerminationSignals)

    // False when the socket pair or the handlers could not be installed.
    bool isActive() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void received(int signalNumber);

private:
    void drain();

    QSocketNotifier* m_notifier = nullptr;
};

} // namespace baartal::server
