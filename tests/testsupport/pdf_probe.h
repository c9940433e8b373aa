#pragma once

#include "core/result/result.h"

#include <QByteArray>
#include <QSizeF>
#include <QString>
#include <QTemporaryDir>

namespace baartal::testsupport {

// Reads a PDF the way a print shop's software would, with poppler-utils (pdfinfo, pdftotext,
// pdftoppm; scripts/install-deps.sh installs them): an independent reader, so a test of a PDF we
// write by hand cannot pass on our own misreading of the format. Each call fails with
// "pdf_tool_failed" when the tool is missing, fails, or complains about the file on stderr.
class PdfProbe {
public:
    explicit PdfProbe(const QByteArray& pdf);

    // The pdfinfo report ("Pages: 1", "Page size: 297.638 x 419.528 pts (A6)", ...).
    core::Result<QString> info() const;
    // The first page's size in points, from pdfinfo.
    core::Result<QSizeF> pageSizePt() const;
    // The text of every page, as pdftotext extracts it.
    core::Result<QString> text() const;
    // The first page as a grey PNG at `dpi`.
    core::Result<QByteArray> renderPng(int dpi) const;

private:
    // The tool's standard output, run with the options, the PDF's path, then the outputs.
    core::Result<QByteArray> run(const QString& tool, const QStringList& options,
                                 const QStringList& outputs) const;

    QTemporaryDir m_dir;
    QString m_path; // the PDF in m_dir; empty when it could not be written
};

} // namespace baartal::testsupport
