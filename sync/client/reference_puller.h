#pragma once

#include "core/result/error.h"
#include "sync/client/reference_data.h"

#include <QObject>

#include <chrono>
#include <optional>

class QTimer;

namespace baartal::core {
class Clock;
}

namespace baartal::sync {

class ApiClient;
class CounterStore;

// Keeps the shop's reference (GET /api/v1/sync/reference) fresh in the counter store: offers the cached
// copy at start, pulls at start and then every interval, and stores each answer, so the counter checks
// customer QR codes and shows balances while the server cannot be reached.
class ReferencePuller final : public QObject {
    Q_OBJECT

public:
    static constexpr std::chrono::minutes kDefaultInterval{5};

    ReferencePuller(ApiClient& api, CounterStore& store, QString merchantId, const core::Clock& clock,
                    QObject* parent = nullptr);
    Q_DISABLE_COPY_MOVE(ReferencePuller)

    void setInterval(std::chrono::milliseconds interval);

    // Loads the cached reference (announced through updated), pulls now and every interval after.
    void start();
    // Pulls now, e.g. when the network came back; nothing while a pull is out.
    void pullNow();

    // The latest reference, pulled or cached; nothing before the first pull of a new counter.
    const std::optional<ReferenceData>& reference() const { return m_reference; }

Q_SIGNALS:
    // A newer reference is stored (or, at start, the cached one was loaded).
    void updated(const baartal::sync::ReferenceData& reference);
    // A pull failed (offline, or the server refused); the cached copy stays in use.
    void failed(const baartal::core::Error& error);

private:
    void onAnswer(const core::Result<ReferenceData>& answer);

    ApiClient& m_api;
    CounterStore& m_store;
    QString m_merchantId;
    const core::Clock& m_clock;
    QTimer* m_timer;
    std::optional<ReferenceData> m_reference;
    bool m_pulling = false;
};

} // namespace baartal::sync
