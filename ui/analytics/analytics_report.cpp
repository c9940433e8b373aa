#include "ui/analytics/analytics_report.h"

#include "ui/analytics/analytics_charts.h"

#include <QChart>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>

namespace baartal::ui {

namespace {

// The size charts are laid out at before they are scaled onto the page: a laptop window's worth,
// so labels keep the proportions the owner sees on screen.
const QSizeF kChartSize(640, 300);
constexpr int kResolution = 300;
constexpr qreal kBodyPoints = 9.5;

QPicture drawn(QChart* chart)
{
    QGraphicsScene scene; // owns the chart from here on
    scene.addItem(chart);
    chart->setGeometry(QRectF(QPointF(0, 0), kChartSize));
    // Qt Charts lays a chart out through posted events; deliver the chart's own (not the whole
    // application's) so it is complete before it is drawn.
    QCoreApplication::sendPostedEvents(&scene);
    QCoreApplication::sendPostedEvents(chart);
    for (QObject* part : chart->findChildren<QObject*>()) {
        QCoreApplication::sendPostedEvents(part);
    }
    chart->layout()->activate();
    QPicture picture;
    QPainter painter(&picture);
    painter.setRenderHint(QPainter::Antialiasing);
    scene.render(&painter, QRectF(QPointF(0, 0), kChartSize), QRectF(QPointF(0, 0), kChartSize));
    painter.end();
    return picture;
}

QString cell(qint64 value)
{
    return AnalyticsTexts::count(value);
}

} // namespace

// The page being painted and where the next line goes, in device pixels of the PDF.
struct AnalyticsReport::Painting {
    QPdfWriter& writer;
    QPainter& painter;
    QRectF page;
    qreal y = 0;

    qreal gap() const { return writer.resolution() / 8.0; } // 1/8 inch

    bool newPage()
    {
        y = 0;
        return writer.newPage();
    }

    void text(const QString& line, qreal points, bool bold = false)
    {
        QFont font = painter.font();
        font.setPointSizeF(points);
        font.setBold(bold);
        painter.setFont(font);
        const QRectF bounds = painter.boundingRect(QRectF(0, y, page.width(), 0), Qt::TextWordWrap, line);
        painter.drawText(bounds, Qt::TextWordWrap, line);
        y = bounds.bottom() + gap() / 2;
    }

    void picture(const QPicture& chart, qreal height)
    {
        const qreal scale = std::min(page.width() / kChartSize.width(), height / kChartSize.height());
        painter.save();
        painter.translate((page.width() - kChartSize.width() * scale) / 2, y);
        // QPainter::drawPicture scales the picture up by the page's resolution over the picture's own.
        const qreal replay = qreal(chart.logicalDpiX()) / writer.logicalDpiX();
        painter.scale(scale * replay, scale * replay);
        painter.drawPicture(0, 0, chart);
        painter.restore();
        y += kChartSize.height() * scale + gap();
    }
};

AnalyticsReport::AnalyticsReport(const QString& shopName, const AnalyticsSnapshot& snapshot,
                                 const QDateTime& generatedAt)
    : m_title(tr("%1: shop analytics").arg(shopName))
    , m_headerLines{tr("Range: %1")
                        .arg(AnalyticsTexts::range(snapshot.weekly.range.from, snapshot.weekly.range.to)),
                    tr("Figures from the Baartal server at %1").arg(AnalyticsTexts::time(snapshot.fetchedAt)),
                    tr("Report made at %1").arg(AnalyticsTexts::time(generatedAt))}
    , m_tiles(AnalyticsTexts::tiles(snapshot.weekly))
    , m_weeklyChart(drawn(AnalyticsCharts::footfall(snapshot.weekly)))
    , m_monthlyChart(drawn(AnalyticsCharts::footfall(snapshot.monthly)))
    , m_coinsChart(drawn(AnalyticsCharts::coins(snapshot.lines)))
    , m_tableTitle(tr("Weekly figures"))
    , m_tableHeader{tr("Week from"), tr("QR scans"),     tr("Customers"),
                    tr("Bills"),     tr("Coins issued"), tr("Coins redeemed")}
{
    for (const sync::AnalyticsPeriod& week : snapshot.weekly.periods) {
        m_tableRows.append({AnalyticsTexts::date(week.start), cell(week.scans), cell(week.visitors),
                            cell(week.sales), week.issued.formatIndian(), week.redeemed.formatIndian()});
    }
}

core::Error AnalyticsReport::notWritten(const QString& path, const QString& reason)
{
    return core::Error::internal(QStringLiteral("report_not_written"),
                                 tr("The report could not be saved to %1: %2").arg(path, reason));
}

core::Status AnalyticsReport::write(const QString& path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return notWritten(path, file.errorString());
    }
    QPdfWriter writer(&file);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setResolution(kResolution);
    writer.setTitle(m_title);
    writer.setCreator(QStringLiteral("Baartal"));
    QPainter painter;
    if (!painter.begin(&writer)) {
        return notWritten(path, tr("the PDF could not be started"));
    }
    Painting page{writer, painter, QRectF(0, 0, writer.width(), writer.height())};

    page.text(m_title, 18, true);
    for (const QString& line : m_headerLines) {
        page.text(line, kBodyPoints);
    }
    page.y += page.gap();

    // The headline figures, four boxes in a row.
    const qreal tileWidth = (page.page.width() - 3 * page.gap()) / m_tiles.size();
    const qreal top = page.y;
    qreal bottom = top;
    for (qsizetype i = 0; i < m_tiles.size(); ++i) {
        const qreal left = i * (tileWidth + page.gap());
        const AnalyticsTexts::Tile& tile = m_tiles[i];
        Painting box{writer, painter, QRectF(0, 0, tileWidth - page.gap(), 0), top + page.gap() / 2};
        painter.save();
        painter.translate(left + page.gap() / 2, 0);
        box.text(tile.title, kBodyPoints);
        box.text(tile.value, 16, true);
        box.text(tile.detail, kBodyPoints - 1);
        painter.restore();
        bottom = std::max(bottom, box.y);
    }
    painter.save();
    painter.setPen(QPen(Qt::gray, writer.resolution() / 100.0));
    for (qsizetype i = 0; i < m_tiles.size(); ++i) {
        painter.drawRect(QRectF(i * (tileWidth + page.gap()), top, tileWidth, bottom - top));
    }
    painter.restore();
    page.y = bottom + 2 * page.gap();

    const qreal chartHeight = (page.page.height() - page.y) / 2 - page.gap();
    page.picture(m_weeklyChart, chartHeight);
    page.picture(m_coinsChart, chartHeight);

    if (!page.newPage()) {
        return notWritten(path, tr("a page could not be added"));
    }
    page.picture(m_monthlyChart, page.page.height() * 0.35);

    page.text(m_tableTitle, 12, true);
    const qreal columnWidth = page.page.width() / m_tableHeader.size();
    const auto row = [&](const QStringList& cells, bool bold) {
        QFont font = painter.font();
        font.setPointSizeF(kBodyPoints);
        font.setBold(bold);
        painter.setFont(font);
        const int flags = Qt::TextWordWrap | Qt::AlignBottom;
        qreal height = 0;
        for (const QString& text : cells) {
            height = std::max(
                height,
                painter.boundingRect(QRectF(0, 0, columnWidth - page.gap() / 2, 0), flags, text).height());
        }
        height += page.gap() / 2;
        if (page.y + height > page.page.height() && !page.newPage()) {
            return false;
        }
        for (qsizetype c = 0; c < cells.size(); ++c) {
            const QRectF box(c * columnWidth, page.y, columnWidth - page.gap() / 2, height);
            painter.drawText(box, flags | (c == 0 ? Qt::AlignLeft : Qt::AlignRight), cells[c]);
        }
        page.y += height;
        return true;
    };
    bool paged = row(m_tableHeader, true);
    for (qsizetype i = 0; paged && i < m_tableRows.size(); ++i) {
        paged = row(m_tableRows[i], false);
    }
    if (!paged) {
        return notWritten(path, tr("a page could not be added"));
    }

    if (!painter.end()) {
        return notWritten(path, tr("the PDF could not be finished"));
    }
    if (!file.commit()) {
        return notWritten(path, file.errorString());
    }
    return core::Status();
}

} // namespace baartal::ui
