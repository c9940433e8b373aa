#include "ui/admin/ledger_check_tab.h"

#include "core/money/indian_grouping.h"
#include "sync/client/api_client.h"
#include "ui/admin/admin_problem_text.h"
#include "ui/ui_log.h"

#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace baartal::ui {

LedgerCheckTab::LedgerCheckTab(sync::ApiClient& api, QWidget* parent)
    : QWidget(parent)
    , m_api(api)
    , m_run(new QPushButton(this))
    , m_result(new QLabel(this))
    , m_violations(new QListWidget(this))
{
    m_run->setObjectName(QStringLiteral("run"));
    m_result->setObjectName(QStringLiteral("result"));
    m_violations->setObjectName(QStringLiteral("violations"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_run, 0, Qt::AlignLeft);
    layout->addWidget(m_result);
    layout->addWidget(m_violations, 1);
    connect(m_run, &QPushButton::clicked, this, &LedgerCheckTab::run);
    auto* refresh = new QShortcut(QKeySequence(Qt::Key_F5), this);
    refresh->setContext(Qt::WidgetWithChildrenShortcut);
    connect(refresh, &QShortcut::activated, this, &LedgerCheckTab::run);
    // The tab's first field takes the focus when the tab is chosen.
    setFocusProxy(m_run);
    retranslate();
}

void LedgerCheckTab::run()
{
    if (m_state == State::Running) {
        return;
    }
    m_state = State::Running;
    render();
    m_api.checkLedger(this, [this](const core::Result<sync::LedgerCheck>& answer) { onChecked(answer); });
}

void LedgerCheckTab::onChecked(const core::Result<sync::LedgerCheck>& answer)
{
    if (!answer) {
        qCInfo(lcUi) << "ledger check failed:" << answer.error().code;
        m_state = State::Failed;
        m_error = answer.error();
    } else {
        qCInfo(lcUi) << "ledger check:" << (answer->balanced ? "balanced" : "violations")
                     << answer->violations.size();
        m_state = State::Done;
        m_check = *answer;
    }
    render();
}

void LedgerCheckTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void LedgerCheckTab::retranslate()
{
    m_run->setText(tr("&Run ledger check (F5)"));
    render();
}

void LedgerCheckTab::render()
{
    m_run->setEnabled(m_state != State::Running);
    m_violations->clear();
    switch (m_state) {
    case State::Idle:
        m_result->setText(tr("The check recomputes every balance from the ledger's rows and reports anything "
                             "that does not add up."));
        break;
    case State::Running:
        m_result->setText(tr("Checking the ledger…"));
        break;
    case State::Failed:
        m_result->setText(AdminProblemText::forError(m_error));
        break;
    case State::Done: {
        const QString counts =
            tr("%1 transactions and %2 wallets checked at %3.")
                .arg(core::groupIndian(static_cast<quint64>(m_check->transactionsChecked)),
                     core::groupIndian(static_cast<quint64>(m_check->walletsChecked)),
                     QLocale().toString(m_check->checkedAt.toLocalTime(), QLocale::ShortFormat));
        if (m_check->balanced) {
            m_result->setText(tr("Balanced: every posting adds up.") + QLatin1Char(' ') + counts);
        } else {
            m_result->setText(tr("Discrepancies found: %1.")
                                  .arg(core::groupIndian(static_cast<quint64>(m_check->violations.size()))) +
                              QLatin1Char(' ') + counts);
            // The server's own words: exact account and transaction ids an engineer can look up.
            m_violations->addItems(m_check->violations);
        }
        break;
    }
    }
    m_violations->setVisible(m_violations->count() > 0);
}

} // namespace baartal::ui
