#pragma once

#include "core/result/result.h"
#include "core/storage/database.h"

#include <QString>

#include <memory>

namespace baartal::sync {

// The counter's own SQLite database (WAL, synchronous=FULL), migrated to the schema this build ships.
// A sale is committed here before the network sees it, so neither an outage nor a crash loses one.
class CounterStore {
public:
    Q_DISABLE_COPY_MOVE(CounterStore)
    ~CounterStore();

    static QString migrations() { return QStringLiteral(":/baartal/migrations/counter"); }
    // <app data folder>/counter.sqlite, e.g. ~/.local/share/Baartal/baartal-pos/counter.sqlite.
    static QString defaultPath();

    // Creates the folder and the file when missing; "counter_store_unavailable" when neither works.
    static core::Result<std::unique_ptr<CounterStore>> open(const QString& path);

    core::Database& database() { return *m_database; }
    const QString& path() const { return m_path; }

private:
    CounterStore(QString path, std::unique_ptr<core::Database> database);

    QString m_path;
    std::unique_ptr<core::Database> m_database;
};

} // namespace baartal::sync
