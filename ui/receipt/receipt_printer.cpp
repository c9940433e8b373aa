#include "ui/receipt/receipt_printer.h"

#include "ui/receipt/receipt_renderer.h"
#include "ui/ui_log.h"

#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QPrinterInfo>

namespace baartal::ui {

namespace {

// Enough for crisp text on 203 dpi thermal heads and on paper, and a small file.
constexpr int kPdfResolution = 600;

core::Error unavailable(const QString& code, const QString& message)
{
    return core::Error{core::ErrorKind::Unavailable, code, message};
}

} // namespace

ReceiptPrinter::ReceiptPrinter(QString printerName, ReceiptPaper paper)
    : m_printerName(std::move(printerName))
    , m_paper(paper)
{
}

core::Status ReceiptPrinter::print(const Receipt& receipt) const
{
    if (QPrinterInfo::availablePrinterNames().isEmpty()) {
        return unavailable(
            QStringLiteral("no_printer"),
            tr("No printer is installed on this computer. Install the receipt printer, or save "
               "the receipt as a PDF."));
    }
    const QPrinterInfo info =
        m_printerName.isEmpty() ? QPrinterInfo::defaultPrinter() : QPrinterInfo::printerInfo(m_printerName);
    if (info.isNull()) {
        if (m_printerName.isEmpty()) {
            return unavailable(QStringLiteral("no_printer"),
                               tr("No default printer is set. Choose the receipt printer in the settings."));
        }
        return unavailable(QStringLiteral("printer_not_found"),
                           tr("The printer \"%1\" is not installed. Choose another one in the settings.")
                               .arg(m_printerName));
    }
    QPrinter printer(info, QPrinter::HighResolution);
    printer.setDocName(tr("Receipt %1").arg(receipt.transactionId));
    const core::Status printed =
        render(printer, receipt,
               unavailable(QStringLiteral("print_failed"),
                           tr("The printer \"%1\" did not take the receipt.").arg(info.printerName())));
    if (printed) {
        qCInfo(lcUi) << "receipt" << receipt.transactionId << "sent to" << info.printerName();
    }
    return printed;
}

core::Status ReceiptPrinter::writePdf(const Receipt& receipt, const QString& path) const
{
    QPdfWriter writer(path);
    writer.setResolution(kPdfResolution);
    writer.setCreator(QStringLiteral("Baartal"));
    writer.setTitle(tr("Receipt %1").arg(receipt.transactionId));
    return render(writer, receipt,
                  core::Error::internal(
                      QStringLiteral("pdf_write_failed"),
                      tr("The receipt could not be saved as %1.").arg(QFileInfo(path).absoluteFilePath())));
}

core::Status ReceiptPrinter::render(QPagedPaintDevice& device, const Receipt& receipt,
                                    const core::Error& failure) const
{
    const ReceiptRenderer renderer(m_paper);
    if (core::Status prepared = renderer.preparePage(device, receipt); !prepared) {
        return prepared;
    }
    QPainter painter;
    if (!painter.begin(&device)) {
        return failure;
    }
    renderer.paint(painter, receipt);
    if (!painter.end()) {
        return failure;
    }
    return {};
}

} // namespace baartal::ui
