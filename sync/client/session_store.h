#pragma once

#include "core/result/result.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace baartal::sync {

// A remembered sign-in ("keep me signed in on this counter"): the session's refresh token — never the
// password — in the OS keychain through QtKeychain, under a service naming the server, so the counter
// can renew the session at the next start without asking. Refresh tokens rotate: whoever renews the
// session remembers the new token. Every call answers through its callback from the event loop, never
// blocking the GUI thread, and never after the store is destroyed.
//
// Errors: "keychain_unavailable" (Unavailable), "keychain_denied" (Forbidden), "keychain_failed" (Internal).
class SessionStore final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionStore)

public:
    using RecallCallback = std::function<void(core::Result<std::optional<QString>>)>;
    using DoneCallback = std::function<void(core::Status)>;

    explicit SessionStore(const QString& serverUrl, QObject* parent = nullptr);
    ~SessionStore() override;

    const QString& service() const { return m_service; }

    // Remembers the refresh token, replacing any earlier one.
    void remember(const QString& refreshToken, DoneCallback done);
    // The remembered refresh token; nullopt when none is.
    void recall(RecallCallback done);
    // Forgets the remembered session; succeeds when there was none.
    void forget(DoneCallback done);

private:
    QString m_service;
};

} // namespace baartal::sync
