#pragma once

#include "core/result/result.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QStringList>

namespace baartal::ui {

// Writes a CSV file as RFC 4180 describes it (fields with a comma, quote or line break quoted, quotes
// doubled, CRLF after every row) in UTF-8 with a byte-order mark, so Excel opens Devanagari correctly.
// Everything goes to a temporary file beside the target, which commit() renames into place: a failed or
// cancelled export leaves no half-written file, and an older file of that name stays as it was.
class CsvWriter {
    Q_DECLARE_TR_FUNCTIONS(baartal::ui::CsvWriter)

public:
    explicit CsvWriter(const QString& path);
    Q_DISABLE_COPY_MOVE(CsvWriter)
    ~CsvWriter(); // without commit(), discards what was written

    // Creates the temporary file and writes the byte-order mark; "export_failed" when it cannot.
    core::Status open();
    void writeRow(const QStringList& fields);
    // Renames the finished file into place; "export_failed" when writing or renaming failed.
    core::Status commit();

    // One field as it appears in the file.
    static QString quoted(const QString& field);
    // One row, CRLF included.
    static QString row(const QStringList& fields);

private:
    core::Error failure() const;

    QSaveFile m_file;
};

} // namespace baartal::ui
