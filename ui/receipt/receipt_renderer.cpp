#include "ui/receipt/receipt_renderer.h"

#include "ui/counter/refusal_text.h"

#include <QLocale>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPen>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace baartal::ui {

namespace {

constexpr double kMmPerInch = 25.4;
constexpr double kA4WidthMm = 210.0;
constexpr double kA4MarginMm = 20.0;
// On a sheet a receipt keeps the width of a wide roll's text block rather than spreading over the page.
constexpr double kA4ContentWidthMm = 110.0;
constexpr double kRowGapMm = 2.0;
constexpr double kBlockSpacingMm = 0.6;
constexpr double kRuleSpacingMm = 1.6;

double pixels(double mm, const QPaintDevice& device)
{
    return mm * device.logicalDpiY() / kMmPerInch;
}

// Lays `text` out in lines of at most `width` pixels from the top of the layout; returns its height.
double wrap(QTextLayout& layout, double width, Qt::Alignment alignment)
{
    QTextOption option(alignment);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    double height = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, height));
        height += line.height();
    }
    layout.endLayout();
    return height;
}

// The width of `text` on one line.
double naturalWidth(const QString& text, const QFont& font, QPaintDevice& device)
{
    QTextLayout layout(text, font, &device);
    QTextOption option;
    option.setWrapMode(QTextOption::NoWrap);
    layout.setTextOption(option);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    layout.endLayout();
    return line.isValid() ? line.naturalTextWidth() : 0;
}

} // namespace

ReceiptRenderer::ReceiptRenderer(ReceiptPaper paper)
    : m_paper(paper)
{
}

double ReceiptRenderer::paperWidthMm() const
{
    switch (m_paper) {
    case ReceiptPaper::Roll58mm:
        return 58.0;
    case ReceiptPaper::Roll80mm:
        return 80.0;
    case ReceiptPaper::A4:
        return kA4WidthMm;
    }
    return kA4WidthMm;
}

double ReceiptRenderer::marginMm() const
{
    switch (m_paper) {
    case ReceiptPaper::Roll58mm:
        return 2.5;
    case ReceiptPaper::Roll80mm:
        return 3.0;
    case ReceiptPaper::A4:
        return kA4MarginMm;
    }
    return kA4MarginMm;
}

double ReceiptRenderer::contentWidthMm() const
{
    return std::min(paperWidthMm() - 2 * marginMm(), kA4ContentWidthMm);
}

QFont ReceiptRenderer::font(double pointSize, bool bold) const
{
    QFont font;
    // DejaVu has ₹ and narrow Latin for the rolls; Devanagari falls back to Lohit Devanagari.
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Lohit Devanagari")});
    font.setStretch(m_paper == ReceiptPaper::A4 ? QFont::Unstretched : QFont::Condensed);
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    // Print at the font's own outlines: hinting for the screen would change widths between devices.
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

QList<ReceiptRenderer::Block> ReceiptRenderer::blocks(const Receipt& receipt) const
{
    using Kind = Block::Kind;
    const QLocale locale;
    QList<Block> blocks;
    blocks.append({Kind::Title, receipt.shopName, {}, true});
    blocks.append({Kind::Centre,
                   receipt.voided ? tr("VOID — this sale was reversed") : tr("Sale receipt"),
                   {},
                   receipt.voided});
    blocks.append({Kind::Rule, {}, {}, false});
    blocks.append({Kind::Row, tr("Date"),
                   locale.toString(receipt.time.toLocalTime(), QStringLiteral("dd/MM/yyyy, h:mm ap")),
                   false});
    blocks.append({Kind::Row, tr("Transaction"), receipt.transactionId, false});
    blocks.append({Kind::Row, tr("Customer"), receipt.customer, false});
    blocks.append({Kind::Rule, {}, {}, false});
    blocks.append({Kind::Row, tr("Bill"), receipt.bill.formatIndian(), false});
    if (receipt.redeemed > core::Coins(0)) {
        blocks.append({Kind::Row, tr("B-Coins redeemed"), receipt.redeemed.formatIndian(), false});
    }
    blocks.append({Kind::Row, tr("Amount payable"), receipt.payable.formatIndian(), true});
    blocks.append({Kind::Rule, {}, {}, false});
    switch (receipt.standing) {
    case Receipt::Standing::Pending:
        blocks.append({Kind::Row, tr("B-Coins earned (pending)"), receipt.earned.formatIndian(), false});
        blocks.append({Kind::Note, tr("The server confirms the coins when this counter syncs."), {}, false});
        break;
    case Receipt::Standing::Confirmed:
        blocks.append({Kind::Row, tr("B-Coins earned"), receipt.earned.formatIndian(), false});
        break;
    case Receipt::Standing::Refused:
        blocks.append({Kind::Note,
                       tr("The server refused this sale: %1 No B-Coins were earned or redeemed.")
                           .arg(RefusalText::forCode(receipt.refusalCode)),
                       {},
                       true});
        break;
    }
    if (receipt.balance) {
        blocks.append({Kind::Row, tr("B-Coins balance"), receipt.balance->formatIndian(), false});
    }
    if (receipt.voided) {
        blocks.append({Kind::Rule, {}, {}, false});
        blocks.append({Kind::Centre, tr("VOIDED"), {}, true});
        blocks.append({Kind::Row, tr("Void transaction"), receipt.voidTransactionId, false});
        blocks.append({Kind::Note, tr("Reason: %1").arg(receipt.voidReason), {}, false});
        blocks.append({Kind::Note,
                       tr("The B-Coins this sale earned are taken back and those it redeemed are returned."),
                       {},
                       false});
    }
    blocks.append({Kind::Rule, {}, {}, false});
    blocks.append({Kind::Centre, tr("Thank you! Earn and redeem B-Coins with Baartal."), {}, false});
    return blocks;
}

double ReceiptRenderer::layOut(const QList<Block>& blocks, QPaintDevice& device, QPainter* painter) const
{
    const bool sheet = m_paper == ReceiptPaper::A4;
    const double bodyPt = sheet ? 11.0 : (m_paper == ReceiptPaper::Roll58mm ? 7.0 : 8.5);
    const double titlePt = bodyPt * 1.45;
    const double width = pixels(contentWidthMm(), device);
    const double rowGap = pixels(kRowGapMm, device);
    const double spacing = pixels(kBlockSpacingMm, device);
    double y = 0;
    for (const Block& block : blocks) {
        switch (block.kind) {
        case Block::Kind::Rule: {
            y += pixels(kRuleSpacingMm, device) / 2;
            if (painter) {
                QPen pen(Qt::black, pixels(0.2, device), Qt::DashLine);
                painter->setPen(pen);
                painter->drawLine(QPointF(0, y), QPointF(width, y));
            }
            y += pixels(kRuleSpacingMm, device) / 2;
            continue;
        }
        case Block::Kind::Title:
        case Block::Kind::Centre:
        case Block::Kind::Note: {
            const bool title = block.kind == Block::Kind::Title;
            QTextLayout layout(block.text, font(title ? titlePt : bodyPt, block.bold), &device);
            const double height =
                wrap(layout, width, block.kind == Block::Kind::Note ? Qt::AlignLeft : Qt::AlignHCenter);
            if (painter) {
                painter->setPen(Qt::black);
                layout.draw(painter, QPointF(0, y));
            }
            y += height + spacing;
            continue;
        }
        case Block::Kind::Row: {
            const QFont rowFont = font(bodyPt, block.bold);
            const double valueWidth = naturalWidth(block.value, rowFont, device);
            QTextLayout label(block.text, rowFont, &device);
            QTextLayout value(block.value, rowFont, &device);
            // A value that leaves the label less than half the width goes on a line of its own.
            const bool stacked = valueWidth + rowGap > width / 2;
            const double labelHeight =
                wrap(label, stacked ? width : width - valueWidth - rowGap, Qt::AlignLeft);
            const double valueTop = stacked ? y + labelHeight : y;
            const double valueHeight = wrap(value, width, Qt::AlignRight);
            if (painter) {
                painter->setPen(Qt::black);
                label.draw(painter, QPointF(0, y));
                value.draw(painter, QPointF(0, valueTop));
            }
            y = std::max(y + labelHeight, valueTop + valueHeight) + spacing;
            continue;
        }
        }
    }
    return y;
}

core::Status ReceiptRenderer::preparePage(QPagedPaintDevice& device, const Receipt& receipt) const
{
    const double margin = marginMm();
    const QMarginsF margins(margin, margin, margin, margin);
    QPageSize size(QPageSize::A4);
    if (m_paper != ReceiptPaper::A4) {
        const double contentPx = layOut(blocks(receipt), device, nullptr);
        const double lengthMm =
            // Never shorter than wide: such a page would turn landscape.
            std::max(contentPx * kMmPerInch / device.logicalDpiY() + 2 * margin, paperWidthMm());
        size = QPageSize(QSizeF(paperWidthMm(), std::ceil(lengthMm)), QPageSize::Millimeter,
                         tr("Receipt roll %1 mm").arg(paperWidthMm()), QPageSize::ExactMatch);
    }
    if (!device.setPageLayout(QPageLayout(size, QPageLayout::Portrait, margins, QPageLayout::Millimeter))) {
        return core::Error::unprocessable(QStringLiteral("page_size_refused"),
                                          tr("The printer does not take %1 paper.").arg(size.name()));
    }
    return {};
}

void ReceiptRenderer::paint(QPainter& painter, const Receipt& receipt) const
{
    layOut(blocks(receipt), *painter.device(), &painter);
}

} // namespace baartal::ui
