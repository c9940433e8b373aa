#include "ui/admin/bundles_tab.h"

#include "core/money/indian_grouping.h"
#include "sync/client/api_client.h"
#include "ui/admin/admin_problem_text.h"
#include "ui/ui_log.h"

#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace baartal::ui {

namespace {

constexpr int kColumns = 5;

} // namespace

BundlesTab::BundlesTab(sync::ApiClient& api, QWidget* parent)
    : QWidget(parent)
    , m_api(api)
    , m_table(new QTableWidget(0, kColumns, this))
    , m_previous(new QPushButton(this))
    , m_next(new QPushButton(this))
    , m_pageText(new QLabel(this))
    , m_newGroup(new QGroupBox(this))
    , m_newPincodeLabel(new QLabel(this))
    , m_newPincode(new QLineEdit(this))
    , m_newNameLabel(new QLabel(this))
    , m_newName(new QLineEdit(this))
    , m_create(new QPushButton(this))
    , m_editGroup(new QGroupBox(this))
    , m_editNameLabel(new QLabel(this))
    , m_editName(new QLineEdit(this))
    , m_active(new QCheckBox(this))
    , m_save(new QPushButton(this))
    , m_status(new QLabel(this))
{
    m_table->setObjectName(QStringLiteral("table"));
    m_previous->setObjectName(QStringLiteral("previous"));
    m_next->setObjectName(QStringLiteral("next"));
    m_pageText->setObjectName(QStringLiteral("page"));
    m_newPincode->setObjectName(QStringLiteral("newPincode"));
    m_newName->setObjectName(QStringLiteral("newName"));
    m_create->setObjectName(QStringLiteral("create"));
    m_editName->setObjectName(QStringLiteral("editName"));
    m_active->setObjectName(QStringLiteral("active"));
    m_save->setObjectName(QStringLiteral("save"));
    m_status->setObjectName(QStringLiteral("status"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_newPincode->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[1-9][0-9]{0,5}")), m_newPincode));
    m_newPincode->setMaxLength(6);
    m_newName->setMaxLength(80);
    m_editName->setMaxLength(80);
    m_newPincodeLabel->setBuddy(m_newPincode);
    m_newNameLabel->setBuddy(m_newName);
    m_editNameLabel->setBuddy(m_editName);
    m_status->setWordWrap(true);

    auto* newForm = new QFormLayout(m_newGroup);
    newForm->addRow(m_newPincodeLabel, m_newPincode);
    newForm->addRow(m_newNameLabel, m_newName);
    newForm->addRow(QString(), m_create);
    auto* editForm = new QFormLayout(m_editGroup);
    editForm->addRow(m_editNameLabel, m_editName);
    editForm->addRow(QString(), m_active);
    editForm->addRow(QString(), m_save);
    auto* forms = new QVBoxLayout;
    forms->addWidget(m_newGroup);
    forms->addWidget(m_editGroup);
    forms->addStretch();
    auto* pager = new QHBoxLayout;
    pager->addWidget(m_previous);
    pager->addWidget(m_pageText);
    pager->addWidget(m_next);
    pager->addStretch();
    auto* left = new QVBoxLayout;
    left->addWidget(m_table, 1);
    left->addLayout(pager);
    auto* middle = new QHBoxLayout;
    middle->addLayout(left, 2);
    middle->addLayout(forms, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(middle, 1);
    layout->addWidget(m_status);
    setTabOrder(m_table, m_editName);
    setTabOrder(m_editName, m_active);
    setTabOrder(m_active, m_save);
    setTabOrder(m_save, m_newPincode);
    setTabOrder(m_newPincode, m_newName);
    setTabOrder(m_newName, m_create);
    setTabOrder(m_create, m_previous);
    setTabOrder(m_previous, m_next);

    connect(m_table, &QTableWidget::currentCellChanged, this, &BundlesTab::showSelected);
    connect(m_create, &QPushButton::clicked, this, &BundlesTab::create);
    connect(m_newName, &QLineEdit::returnPressed, this, &BundlesTab::create);
    connect(m_save, &QPushButton::clicked, this, &BundlesTab::save);
    connect(m_editName, &QLineEdit::returnPressed, this, &BundlesTab::save);
    connect(m_previous, &QPushButton::clicked, this, [this] { load(m_page.page.page - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { load(m_page.page.page + 1); });
    auto* newBundle = new QShortcut(QKeySequence::New, this);
    newBundle->setContext(Qt::WidgetWithChildrenShortcut);
    connect(newBundle, &QShortcut::activated, m_newPincode, qOverload<>(&QWidget::setFocus));
    auto* refresh = new QShortcut(QKeySequence(Qt::Key_F5), this);
    refresh->setContext(Qt::WidgetWithChildrenShortcut);
    connect(refresh, &QShortcut::activated, this, &BundlesTab::reload);
    // The tab's first field takes the focus when the tab is chosen.
    setFocusProxy(m_table);
    retranslate();
    reload();
}

void BundlesTab::reload()
{
    load(m_page.page.page);
}

void BundlesTab::load(int page)
{
    m_state = State::Loading;
    render();
    const quint64 request = ++m_request;
    m_api.adminBundles(page, kPageSize, this,
                       [this, request](const core::Result<sync::AdminBundlePage>& answer) {
                           if (request == m_request) {
                               onLoaded(answer);
                           }
                       });
}

void BundlesTab::onLoaded(const core::Result<sync::AdminBundlePage>& answer)
{
    if (!answer) {
        qCInfo(lcUi) << "bundles did not load:" << answer.error().code;
        m_state = State::Failed;
        m_error = answer.error();
        render();
        return;
    }
    const QString keep = !m_selectAfterLoad.isEmpty() ? std::exchange(m_selectAfterLoad, {})
                                                      : (selected() ? selected()->id : QString());
    m_page = *answer;
    m_state = State::Loaded;
    m_table->setRowCount(static_cast<int>(m_page.bundles.size()));
    int row = m_page.bundles.isEmpty() ? -1 : 0;
    for (int i = 0; i < m_page.bundles.size(); ++i) {
        for (int column = 0; column < kColumns; ++column) {
            m_table->setItem(i, column, new QTableWidgetItem);
        }
        if (m_page.bundles[i].id == keep) {
            row = i;
        }
    }
    render();
    m_table->setCurrentCell(row, 0);
    showSelected();
}

const sync::AdminBundle* BundlesTab::selected() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_page.bundles.size() && m_table->rowCount() == m_page.bundles.size()
               ? &m_page.bundles[row]
               : nullptr;
}

void BundlesTab::showSelected()
{
    const sync::AdminBundle* bundle = selected();
    m_editGroup->setEnabled(bundle && m_state == State::Loaded);
    m_editName->setText(bundle ? bundle->name : QString());
    m_active->setChecked(bundle && bundle->active);
}

void BundlesTab::create()
{
    const QString pincode = m_newPincode->text().trimmed();
    const QString name = m_newName->text().trimmed();
    if (pincode.size() != 6) {
        m_outcome = Outcome::None;
        m_status->setText(
            AdminProblemText::forError({core::ErrorKind::Invalid, QStringLiteral("invalid_pincode"), {}}));
        m_newPincode->setFocus();
        return;
    }
    if (name.isEmpty()) {
        m_outcome = Outcome::None;
        m_status->setText(tr("Give the new bundle a name, such as the neighbourhood."));
        m_newName->setFocus();
        return;
    }
    m_state = State::Saving;
    render();
    m_api.createBundle(pincode, name, this, [this](const core::Result<sync::AdminBundle>& answer) {
        onChanged(answer, Outcome::Created);
    });
}

void BundlesTab::save()
{
    const sync::AdminBundle* bundle = selected();
    if (!bundle || m_state != State::Loaded) {
        return;
    }
    const QString name = m_editName->text().trimmed();
    if (name.isEmpty()) {
        m_outcome = Outcome::None;
        m_status->setText(tr("A bundle needs a name."));
        m_editName->setFocus();
        return;
    }
    m_state = State::Saving;
    render();
    m_api.updateBundle(
        bundle->id, name, m_active->isChecked(), this,
        [this](const core::Result<sync::AdminBundle>& answer) { onChanged(answer, Outcome::Saved); });
}

void BundlesTab::onChanged(const core::Result<sync::AdminBundle>& answer, Outcome outcome)
{
    m_state = State::Loaded;
    if (!answer) {
        qCInfo(lcUi) << "bundle change refused:" << answer.error().code;
        m_outcome = Outcome::Refused;
        m_error = answer.error();
        render();
        return;
    }
    m_outcome = outcome;
    m_changed = *answer;
    if (outcome == Outcome::Created) {
        m_newPincode->clear();
        m_newName->clear();
    }
    m_selectAfterLoad = answer->id;
    reload();
    m_table->setFocus();
}

void BundlesTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void BundlesTab::retranslate()
{
    m_table->setHorizontalHeaderLabels(
        {tr("Bundle"), tr("Pincode"), tr("Shops"), tr("Categories"), tr("Status")});
    m_previous->setText(tr("&Previous"));
    m_next->setText(tr("&Next"));
    m_newGroup->setTitle(tr("New bundle (Ctrl+N)"));
    m_newPincodeLabel->setText(tr("Pin&code:"));
    m_newName->setPlaceholderText(tr("e.g. Dadar West"));
    m_newNameLabel->setText(tr("Na&me:"));
    m_create->setText(tr("&Create bundle"));
    m_editGroup->setTitle(tr("Chosen bundle"));
    m_editNameLabel->setText(tr("&Name:"));
    m_active->setText(tr("&Active (shown to customers, takes new shops)"));
    m_save->setText(tr("&Save changes"));
    render();
}

void BundlesTab::render()
{
    for (int row = 0; row < m_table->rowCount() && row < m_page.bundles.size(); ++row) {
        const sync::AdminBundle& bundle = m_page.bundles[row];
        const QStringList cells{
            bundle.name, bundle.pincode, core::groupIndian(static_cast<quint64>(bundle.shopsCount)),
            bundle.categories.join(QStringLiteral(", ")), bundle.active ? tr("Active") : tr("Inactive")};
        for (int column = 0; column < kColumns; ++column) {
            m_table->item(row, column)->setText(cells[column]);
        }
    }
    const bool loaded = m_state == State::Loaded;
    m_previous->setEnabled(loaded && m_page.page.page > 1);
    m_next->setEnabled(loaded && m_page.page.page < m_page.page.pageCount());
    m_create->setEnabled(m_state != State::Saving);
    m_editGroup->setEnabled(loaded && selected());
    m_pageText->setText(
        tr("Page %1 of %2")
            .arg(core::groupIndian(m_page.page.page), core::groupIndian(m_page.page.pageCount())));
    switch (m_state) {
    case State::Loading:
        m_status->setText(tr("Loading…"));
        return;
    case State::Saving:
        m_status->setText(tr("Saving…"));
        return;
    case State::Failed:
        m_status->setText(AdminProblemText::forError(m_error));
        return;
    case State::Loaded:
        renderOutcome();
        return;
    }
}

void BundlesTab::renderOutcome()
{
    switch (m_outcome) {
    case Outcome::Created:
        m_status->setText(tr("Bundle %1 is open in %2.").arg(m_changed.name, m_changed.pincode));
        return;
    case Outcome::Saved:
        m_status->setText(m_changed.active ? tr("Bundle %1 is saved and active.").arg(m_changed.name)
                                           : tr("Bundle %1 is saved and inactive.").arg(m_changed.name));
        return;
    case Outcome::Refused:
        m_status->setText(AdminProblemText::forError(m_error));
        return;
    case Outcome::None:
        m_status->setText(
            m_page.bundles.isEmpty()
                ? tr("No bundles yet. Open the first one on the right.")
                : tr("Bundles: %1").arg(core::groupIndian(static_cast<quint64>(m_page.page.total))));
        return;
    }
}

} // namespace baartal::ui
