#include "ui/admin/approvals_tab.h"

#include "core/money/indian_grouping.h"
#include "sync/client/api_client.h"
#include "ui/admin/admin_problem_text.h"
#include "ui/ui_log.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace baartal::ui {

namespace {

// The filter's entries, in order; "" lists every approval.
const QStringList kFilters{QStringLiteral("pending"), QStringLiteral("approved"), QStringLiteral("rejected"),
                           QString()};

void addShortcuts(QWidget* parent, std::initializer_list<QKeySequence> keys, const std::function<void()>& run)
{
    for (const QKeySequence& key : keys) {
        auto* shortcut = new QShortcut(key, parent);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        QObject::connect(shortcut, &QShortcut::activated, parent, run);
    }
}

} // namespace

ApprovalsTab::ApprovalsTab(sync::ApiClient& api, QWidget* parent)
    : QWidget(parent)
    , m_api(api)
    , m_filter(new QComboBox(this))
    , m_list(new QListWidget(this))
    , m_details(new QLabel(this))
    , m_notesLabel(new QLabel(this))
    , m_notes(new QPlainTextEdit(this))
    , m_approve(new QPushButton(this))
    , m_reject(new QPushButton(this))
    , m_reload(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_filterLabel(new QLabel(this))
{
    m_filter->setObjectName(QStringLiteral("filter"));
    m_list->setObjectName(QStringLiteral("queue"));
    m_details->setObjectName(QStringLiteral("details"));
    m_notes->setObjectName(QStringLiteral("notes"));
    m_approve->setObjectName(QStringLiteral("approve"));
    m_reject->setObjectName(QStringLiteral("reject"));
    m_reload->setObjectName(QStringLiteral("reload"));
    m_status->setObjectName(QStringLiteral("status"));
    for (int i = 0; i < kFilters.size(); ++i) {
        m_filter->addItem(QString());
    }
    m_filterLabel->setBuddy(m_filter);
    m_notesLabel->setBuddy(m_notes);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_status->setWordWrap(true);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(90);
    m_list->installEventFilter(this);

    auto* top = new QHBoxLayout;
    top->addWidget(m_filterLabel);
    top->addWidget(m_filter);
    top->addStretch();
    top->addWidget(m_reload);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_reject);
    buttons->addWidget(m_approve);
    auto* right = new QVBoxLayout;
    right->addWidget(m_details, 1);
    right->addWidget(m_notesLabel);
    right->addWidget(m_notes);
    right->addLayout(buttons);
    auto* middle = new QHBoxLayout;
    middle->addWidget(m_list, 1);
    middle->addLayout(right, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(middle, 1);
    layout->addWidget(m_status);
    setTabOrder(m_filter, m_list);
    setTabOrder(m_list, m_notes);
    setTabOrder(m_notes, m_approve);
    setTabOrder(m_approve, m_reject);
    setTabOrder(m_reject, m_reload);

    connect(m_filter, &QComboBox::currentIndexChanged, this, &ApprovalsTab::reload);
    connect(m_list, &QListWidget::currentRowChanged, this, &ApprovalsTab::renderDetails);
    connect(m_approve, &QPushButton::clicked, this, [this] { decide(true); });
    connect(m_reject, &QPushButton::clicked, this, [this] { decide(false); });
    connect(m_reload, &QPushButton::clicked, this, &ApprovalsTab::reload);
    addShortcuts(this, {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)},
                 [this] { decide(true); });
    addShortcuts(this,
                 {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return),
                  QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Enter)},
                 [this] { decide(false); });
    addShortcuts(this, {QKeySequence(Qt::Key_F5)}, [this] { reload(); });
    // The tab's first field takes the focus when the tab is chosen.
    setFocusProxy(m_list);
    retranslate();
    reload();
}

QString ApprovalsTab::statusFilter() const
{
    return kFilters.value(m_filter->currentIndex());
}

void ApprovalsTab::reload()
{
    m_lastDecision.reset();
    m_state = State::Loading;
    render();
    const quint64 request = ++m_request;
    m_api.adminApprovals(statusFilter(), this,
                         [this, request](const core::Result<QList<sync::AdminApproval>>& answer) {
                             if (request == m_request) {
                                 onLoaded(answer);
                             }
                         });
}

void ApprovalsTab::onLoaded(const core::Result<QList<sync::AdminApproval>>& answer)
{
    if (!answer) {
        qCInfo(lcUi) << "approvals did not load:" << answer.error().code;
        m_state = State::Failed;
        m_error = answer.error();
        render();
        return;
    }
    const QString selected = current() ? current()->id : QString();
    m_approvals = *answer;
    m_state = State::Loaded;
    m_list->clear();
    int row = m_approvals.isEmpty() ? -1 : 0;
    for (int i = 0; i < m_approvals.size(); ++i) {
        m_list->addItem(QString());
        if (m_approvals[i].id == selected) {
            row = i;
        }
    }
    render();
    m_list->setCurrentRow(row);
}

const sync::AdminApproval* ApprovalsTab::current() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_approvals.size() && m_list->count() == m_approvals.size() ? &m_approvals[row]
                                                                                         : nullptr;
}

void ApprovalsTab::decide(bool approve)
{
    const sync::AdminApproval* approval = current();
    if (m_state != State::Loaded || !approval) {
        return;
    }
    if (!approval->isPending()) {
        m_status->setText(tr("%1 was decided already.").arg(approval->businessName));
        return;
    }
    const QString notes = m_notes->toPlainText().trimmed();
    if (!approve && notes.isEmpty()) {
        // The shop reads the note: a rejection without a reason leaves them guessing.
        m_status->setText(tr("Write a note saying why the shop is rejected; the shop will read it."));
        m_notes->setFocus();
        return;
    }
    m_state = State::Deciding;
    render();
    m_api.decideApproval(
        approval->id, approve, notes, this,
        [this, approve](const core::Result<sync::AdminApproval>& answer) { onDecided(answer, approve); });
}

void ApprovalsTab::onDecided(const core::Result<sync::AdminApproval>& answer, bool approve)
{
    if (!answer) {
        qCInfo(lcUi) << "approval decision refused:" << answer.error().code;
        m_state = State::Loaded;
        m_error = answer.error();
        render();
        m_status->setText(AdminProblemText::forError(answer.error()));
        if (answer.error().code == QLatin1String("approval_already_decided")) {
            reload();
        }
        return;
    }
    qCInfo(lcUi) << "approval" << answer->id << (approve ? "approved" : "rejected");
    m_notes->clear();
    Q_EMIT decided(*answer);
    reload();
    // Said once the queue has reloaded, above what it holds now.
    m_lastDecision = *answer;
    m_list->setFocus();
}

void ApprovalsTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

bool ApprovalsTab::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            key->modifiers() == Qt::NoModifier && current()) {
            renderDetails();
            m_notes->setFocus();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ApprovalsTab::retranslate()
{
    m_filterLabel->setText(tr("&Show:"));
    m_filter->setItemText(0, tr("Waiting for approval"));
    m_filter->setItemText(1, tr("Approved"));
    m_filter->setItemText(2, tr("Rejected"));
    m_filter->setItemText(3, tr("All"));
    m_notesLabel->setText(tr("&Note for the shop:"));
    m_notes->setPlaceholderText(tr("What you checked, or why the shop is rejected"));
    m_approve->setText(tr("&Approve (Ctrl+Enter)"));
    m_reject->setText(tr("Re&ject (Ctrl+Shift+Enter)"));
    m_reload->setText(tr("&Reload (F5)"));
    render();
}

void ApprovalsTab::render()
{
    for (int i = 0; i < m_list->count() && i < m_approvals.size(); ++i) {
        const sync::AdminApproval& approval = m_approvals[i];
        m_list->item(i)->setText(
            QStringLiteral("%1 — %2, %3").arg(approval.businessName, approval.category, approval.pincode));
    }
    const bool busy = m_state == State::Loading || m_state == State::Deciding;
    m_filter->setEnabled(!busy);
    m_approve->setEnabled(m_state == State::Loaded && current() && current()->isPending());
    m_reject->setEnabled(m_approve->isEnabled());
    m_notes->setEnabled(m_approve->isEnabled());
    switch (m_state) {
    case State::Loading:
        m_status->setText(tr("Loading…"));
        break;
    case State::Deciding:
        m_status->setText(tr("Sending the decision…"));
        break;
    case State::Failed:
        m_status->setText(AdminProblemText::forError(m_error));
        break;
    case State::Loaded: {
        QStringList lines;
        if (m_lastDecision) {
            lines << (m_lastDecision->status == QLatin1String("approved")
                          ? tr("%1 is approved.").arg(m_lastDecision->businessName)
                          : tr("%1 is rejected.").arg(m_lastDecision->businessName));
        }
        if (m_approvals.isEmpty()) {
            lines << (statusFilter() == QLatin1String("pending") ? tr("No shop is waiting for approval.")
                                                                 : tr("No shops to show."));
        } else {
            lines << tr("Shops listed: %1").arg(core::groupIndian(static_cast<quint64>(m_approvals.size())));
        }
        m_status->setText(lines.join(QLatin1Char(' ')));
        break;
    }
    }
    renderDetails();
}

void ApprovalsTab::renderDetails()
{
    const sync::AdminApproval* approval = current();
    m_approve->setEnabled(m_state == State::Loaded && approval && approval->isPending());
    m_reject->setEnabled(m_approve->isEnabled());
    m_notes->setEnabled(m_approve->isEnabled());
    if (!approval) {
        m_details->setText(m_state == State::Loaded ? tr("Choose a shop from the list.") : QString());
        return;
    }
    const QLocale locale;
    QString status;
    if (approval->status == QLatin1String("approved")) {
        status = tr("Approved on %1")
                     .arg(locale.toString(approval->decidedAt.toLocalTime(), QLocale::ShortFormat));
    } else if (approval->status == QLatin1String("rejected")) {
        status = tr("Rejected on %1")
                     .arg(locale.toString(approval->decidedAt.toLocalTime(), QLocale::ShortFormat));
    } else {
        status = tr("Waiting since %1")
                     .arg(locale.toString(approval->createdAt.toLocalTime(), QLocale::ShortFormat));
    }
    QStringList lines{approval->businessName,
                      tr("Category: %1").arg(approval->category),
                      tr("Pincode: %1").arg(approval->pincode),
                      tr("Address: %1").arg(approval->address),
                      tr("Owner's login: %1").arg(approval->ownerLogin),
                      status};
    if (!approval->notes.isEmpty()) {
        lines << tr("Note: %1").arg(approval->notes);
    }
    m_details->setText(lines.join(QLatin1Char('\n')));
}

} // namespace baartal::ui
