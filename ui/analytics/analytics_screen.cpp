#include "ui/analytics/analytics_screen.h"

#include "core/time/clock.h"
#include "core/time/india_time.h"
#include "sync/client/api_client.h"
#include "ui/analytics/analytics_charts.h"
#include "ui/analytics/analytics_report.h"
#include "ui/analytics/analytics_texts.h"
#include "ui/analytics/analytics_tile.h"
#include "ui/ui_log.h"

#include <QChart>
#include <QChartView>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace baartal::ui {

namespace {

// Typing a date fires a change per keystroke; the server is asked once the owner pauses.
constexpr int kRequeryDelayMs = 500;

QChartView* chartView(const QString& name, QWidget* parent)
{
    auto* view = new QChartView(parent);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(240);
    return view;
}

QDateEdit* dateEdit(const QString& name, QWidget* parent)
{
    auto* edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    return edit;
}

bool nothingHappened(const sync::MerchantAnalytics& analytics)
{
    return analytics.sales == 0 && analytics.scans == 0 && analytics.uniqueCustomers == 0;
}

} // namespace

AnalyticsScreen::AnalyticsScreen(sync::ApiClient& api, const core::Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_api(api)
    , m_clock(clock)
    , m_fromLabel(new QLabel(this))
    , m_from(dateEdit(QStringLiteral("from"), this))
    , m_toLabel(new QLabel(this))
    , m_to(dateEdit(QStringLiteral("to"), this))
    , m_last7Days(new QPushButton(this))
    , m_last4Weeks(new QPushButton(this))
    , m_thisMonth(new QPushButton(this))
    , m_last12Months(new QPushButton(this))
    , m_refresh(new QPushButton(this))
    , m_export(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_exportOutcome(new QLabel(this))
    , m_issued(new AnalyticsTile(this))
    , m_redeemed(new AnalyticsTile(this))
    , m_customers(new AnalyticsTile(this))
    , m_averageBill(new AnalyticsTile(this))
    , m_weeklyFootfall(chartView(QStringLiteral("weeklyFootfall"), this))
    , m_monthlyFootfall(chartView(QStringLiteral("monthlyFootfall"), this))
    , m_coins(chartView(QStringLiteral("coinsChart"), this))
    , m_requery(new QTimer(this))
{
    m_last7Days->setObjectName(QStringLiteral("last7Days"));
    m_last4Weeks->setObjectName(QStringLiteral("last4Weeks"));
    m_thisMonth->setObjectName(QStringLiteral("thisMonth"));
    m_last12Months->setObjectName(QStringLiteral("last12Months"));
    m_refresh->setObjectName(QStringLiteral("refresh"));
    m_export->setObjectName(QStringLiteral("export"));
    m_status->setObjectName(QStringLiteral("status"));
    m_exportOutcome->setObjectName(QStringLiteral("exportOutcome"));
    m_issued->setObjectName(QStringLiteral("tileIssued"));
    m_redeemed->setObjectName(QStringLiteral("tileRedeemed"));
    m_customers->setObjectName(QStringLiteral("tileCustomers"));
    m_averageBill->setObjectName(QStringLiteral("tileAverageBill"));
    m_status->setWordWrap(true);
    m_exportOutcome->setWordWrap(true);
    m_fromLabel->setBuddy(m_from);
    m_toLabel->setBuddy(m_to);
    m_export->setEnabled(false);

    auto* range = new QHBoxLayout();
    range->addWidget(m_fromLabel);
    range->addWidget(m_from);
    range->addWidget(m_toLabel);
    range->addWidget(m_to);
    for (QPushButton* preset : {m_last7Days, m_last4Weeks, m_thisMonth, m_last12Months}) {
        range->addWidget(preset);
    }
    range->addStretch();
    auto* actions = new QHBoxLayout();
    actions->addWidget(m_status, 1);
    actions->addWidget(m_refresh);
    actions->addWidget(m_export);

    auto* tiles = new QHBoxLayout();
    for (AnalyticsTile* tile : {m_issued, m_redeemed, m_customers, m_averageBill}) {
        tiles->addWidget(tile, 1);
    }

    auto* charts = new QGridLayout();
    charts->addWidget(m_weeklyFootfall, 0, 0);
    charts->addWidget(m_monthlyFootfall, 0, 1);
    charts->addWidget(m_coins, 1, 0, 1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(range);
    layout->addLayout(actions);
    layout->addWidget(m_exportOutcome);
    layout->addLayout(tiles);
    layout->addLayout(charts, 1);

    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_last7Days);
    setTabOrder(m_last7Days, m_last4Weeks);
    setTabOrder(m_last4Weeks, m_thisMonth);
    setTabOrder(m_thisMonth, m_last12Months);
    setTabOrder(m_last12Months, m_refresh);
    setTabOrder(m_refresh, m_export);

    const auto presetKeys = {
        std::pair{m_last7Days, AnalyticsRanges::Preset::Last7Days},
        std::pair{m_last4Weeks, AnalyticsRanges::Preset::Last4Weeks},
        std::pair{m_thisMonth, AnalyticsRanges::Preset::ThisMonth},
        std::pair{m_last12Months, AnalyticsRanges::Preset::Last12Months},
    };
    int key = Qt::Key_1;
    for (const auto& [button, preset] : presetKeys) {
        connect(button, &QPushButton::clicked, this, [this, preset = preset] { applyPreset(preset); });
        auto* shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(key++)), this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, button, &QPushButton::click);
    }
    connect(m_refresh, &QPushButton::clicked, this, &AnalyticsScreen::refresh);
    connect(m_export, &QPushButton::clicked, this, &AnalyticsScreen::chooseExportPath);
    auto* refreshKey = new QShortcut(QKeySequence(Qt::Key_F5), this);
    refreshKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(refreshKey, &QShortcut::activated, this, &AnalyticsScreen::refresh);
    auto* exportKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_E), this);
    exportKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(exportKey, &QShortcut::activated, m_export, &QPushButton::click);

    m_requery->setSingleShot(true);
    m_requery->setInterval(kRequeryDelayMs);
    connect(m_requery, &QTimer::timeout, this, &AnalyticsScreen::refresh);
    connect(m_from, &QDateEdit::dateChanged, m_requery, qOverload<>(&QTimer::start));
    connect(m_to, &QDateEdit::dateChanged, m_requery, qOverload<>(&QTimer::start));

    const AnalyticsRanges::Span opening =
        AnalyticsRanges::preset(AnalyticsRanges::Preset::Last4Weeks, core::IndiaTime::dayOf(m_clock.now()));
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_from->setDate(opening.from);
    m_to->setDate(opening.to);
    retranslate();
}

void AnalyticsScreen::setMerchant(const sync::MerchantProfile& merchant)
{
    m_shopName = merchant.businessName;
}

void AnalyticsScreen::applyPreset(AnalyticsRanges::Preset preset)
{
    const AnalyticsRanges::Span span = AnalyticsRanges::preset(preset, core::IndiaTime::dayOf(m_clock.now()));
    setRange(span.from, span.to);
}

void AnalyticsScreen::setRange(QDate from, QDate to)
{
    {
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_from->setDate(from);
        m_to->setDate(to);
    }
    refresh();
}

void AnalyticsScreen::refresh()
{
    m_requery->stop();
    const QDate today = core::IndiaTime::dayOf(m_clock.now());
    {
        // A date past today is pulled back to it here, which is no reason to ask again later.
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_from->setMaximumDate(today);
        m_to->setMaximumDate(today);
    }
    const QDate from = m_from->date();
    const QDate to = m_to->date();
    const quint64 generation = ++m_generation;
    if (from > to) {
        m_error.reset();
        setState(State::Failed);
        return;
    }
    m_pending = {};
    const core::Granularity lines = AnalyticsRanges::lineGranularity(from, to);
    QList<core::Granularity> asked{core::Granularity::Week, core::Granularity::Month};
    if (lines == core::Granularity::Day) {
        asked.append(lines);
    }
    m_awaiting = static_cast<int>(asked.size());
    setState(State::Loading);
    for (const core::Granularity granularity : asked) {
        m_api.merchantAnalytics(
            {from, to, granularity}, this,
            [this, generation, granularity](const core::Result<sync::MerchantAnalytics>& answer) {
                onAnswer(generation, granularity, answer);
            });
    }
}

void AnalyticsScreen::onAnswer(quint64 generation, core::Granularity granularity,
                               const core::Result<sync::MerchantAnalytics>& answer)
{
    if (generation != m_generation) {
        return;
    }
    if (!answer) {
        ++m_generation; // the other answers of this load no longer matter
        m_error = answer.error();
        qCInfo(lcUi) << "analytics not loaded:" << answer.error().code << answer.error().message;
        setState(sync::ApiClient::isOutage(answer.error()) ? State::Offline : State::Failed);
        return;
    }
    switch (granularity) {
    case core::Granularity::Day:
        m_pending.lines = *answer;
        break;
    case core::Granularity::Week:
        m_pending.weekly = *answer;
        if (AnalyticsRanges::lineGranularity(answer->range.from, answer->range.to) ==
            core::Granularity::Week) {
            m_pending.lines = *answer;
        }
        break;
    case core::Granularity::Month:
        m_pending.monthly = *answer;
        break;
    }
    if (--m_awaiting > 0) {
        return;
    }
    m_pending.fetchedAt = m_clock.now();
    m_snapshot = m_pending;
    m_error.reset();
    render();
    setState(nothingHappened(m_snapshot->weekly) ? State::Empty : State::Ready);
}

void AnalyticsScreen::setState(State state)
{
    m_state = state;
    renderStatus();
    m_export->setEnabled(m_snapshot.has_value() && !m_exporting);
}

void AnalyticsScreen::exportReport(const QString& path)
{
    if (!m_snapshot) {
        m_exportError = core::Error::invalid(QStringLiteral("nothing_to_export"),
                                             tr("There are no figures to export yet."));
        renderExportOutcome();
        Q_EMIT reportFailed(*m_exportError);
        return;
    }
    // Texts and charts are laid out here, on the GUI thread; the worker only paints them.
    AnalyticsReport report(m_shopName, *m_snapshot, m_clock.now());
    m_exporting = true;
    m_exportError.reset();
    m_exportedPath.clear();
    m_export->setEnabled(false);
    renderExportOutcome();
    auto* watcher = new QFutureWatcher<core::Status>(this);
    connect(watcher, &QFutureWatcher<core::Status>::finished, this, [this, watcher, path] {
        const core::Status written = watcher->result();
        watcher->deleteLater();
        m_exporting = false;
        m_export->setEnabled(m_snapshot.has_value());
        if (written) {
            m_exportedPath = path;
        } else {
            m_exportError = written.error();
            qCWarning(lcUi) << "analytics report not written:" << written.error().message;
        }
        renderExportOutcome();
        if (written) {
            Q_EMIT reportWritten(path);
        } else {
            Q_EMIT reportFailed(written.error());
        }
    });
    watcher->setFuture(QtConcurrent::run([report = std::move(report), path] { return report.write(path); }));
}

void AnalyticsScreen::chooseExportPath()
{
    if (!m_snapshot || m_exporting) {
        return;
    }
    const QString suggested =
        QDir::home().filePath(QStringLiteral("baartal-analytics-%1-%2.pdf")
                                  .arg(m_snapshot->weekly.range.from.toString(Qt::ISODate),
                                       m_snapshot->weekly.range.to.toString(Qt::ISODate)));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export analytics report"), suggested,
                                                      tr("PDF documents (*.pdf)"));
    if (!path.isEmpty()) {
        exportReport(path);
    }
}

void AnalyticsScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void AnalyticsScreen::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_state == State::Idle) {
        refresh();
    }
}

void AnalyticsScreen::retranslate()
{
    // The dates follow the language's locale as the charts do.
    m_from->setLocale(QLocale());
    m_to->setLocale(QLocale());
    m_fromLabel->setText(tr("&From"));
    m_toLabel->setText(tr("&To"));
    m_last7Days->setText(tr("Last &7 days"));
    m_last4Weeks->setText(tr("Last &4 weeks"));
    m_thisMonth->setText(tr("This &month"));
    m_last12Months->setText(tr("Last 1&2 months"));
    m_refresh->setText(tr("&Refresh"));
    m_export->setText(tr("&Export PDF…"));
    m_last7Days->setToolTip(QKeySequence(Qt::CTRL | Qt::Key_1).toString(QKeySequence::NativeText));
    m_last4Weeks->setToolTip(QKeySequence(Qt::CTRL | Qt::Key_2).toString(QKeySequence::NativeText));
    m_thisMonth->setToolTip(QKeySequence(Qt::CTRL | Qt::Key_3).toString(QKeySequence::NativeText));
    m_last12Months->setToolTip(QKeySequence(Qt::CTRL | Qt::Key_4).toString(QKeySequence::NativeText));
    m_refresh->setToolTip(QKeySequence(Qt::Key_F5).toString(QKeySequence::NativeText));
    m_export->setToolTip(QKeySequence(Qt::CTRL | Qt::Key_E).toString(QKeySequence::NativeText));
    render();
    renderStatus();
    renderExportOutcome();
}

void AnalyticsScreen::render()
{
    const QList<AnalyticsTile*> tiles{m_issued, m_redeemed, m_customers, m_averageBill};
    const QList<AnalyticsTexts::Tile> texts =
        AnalyticsTexts::tiles(m_snapshot ? m_snapshot->weekly : sync::MerchantAnalytics());
    for (qsizetype i = 0; i < tiles.size(); ++i) {
        tiles[i]->setTitle(texts[i].title);
        tiles[i]->setValue(m_snapshot ? texts[i].value : QStringLiteral("—"));
        tiles[i]->setDetail(m_snapshot ? texts[i].detail : QString());
    }
    if (!m_snapshot) {
        return;
    }
    replaceChart(m_weeklyFootfall, AnalyticsCharts::footfall(m_snapshot->weekly));
    replaceChart(m_monthlyFootfall, AnalyticsCharts::footfall(m_snapshot->monthly));
    replaceChart(m_coins, AnalyticsCharts::coins(m_snapshot->lines));
}

void AnalyticsScreen::replaceChart(QChartView* view, QChart* chart)
{
    QChart* old = view->chart();
    view->setChart(chart); // the view lets go of the old chart without deleting it
    delete old;
}

void AnalyticsScreen::renderStatus()
{
    QString text;
    const QString shown =
        m_snapshot
            ? tr("Showing the figures for %1 as of %2.")
                  .arg(AnalyticsTexts::range(m_snapshot->weekly.range.from, m_snapshot->weekly.range.to),
                       AnalyticsTexts::time(m_snapshot->fetchedAt))
            : QString();
    switch (m_state) {
    case State::Idle:
    case State::Ready:
        text =
            m_snapshot ? tr("Figures as of %1.").arg(AnalyticsTexts::time(m_snapshot->fetchedAt)) : QString();
        break;
    case State::Loading:
        text = tr("Loading the figures from the server…");
        break;
    case State::Empty:
        text = tr("No sales or scans at the shop between %1.")
                   .arg(AnalyticsTexts::range(m_snapshot->weekly.range.from, m_snapshot->weekly.range.to));
        break;
    case State::Offline:
        text = tr("Offline: the server cannot be reached, so the figures could not be updated.");
        break;
    case State::Failed:
        text = m_error ? tr("The figures could not be loaded: %1").arg(m_error->message)
                       : tr("The first day is after the last day.");
        break;
    }
    if ((m_state == State::Offline || m_state == State::Failed) && !shown.isEmpty()) {
        text += QLatin1Char(' ') + shown;
    }
    m_status->setText(text);
    m_status->setStyleSheet(m_state == State::Offline || m_state == State::Failed
                                ? QStringLiteral("color: #8a5a00;")
                                : QString());
}

void AnalyticsScreen::renderExportOutcome()
{
    QString text;
    if (m_exporting) {
        text = tr("Writing the report…");
    } else if (m_exportError) {
        text = m_exportError->message;
    } else if (!m_exportedPath.isEmpty()) {
        text = tr("Report saved to %1.").arg(QDir::toNativeSeparators(m_exportedPath));
    }
    m_exportOutcome->setText(text);
    m_exportOutcome->setVisible(!text.isEmpty());
}

} // namespace baartal::ui
