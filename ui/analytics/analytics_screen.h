#pragma once

#include "core/result/error.h"
#include "sync/client/merchant_analytics.h"
#include "sync/client/merchant_profile.h"
#include "ui/analytics/analytics_ranges.h"
#include "ui/analytics/analytics_snapshot.h"

#include <QDateTime>
#include <QWidget>

#include <optional>

class QChart;
class QChartView;
class QDateEdit;
class QLabel;
class QPushButton;
class QShowEvent;
class QTimer;

namespace baartal::core {
class Clock;
}

namespace baartal::sync {
class ApiClient;
}

namespace baartal::ui {

class AnalyticsTile;

// The shop owner's figures from the server over a date range (India's calendar): coins issued and
// redeemed, unique customers, average bill; weekly and monthly footfall bars; issued-vs-redeemed lines.
// Opens on the last four weeks the first time it is shown. Keyboard: Ctrl+1..Ctrl+4 pick the last 7
// days, last 4 weeks, this month, last 12 months; F5 asks the server again; Ctrl+E exports a PDF.
// Offline, the last figures stay on screen with the time they came.
class AnalyticsScreen final : public QWidget {
    Q_OBJECT

public:
    enum class State {
        Idle,    // nothing asked yet
        Loading, // waiting for the server
        Ready,   // the figures shown are the range's
        Empty,   // the range's figures came and nothing happened in it
        Offline, // the server could not be reached; earlier figures, if any, stay on screen
        Failed   // the server refused, or the range makes no sense
    };
    Q_ENUM(State)

    AnalyticsScreen(sync::ApiClient& api, const core::Clock& clock, QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(AnalyticsScreen)

    // The shop the report is named after.
    void setMerchant(const sync::MerchantProfile& merchant);

    State state() const { return m_state; }
    // The figures on screen, if any came.
    const std::optional<AnalyticsSnapshot>& snapshot() const { return m_snapshot; }

public Q_SLOTS:
    void applyPreset(baartal::ui::AnalyticsRanges::Preset preset);
    // Shows the days from..to (inclusive) and asks the server for them.
    void setRange(QDate from, QDate to);
    // Asks the server again for the range on screen.
    void refresh();
    // Writes the PDF report of the figures on screen to `path` on a worker thread; reportWritten or
    // reportFailed tells how it went.
    void exportReport(const QString& path);

Q_SIGNALS:
    void reportWritten(const QString& path);
    void reportFailed(const baartal::core::Error& error);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslate();
    void chooseExportPath();
    void onAnswer(quint64 generation, core::Granularity granularity,
                  const core::Result<sync::MerchantAnalytics>& answer);
    void setState(State state);
    void render();
    void renderStatus();
    void renderExportOutcome();
    void replaceChart(QChartView* view, QChart* chart);

    sync::ApiClient& m_api;
    const core::Clock& m_clock;
    QString m_shopName;
    State m_state = State::Idle;
    std::optional<core::Error> m_error; // why the last load failed
    std::optional<AnalyticsSnapshot> m_snapshot;
    AnalyticsSnapshot m_pending; // the answers of the load under way
    int m_awaiting = 0;
    quint64 m_generation = 0; // answers of an older load are dropped
    bool m_exporting = false;
    QString m_exportedPath;
    std::optional<core::Error> m_exportError;

    QLabel* m_fromLabel;
    QDateEdit* m_from;
    QLabel* m_toLabel;
    QDateEdit* m_to;
    QPushButton* m_last7Days;
    QPushButton* m_last4Weeks;
    QPushButton* m_thisMonth;
    QPushButton* m_last12Months;
    QPushButton* m_refresh;
    QPushButton* m_export;
    QLabel* m_status;
    QLabel* m_exportOutcome;
    AnalyticsTile* m_issued;
    AnalyticsTile* m_redeemed;
    AnalyticsTile* m_customers;
    AnalyticsTile* m_averageBill;
    QChartView* m_weeklyFootfall;
    QChartView* m_monthlyFootfall;
    QChartView* m_coins;
    QTimer* m_requery;
};

} // namespace baartal::ui
