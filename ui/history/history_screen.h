#pragma once

#include "core/result/result.h"
#include "sync/client/history_query.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace baartal::sync {
class ApiClient;
struct HistoryPage;
} // namespace baartal::sync

namespace baartal::ui {

class HistoryExport;
class HistoryTableModel;

// The shop's transaction history from the server: a filter bar (day range with presets, customer id or
// mobile, type), the matching transactions newest first a page at a time, and a CSV export of everything
// the filter matches. History needs the server; offline the screen says so and trading carries on at
// the counter.
//
// Keyboard: Enter in any filter searches, Ctrl+F goes to the filters, Ctrl+E exports, Alt+M loads more.
class HistoryScreen final : public QWidget {
    Q_OBJECT

public:
    explicit HistoryScreen(sync::ApiClient& api, QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(HistoryScreen)
    ~HistoryScreen() override;

    // The filters as they stand, for page 1.
    sync::HistoryQuery query() const;
    const HistoryTableModel& model() const { return *m_model; }
    bool hasMore() const;

public Q_SLOTS:
    // Lists the first page of what the filters match.
    void search();
    // Appends the next page of the current listing.
    void loadMore();
    // Asks where to save, then exportTo().
    void exportCsv();
    // Writes every row the current filters match to `path` (see HistoryExport).
    void exportTo(const QString& path);
    void cancelExport();

Q_SIGNALS:
    // A page arrived (or failed) and the screen shows it.
    void pageShown();
    void exportFinished(const baartal::core::Status& status);

protected:
    void changeEvent(QEvent* event) override;

private:
    enum class Preset { Today, LastSevenDays, ThisMonth };
    enum class State { Idle, Busy, Shown, Offline, Failed, Invalid };

    void retranslate();
    void renderState();
    void applyPreset(Preset preset);
    void fetch(const sync::HistoryQuery& query);
    void onPage(const core::Result<sync::HistoryPage>& page);
    void onExportFinished(const core::Status& status);

    sync::ApiClient& m_api;
    HistoryTableModel* m_model;
    QLabel* m_fromLabel;
    QDateEdit* m_from;
    QLabel* m_toLabel;
    QDateEdit* m_to;
    QPushButton* m_today;
    QPushButton* m_lastWeek;
    QPushButton* m_thisMonth;
    QLabel* m_customerLabel;
    QLineEdit* m_customer;
    QLabel* m_typeLabel;
    QComboBox* m_type;
    QPushButton* m_search;
    QTableView* m_table;
    QLabel* m_status;
    QPushButton* m_loadMore;
    QPushButton* m_export;
    QProgressBar* m_exportProgress;
    QPushButton* m_cancelExport;
    QLabel* m_exportStatus;

    sync::HistoryQuery m_shown; // the listing in the table, with the last page fetched
    qint64 m_total = 0;
    QPointer<QObject> m_request; // the context of the page request in flight
    State m_state = State::Idle;
    core::Error m_error;
    QPointer<HistoryExport> m_exporting;
    std::optional<core::Status> m_exportResult;
    QString m_exportPath;
};

} // namespace baartal::ui
