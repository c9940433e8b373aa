#pragma once

#include "core/result/result.h"
#include "ui/receipt/receipt.h"
#include "ui/settings/pos_settings.h"

#include <QCoreApplication>
#include <QString>

class QPagedPaintDevice;

namespace baartal::ui {

// Puts receipts on paper or in a PDF file, laid out by ReceiptRenderer for the chosen paper. Blocking:
// the counter calls it from a worker thread (QPainter on a QPrinter or a PDF writer is thread-safe).
class ReceiptPrinter {
    Q_DECLARE_TR_FUNCTIONS(baartal::ui::ReceiptPrinter)

public:
    // printerName: a QPrinterInfo name; empty for the system's default printer.
    ReceiptPrinter(QString printerName, ReceiptPaper paper);

    // "no_printer" when no printer is installed at all (or none is the default and none was chosen),
    // "printer_not_found" when the chosen one is not installed, "page_size_refused", "print_failed".
    core::Status print(const Receipt& receipt) const;
    // "pdf_write_failed" when the file cannot be written.
    core::Status writePdf(const Receipt& receipt, const QString& path) const;

private:
    core::Status render(QPagedPaintDevice& device, const Receipt& receipt, const core::Error& failure) const;

    QString m_printerName;
    ReceiptPaper m_paper;
};

} // namespace baartal::ui
