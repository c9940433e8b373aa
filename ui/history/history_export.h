#pragma once

#include "core/result/result.h"
#include "sync/client/history_query.h"
#include "ui/history/csv_writer.h"

#include <QObject>
#include <QSet>

#include <memory>

namespace baartal::sync {
class ApiClient;
struct HistoryEntry;
} // namespace baartal::sync

namespace baartal::ui {

// Writes every transaction a history filter matches to a CSV file, fetching the listing page by page
// from the server (the filter's page and limit are ignored). The file appears only when the whole
// listing was written: an error or cancel() leaves nothing behind. Rows are txn_id-unique even when a
// sale lands mid-export and shifts the pages.
class HistoryExport final : public QObject {
    Q_OBJECT

public:
    HistoryExport(sync::ApiClient& api, const sync::HistoryQuery& query, const QString& path,
                  QObject* parent = nullptr);
    Q_DISABLE_COPY_MOVE(HistoryExport)
    ~HistoryExport() override;

    void start();
    // Stops fetching and discards the file; finished() reports "export_cancelled".
    void cancel();

    // The header row and one transaction's row, as the file holds them: times in ISO 8601 India time,
    // amounts as plain decimal rupees.
    static QStringList header();
    static QStringList rowOf(const sync::HistoryEntry& entry);

Q_SIGNALS:
    // `written` of `total` rows are in the file so far.
    void progress(qint64 written, qint64 total);
    // Runs once: the file is in place, or the reason it is not.
    void finished(const baartal::core::Status& status);

private:
    void fetchNext();
    void finish(const core::Status& status);

    sync::ApiClient& m_api;
    sync::HistoryQuery m_query;
    std::unique_ptr<CsvWriter> m_writer;
    QSet<QString> m_written;
    QObject* m_pending = nullptr; // the context of the call in flight; deleting it drops its answer
    bool m_done = false;
};

} // namespace baartal::ui
