#pragma once

#include "core/result/result.h"
#include "ui/analytics/analytics_snapshot.h"
#include "ui/analytics/analytics_texts.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QPicture>
#include <QString>

class QPainter;
class QRectF;

namespace baartal::ui {

// The owner's analytics as an A4 PDF: the shop, the range, when it was made, the four headline
// figures, the weekly and monthly footfall bars, the coins lines and a table of the weekly figures.
//
// The constructor lays out everything that needs the GUI thread (the translated texts, the charts
// drawn once into vector pictures); write() only paints those onto the PDF, so it may run on a worker
// thread. The charts stay vectors in the PDF; text stays text, in the font the language needs.
class AnalyticsReport {
    Q_DECLARE_TR_FUNCTIONS(baartal::ui::AnalyticsReport)

public:
    AnalyticsReport(const QString& shopName, const AnalyticsSnapshot& snapshot, const QDateTime& generatedAt);

    // Writes the PDF to a temporary file beside `path` and renames it over `path` once complete, so a
    // reader never sees half a report. Fails with "report_not_written" and the reason.
    core::Status write(const QString& path) const;

    const QString& title() const { return m_title; }

private:
    struct Painting;

    static core::Error notWritten(const QString& path, const QString& reason);

    QString m_title;
    QStringList m_headerLines;
    QList<AnalyticsTexts::Tile> m_tiles;
    QPicture m_weeklyChart;
    QPicture m_monthlyChart;
    QPicture m_coinsChart;
    QString m_tableTitle;
    QStringList m_tableHeader;
    QList<QStringList> m_tableRows;
};

} // namespace baartal::ui
