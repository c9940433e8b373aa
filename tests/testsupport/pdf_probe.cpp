#include "tests/testsupport/pdf_probe.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>

namespace baartal::testsupport {

namespace {

constexpr int kToolTimeoutMs = 30000;

core::Error failed(const QString& message)
{
    return core::Error::internal(QStringLiteral("pdf_tool_failed"), message);
}

} // namespace

PdfProbe::PdfProbe(const QByteArray& pdf)
{
    const QString path = m_dir.filePath(QStringLiteral("probe.pdf"));
    QFile file(path);
    if (m_dir.isValid() && file.open(QIODevice::WriteOnly) && file.write(pdf) == pdf.size()) {
        m_path = path;
    }
}

core::Result<QByteArray> PdfProbe::run(const QString& tool, const QStringList& options,
                                       const QStringList& outputs) const
{
    if (m_path.isEmpty()) {
        return failed(QStringLiteral("could not write the PDF to a temporary file"));
    }
    QProcess process;
    process.start(tool, options + QStringList{m_path} + outputs);
    if (!process.waitForFinished(kToolTimeoutMs) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        return failed(
            QStringLiteral("%1 did not run cleanly (is poppler-utils installed? "
                           "scripts/install-deps.sh): %2 %3")
                .arg(tool, process.errorString(), QString::fromUtf8(process.readAllStandardError())));
    }
    // Poppler repairs a broken file quietly except for what it says here.
    if (const QByteArray complaints = process.readAllStandardError(); !complaints.isEmpty()) {
        return failed(tool + QStringLiteral(": ") + QString::fromUtf8(complaints));
    }
    return process.readAllStandardOutput();
}

core::Result<QString> PdfProbe::info() const
{
    auto report = run(QStringLiteral("pdfinfo"), {}, {});
    if (!report) {
        return report.error();
    }
    return QString::fromUtf8(*report);
}

core::Result<QSizeF> PdfProbe::pageSizePt() const
{
    auto report = info();
    if (!report) {
        return report.error();
    }
    static const QRegularExpression kSize(QStringLiteral("Page size:\\s+([0-9.]+) x ([0-9.]+) pts"));
    const QRegularExpressionMatch match = kSize.match(*report);
    if (!match.hasMatch()) {
        return failed(QStringLiteral("no page size in: ") + *report);
    }
    return QSizeF(match.captured(1).toDouble(), match.captured(2).toDouble());
}

core::Result<QString> PdfProbe::text() const
{
    // "-": the text to standard output.
    auto text = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout")}, {QStringLiteral("-")});
    if (!text) {
        return text.error();
    }
    return QString::fromUtf8(*text);
}

core::Result<QByteArray> PdfProbe::renderPng(int dpi) const
{
    // The output is named by its path without ".png".
    const QString root = m_dir.filePath(QStringLiteral("page"));
    auto rendered = run(QStringLiteral("pdftoppm"),
                        {QStringLiteral("-png"), QStringLiteral("-gray"), QStringLiteral("-singlefile"),
                         QStringLiteral("-r"), QString::number(dpi)},
                        {root});
    if (!rendered) {
        return rendered.error();
    }
    QFile page(root + QStringLiteral(".png"));
    if (!page.open(QIODevice::ReadOnly)) {
        return failed(QStringLiteral("pdftoppm wrote no page"));
    }
    return page.readAll();
}

} // namespace baartal::testsupport
