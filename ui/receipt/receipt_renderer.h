#pragma once

#include "core/result/result.h"
#include "ui/receipt/receipt.h"
#include "ui/settings/pos_settings.h"

#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QString>

class QPagedPaintDevice;
class QPaintDevice;
class QPainter;

namespace baartal::ui {

// Lays a receipt out with QPainter on one paper: a thermal roll (58 or 80 mm wide, the page as long as
// the receipt, narrow fonts, 2–3 mm margins) or an A4 sheet. Texts are worded in the current language
// when the receipt is laid out and wrapped to the paper's width; Devanagari comes from the font
// fallback (fonts-lohit-deva). Measuring and painting run the same layout on the target device, so the
// page fitted to the content is exactly as long as what is painted on it.
class ReceiptRenderer {
    Q_DECLARE_TR_FUNCTIONS(baartal::ui::ReceiptRenderer)

public:
    explicit ReceiptRenderer(ReceiptPaper paper);

    // Gives the device its page for this receipt; call before QPainter::begin. "page_size_refused"
    // when the device (a printer's driver) does not take the page.
    core::Status preparePage(QPagedPaintDevice& device, const Receipt& receipt) const;
    // Paints the receipt with a painter active on a device prepared by preparePage.
    void paint(QPainter& painter, const Receipt& receipt) const;

private:
    // One piece of the receipt, top to bottom.
    struct Block {
        enum class Kind {
            Title,  // the shop's name, large and centred
            Centre, // a centred line
            Row,    // a label on the left, its value on the right
            Note,   // a paragraph
            Rule,   // a dashed separator
        };
        Kind kind = Kind::Note;
        QString text; // the label for a row
        QString value;
        bool bold = false;
    };

    QList<Block> blocks(const Receipt& receipt) const;
    // Lays the blocks out on the device, painting them when a painter is given; returns the height
    // they take in device pixels.
    double layOut(const QList<Block>& blocks, QPaintDevice& device, QPainter* painter) const;
    double paperWidthMm() const;
    double contentWidthMm() const;
    double marginMm() const;
    QFont font(double pointSize, bool bold) const;

    ReceiptPaper m_paper;
};

} // namespace baartal::ui
