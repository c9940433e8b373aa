#include "ui/history/csv_writer.h"

namespace baartal::ui {

namespace {

const QByteArray kByteOrderMark = QByteArrayLiteral("\xEF\xBB\xBF");

} // namespace

CsvWriter::CsvWriter(const QString& path)
    : m_file(path)
{
}

CsvWriter::~CsvWriter()
{
    if (m_file.isOpen()) {
        m_file.cancelWriting();
    }
}

core::Error CsvWriter::failure() const
{
    return core::Error::internal(QStringLiteral("export_failed"),
                                 tr("Could not write %1: %2").arg(m_file.fileName(), m_file.errorString()));
}

core::Status CsvWriter::open()
{
    if (!m_file.open(QIODevice::WriteOnly) || m_file.write(kByteOrderMark) != kByteOrderMark.size()) {
        return failure();
    }
    return {};
}

void CsvWriter::writeRow(const QStringList& fields)
{
    // QSaveFile remembers a failed write and refuses to commit, so errors surface there.
    m_file.write(row(fields).toUtf8());
}

core::Status CsvWriter::commit()
{
    if (!m_file.commit()) {
        return failure();
    }
    return {};
}

QString CsvWriter::quoted(const QString& field)
{
    const bool needsQuotes = field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) ||
                             field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'));
    if (!needsQuotes) {
        return field;
    }
    QString escaped = field;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString CsvWriter::row(const QStringList& fields)
{
    QStringList cells;
    cells.reserve(fields.size());
    for (const QString& field : fields) {
        cells.append(quoted(field));
    }
    return cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

} // namespace baartal::ui
