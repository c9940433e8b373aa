#include "ui/history/history_screen.h"

#include "core/time/india_time.h"
#include "sync/client/api_client.h"
#include "ui/history/history_export.h"
#include "ui/history/history_table_model.h"
#include "ui/ui_log.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

namespace baartal::ui {

namespace {

constexpr int kAllTypes = -1;
constexpr int kPageSize = 50;

QDate indiaToday()
{
    return core::IndiaTime::dayOf(QDateTime::currentDateTimeUtc());
}

QDateEdit* dateEdit(const QString& name, QWidget* parent)
{
    auto* edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    return edit;
}

QPushButton* button(const QString& name, QWidget* parent)
{
    auto* push = new QPushButton(parent);
    push->setObjectName(name);
    push->setAutoDefault(false);
    return push;
}

} // namespace

HistoryScreen::HistoryScreen(sync::ApiClient& api, QWidget* parent)
    : QWidget(parent)
    , m_api(api)
    , m_model(new HistoryTableModel(this))
{
    auto* filters = new QWidget(this);
    filters->setObjectName(QStringLiteral("historyFilters"));
    m_fromLabel = new QLabel(filters);
    m_from = dateEdit(QStringLiteral("historyFrom"), filters);
    m_toLabel = new QLabel(filters);
    m_to = dateEdit(QStringLiteral("historyTo"), filters);
    m_today = button(QStringLiteral("historyToday"), filters);
    m_lastWeek = button(QStringLiteral("historyLastSevenDays"), filters);
    m_thisMonth = button(QStringLiteral("historyThisMonth"), filters);
    m_customerLabel = new QLabel(filters);
    m_customer = new QLineEdit(filters);
    m_customer->setObjectName(QStringLiteral("historyCustomer"));
    m_customer->setClearButtonEnabled(true);
    m_typeLabel = new QLabel(filters);
    m_type = new QComboBox(filters);
    m_type->setObjectName(QStringLiteral("historyType"));
    m_type->addItem(QString(), kAllTypes);
    for (const core::TransactionType type :
         {core::TransactionType::Earn, core::TransactionType::Spend, core::TransactionType::Void}) {
        m_type->addItem(QString(), static_cast<int>(type));
    }
    m_search = button(QStringLiteral("historySearch"), filters);
    m_fromLabel->setBuddy(m_from);
    m_toLabel->setBuddy(m_to);
    m_customerLabel->setBuddy(m_customer);
    m_typeLabel->setBuddy(m_type);

    auto* filterLayout = new QGridLayout(filters);
    filterLayout->setContentsMargins(0, 0, 0, 0);
    filterLayout->addWidget(m_fromLabel, 0, 0);
    filterLayout->addWidget(m_from, 0, 1);
    filterLayout->addWidget(m_toLabel, 0, 2);
    filterLayout->addWidget(m_to, 0, 3);
    auto* presets = new QHBoxLayout;
    presets->addWidget(m_today);
    presets->addWidget(m_lastWeek);
    presets->addWidget(m_thisMonth);
    filterLayout->addLayout(presets, 0, 4, 1, 2);
    filterLayout->addWidget(m_customerLabel, 1, 0);
    filterLayout->addWidget(m_customer, 1, 1, 1, 3);
    filterLayout->addWidget(m_typeLabel, 1, 4);
    filterLayout->addWidget(m_type, 1, 5);
    filterLayout->addWidget(m_search, 1, 6);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("historyStatus"));
    m_status->setWordWrap(true);
    m_loadMore = button(QStringLiteral("historyLoadMore"), this);
    m_export = button(QStringLiteral("historyExport"), this);
    m_exportProgress = new QProgressBar(this);
    m_exportProgress->setObjectName(QStringLiteral("historyExportProgress"));
    m_cancelExport = button(QStringLiteral("historyCancelExport"), this);
    m_exportStatus = new QLabel(this);
    m_exportStatus->setObjectName(QStringLiteral("historyExportStatus"));
    m_exportStatus->setWordWrap(true);

    auto* footer = new QHBoxLayout;
    footer->addWidget(m_status, 1);
    footer->addWidget(m_loadMore);
    auto* exportRow = new QHBoxLayout;
    exportRow->addWidget(m_export);
    exportRow->addWidget(m_exportProgress, 1);
    exportRow->addWidget(m_cancelExport);
    exportRow->addWidget(m_exportStatus, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(footer);
    layout->addLayout(exportRow);

    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_customer);
    setTabOrder(m_customer, m_type);
    setTabOrder(m_type, m_search);
    setTabOrder(m_search, m_table);
    setTabOrder(m_table, m_loadMore);
    setTabOrder(m_loadMore, m_export);

    // Enter anywhere in the filter bar searches, date fields included, which have no returnPressed.
    for (const QKeySequence& key : {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)}) {
        auto* enter = new QShortcut(key, filters, this, &HistoryScreen::search);
        enter->setContext(Qt::WidgetWithChildrenShortcut);
    }
    auto* exportKey =
        new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_E), this, this, &HistoryScreen::exportCsv);
    exportKey->setContext(Qt::WidgetWithChildrenShortcut);
    auto* findKey = new QShortcut(QKeySequence::Find, this, m_from, qOverload<>(&QWidget::setFocus));
    findKey->setContext(Qt::WidgetWithChildrenShortcut);

    connect(m_search, &QPushButton::clicked, this, &HistoryScreen::search);
    connect(m_loadMore, &QPushButton::clicked, this, &HistoryScreen::loadMore);
    connect(m_export, &QPushButton::clicked, this, &HistoryScreen::exportCsv);
    connect(m_cancelExport, &QPushButton::clicked, this, &HistoryScreen::cancelExport);
    connect(m_today, &QPushButton::clicked, this, [this] { applyPreset(Preset::Today); });
    connect(m_lastWeek, &QPushButton::clicked, this, [this] { applyPreset(Preset::LastSevenDays); });
    connect(m_thisMonth, &QPushButton::clicked, this, [this] { applyPreset(Preset::ThisMonth); });

    const QDate today = indiaToday();
    m_from->setDate(today.addDays(-6));
    m_to->setDate(today);
    retranslate();
    renderState();
}

HistoryScreen::~HistoryScreen() = default;

sync::HistoryQuery HistoryScreen::query() const
{
    sync::HistoryQuery query;
    query.from = m_from->date();
    query.to = m_to->date();
    query.customer = m_customer->text().trimmed();
    if (const int type = m_type->currentData().toInt(); type != kAllTypes) {
        query.type = static_cast<core::TransactionType>(type);
    }
    query.limit = kPageSize;
    return query;
}

bool HistoryScreen::hasMore() const
{
    return m_state == State::Shown && qint64(m_shown.page) * m_shown.limit < m_total;
}

void HistoryScreen::applyPreset(Preset preset)
{
    const QDate today = indiaToday();
    switch (preset) {
    case Preset::Today:
        m_from->setDate(today);
        break;
    case Preset::LastSevenDays:
        m_from->setDate(today.addDays(-6));
        break;
    case Preset::ThisMonth:
        m_from->setDate(QDate(today.year(), today.month(), 1));
        break;
    }
    m_to->setDate(today);
    search();
}

void HistoryScreen::search()
{
    m_model->clear();
    m_total = 0;
    m_shown = query();
    if (m_shown.from > m_shown.to) {
        delete m_request;
        m_state = State::Invalid;
        renderState();
        Q_EMIT pageShown();
        return;
    }
    fetch(m_shown);
}

void HistoryScreen::loadMore()
{
    if (!hasMore() || m_request) {
        return;
    }
    sync::HistoryQuery next = m_shown;
    ++next.page;
    fetch(next);
}

void HistoryScreen::fetch(const sync::HistoryQuery& query)
{
    // A newer request replaces the one in flight: its answer would belong to filters no longer shown.
    delete m_request;
    m_request = new QObject(this);
    m_state = State::Busy;
    renderState();
    m_api.merchantTransactions(query, m_request, [this, query](const core::Result<sync::HistoryPage>& page) {
        m_request->deleteLater();
        m_request = nullptr;
        if (page) {
            m_shown = query;
        }
        onPage(page);
    });
}

void HistoryScreen::onPage(const core::Result<sync::HistoryPage>& page)
{
    if (!page) {
        m_error = page.error();
        m_state = sync::ApiClient::isOutage(m_error) ? State::Offline : State::Failed;
        qCInfo(lcUi) << "history page refused:" << m_error.code;
        m_model->clear();
    } else {
        m_total = page->total;
        m_model->append(page->entries);
        m_state = State::Shown;
    }
    renderState();
    Q_EMIT pageShown();
}

void HistoryScreen::exportCsv()
{
    if (m_exporting) {
        return;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested =
        folder + QStringLiteral("/baartal-history-%1.csv").arg(indiaToday().toString(Qt::ISODate));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export history"), suggested, tr("CSV files (*.csv)"));
    if (!path.isEmpty()) {
        exportTo(path);
    }
}

void HistoryScreen::exportTo(const QString& path)
{
    if (m_exporting) {
        return;
    }
    sync::HistoryQuery filters = query();
    if (filters.from > filters.to) {
        m_state = State::Invalid;
        renderState();
        Q_EMIT exportFinished(core::Error::invalid(QStringLiteral("invalid_date_range"),
                                                   tr("The start date is after the end date.")));
        return;
    }
    m_exportPath = path;
    m_exportResult.reset();
    m_exporting = new HistoryExport(m_api, filters, path, this);
    connect(m_exporting, &HistoryExport::progress, this, [this](qint64 written, qint64 total) {
        m_exportProgress->setMaximum(static_cast<int>(std::min<qint64>(total, INT_MAX)));
        m_exportProgress->setValue(static_cast<int>(std::min<qint64>(written, INT_MAX)));
    });
    connect(m_exporting, &HistoryExport::finished, this, &HistoryScreen::onExportFinished);
    m_exportProgress->setRange(0, 0);
    renderState();
    m_exporting->start();
}

void HistoryScreen::cancelExport()
{
    if (m_exporting) {
        m_exporting->cancel();
    }
}

void HistoryScreen::onExportFinished(const core::Status& status)
{
    m_exportResult = status;
    if (m_exporting) {
        m_exporting->deleteLater();
        m_exporting = nullptr;
    }
    renderState();
    Q_EMIT exportFinished(status);
}

void HistoryScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void HistoryScreen::retranslate()
{
    m_fromLabel->setText(tr("&From"));
    m_toLabel->setText(tr("&To"));
    m_today->setText(tr("T&oday"));
    m_lastWeek->setText(tr("&Last 7 days"));
    m_thisMonth->setText(tr("This mo&nth"));
    m_customerLabel->setText(tr("C&ustomer"));
    m_customer->setPlaceholderText(tr("Mobile number or customer id"));
    m_typeLabel->setText(tr("T&ype"));
    m_type->setItemText(0, tr("All types"));
    for (int i = 1; i < m_type->count(); ++i) {
        m_type->setItemText(
            i, HistoryTableModel::typeText(static_cast<core::TransactionType>(m_type->itemData(i).toInt())));
    }
    m_search->setText(tr("&Search"));
    m_search->setToolTip(tr("Enter in any filter also searches; Ctrl+F goes to the filters."));
    m_loadMore->setText(tr("Load &more"));
    m_export->setText(tr("&Export CSV…"));
    m_export->setToolTip(tr("Every transaction the filters match, all pages (Ctrl+E)."));
    m_cancelExport->setText(tr("&Cancel export"));
    m_model->retranslate();
    renderState();
}

void HistoryScreen::renderState()
{
    const bool busy = m_state == State::Busy;
    m_search->setEnabled(!busy);
    m_loadMore->setEnabled(hasMore() && !busy);
    const QLocale locale;
    switch (m_state) {
    case State::Idle:
        m_status->setText(tr("Choose the days, customer or type, then press Enter to search."));
        break;
    case State::Busy:
        m_status->setText(tr("Loading transactions from the server…"));
        break;
    case State::Shown:
        m_status->setText(m_total == 0
                              ? tr("No transactions match these filters.")
                              : tr("Showing %1 of %2 transactions.")
                                    .arg(locale.toString(m_model->rowCount()), locale.toString(m_total)));
        break;
    case State::Offline:
        m_status->setText(tr("History needs the server, which cannot be reached right now. Sales at the "
                             "counter carry on and appear here once they sync."));
        break;
    case State::Failed:
        m_status->setText(tr("The server refused the search: %1").arg(m_error.message));
        break;
    case State::Invalid:
        m_status->setText(tr("The start date is after the end date."));
        break;
    }

    const bool exporting = !m_exporting.isNull();
    m_export->setEnabled(!exporting);
    m_exportProgress->setVisible(exporting);
    m_cancelExport->setVisible(exporting);
    if (exporting) {
        m_exportStatus->setText(tr("Exporting…"));
    } else if (!m_exportResult) {
        m_exportStatus->clear();
    } else if (*m_exportResult) {
        m_exportStatus->setText(tr("Exported to %1.").arg(m_exportPath));
    } else if (m_exportResult->error().code == QLatin1String("export_cancelled")) {
        m_exportStatus->setText(tr("Export cancelled; no file was written."));
    } else if (sync::ApiClient::isOutage(m_exportResult->error())) {
        m_exportStatus->setText(tr("Export needs the server, which cannot be reached; no file was written."));
    } else {
        m_exportStatus->setText(
            tr("Export failed; no file was written: %1").arg(m_exportResult->error().message));
    }
}

} // namespace baartal::ui
