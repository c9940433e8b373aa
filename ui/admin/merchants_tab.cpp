#include "ui/admin/merchants_tab.h"

#include "core/money/indian_grouping.h"
#include "sync/client/api_client.h"
#include "ui/admin/admin_problem_text.h"
#include "ui/ui_log.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace baartal::ui {

namespace {

const QStringList kStates{QString(), QStringLiteral("pending"), QStringLiteral("approved"),
                          QStringLiteral("rejected")};
constexpr int kColumns = 6;

} // namespace

MerchantsTab::MerchantsTab(sync::ApiClient& api, QWidget* parent)
    : QWidget(parent)
    , m_api(api)
    , m_searchLabel(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_stateLabel(new QLabel(this))
    , m_state(new QComboBox(this))
    , m_table(new QTableWidget(0, kColumns, this))
    , m_previous(new QPushButton(this))
    , m_next(new QPushButton(this))
    , m_pageText(new QLabel(this))
    , m_status(new QLabel(this))
    , m_typing(new QTimer(this))
{
    m_search->setObjectName(QStringLiteral("search"));
    m_state->setObjectName(QStringLiteral("state"));
    m_table->setObjectName(QStringLiteral("table"));
    m_previous->setObjectName(QStringLiteral("previous"));
    m_next->setObjectName(QStringLiteral("next"));
    m_pageText->setObjectName(QStringLiteral("page"));
    m_status->setObjectName(QStringLiteral("status"));
    m_search->setClearButtonEnabled(true);
    m_searchLabel->setBuddy(m_search);
    m_stateLabel->setBuddy(m_state);
    for (int i = 0; i < kStates.size(); ++i) {
        m_state->addItem(QString());
    }
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_status->setWordWrap(true);
    m_typing->setSingleShot(true);
    m_typing->setInterval(400);

    auto* top = new QHBoxLayout;
    top->addWidget(m_searchLabel);
    top->addWidget(m_search, 1);
    top->addWidget(m_stateLabel);
    top->addWidget(m_state);
    auto* pager = new QHBoxLayout;
    pager->addWidget(m_previous);
    pager->addWidget(m_pageText);
    pager->addWidget(m_next);
    pager->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(pager);
    layout->addWidget(m_status);
    setTabOrder(m_search, m_state);
    setTabOrder(m_state, m_table);
    setTabOrder(m_table, m_previous);
    setTabOrder(m_previous, m_next);

    connect(m_search, &QLineEdit::textEdited, m_typing, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &MerchantsTab::reload);
    connect(m_typing, &QTimer::timeout, this, &MerchantsTab::reload);
    connect(m_state, &QComboBox::currentIndexChanged, this, &MerchantsTab::reload);
    connect(m_previous, &QPushButton::clicked, this, [this] { load(m_page.page.page - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { load(m_page.page.page + 1); });
    for (const auto& [key, step] : {std::pair{Qt::Key_PageUp, -1}, std::pair{Qt::Key_PageDown, 1}}) {
        auto* shortcut = new QShortcut(QKeySequence(key), this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, step = step] {
            const int target = m_page.page.page + step;
            if (m_loadState == State::Loaded && target >= 1 && target <= m_page.page.pageCount()) {
                load(target);
            }
        });
    }
    auto* refresh = new QShortcut(QKeySequence(Qt::Key_F5), this);
    refresh->setContext(Qt::WidgetWithChildrenShortcut);
    connect(refresh, &QShortcut::activated, this, &MerchantsTab::reload);
    // The tab's first field takes the focus when the tab is chosen.
    setFocusProxy(m_search);
    retranslate();
    reload();
}

void MerchantsTab::reload()
{
    m_typing->stop();
    load(1);
}

void MerchantsTab::load(int page)
{
    m_loadState = State::Loading;
    render();
    const sync::AdminMerchantQuery query{kStates.value(m_state->currentIndex()), m_search->text(), page,
                                         kPageSize};
    const quint64 request = ++m_request;
    m_api.adminMerchants(query, this, [this, request](const core::Result<sync::AdminMerchantPage>& answer) {
        if (request == m_request) {
            onLoaded(answer);
        }
    });
}

void MerchantsTab::onLoaded(const core::Result<sync::AdminMerchantPage>& answer)
{
    if (!answer) {
        qCInfo(lcUi) << "shops did not load:" << answer.error().code;
        m_loadState = State::Failed;
        m_error = answer.error();
        render();
        return;
    }
    m_page = *answer;
    m_loadState = State::Loaded;
    m_table->setRowCount(static_cast<int>(m_page.merchants.size()));
    for (int row = 0; row < m_page.merchants.size(); ++row) {
        for (int column = 0; column < kColumns; ++column) {
            m_table->setItem(row, column, new QTableWidgetItem);
        }
    }
    render();
}

QString MerchantsTab::stateText(const QString& state) const
{
    if (state == QLatin1String("approved")) {
        return tr("Approved");
    }
    if (state == QLatin1String("rejected")) {
        return tr("Rejected");
    }
    return tr("Waiting for approval");
}

void MerchantsTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void MerchantsTab::retranslate()
{
    m_searchLabel->setText(tr("&Search:"));
    m_search->setPlaceholderText(tr("Shop name, owner's phone or pincode"));
    m_stateLabel->setText(tr("S&tate:"));
    m_state->setItemText(0, tr("All"));
    m_state->setItemText(1, tr("Waiting for approval"));
    m_state->setItemText(2, tr("Approved"));
    m_state->setItemText(3, tr("Rejected"));
    m_table->setHorizontalHeaderLabels(
        {tr("Shop"), tr("Category"), tr("Pincode"), tr("Owner's login"), tr("State"), tr("Coins per ₹100")});
    m_previous->setText(tr("&Previous (PgUp)"));
    m_next->setText(tr("&Next (PgDn)"));
    render();
}

void MerchantsTab::render()
{
    for (int row = 0; row < m_table->rowCount() && row < m_page.merchants.size(); ++row) {
        const sync::AdminMerchant& shop = m_page.merchants[row];
        const QStringList cells{shop.businessName, shop.category,         shop.pincode,
                                shop.ownerLogin,   stateText(shop.state), QString::number(shop.issueRate)};
        for (int column = 0; column < kColumns; ++column) {
            m_table->item(row, column)->setText(cells[column]);
        }
    }
    const bool loaded = m_loadState == State::Loaded;
    m_previous->setEnabled(loaded && m_page.page.page > 1);
    m_next->setEnabled(loaded && m_page.page.page < m_page.page.pageCount());
    m_pageText->setText(
        tr("Page %1 of %2")
            .arg(core::groupIndian(m_page.page.page), core::groupIndian(m_page.page.pageCount())));
    switch (m_loadState) {
    case State::Loading:
        m_status->setText(tr("Loading…"));
        break;
    case State::Failed:
        m_status->setText(AdminProblemText::forError(m_error));
        break;
    case State::Loaded:
        m_status->setText(
            m_page.page.total == 0
                ? tr("No shop matches.")
                : tr("Shops found: %1").arg(core::groupIndian(static_cast<quint64>(m_page.page.total))));
        break;
    }
}

} // namespace baartal::ui
