#include "ui/counter/waiting_customers_panel.h"

#include "sync/client/api_client.h"
#include "ui/counter/customer_card.h"
#include "ui/counter/refusal_text.h"
#include "ui/ui_log.h"

#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QShortcut>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace baartal::ui {

namespace {

constexpr int kKindRole = Qt::UserRole;
constexpr int kIndexRole = Qt::UserRole + 1;
enum Kind { Checkin, SpendRequest };

QString timeText(const QDateTime& time)
{
    return QLocale().toString(time.toLocalTime().time(), QLocale::ShortFormat);
}

} // namespace

WaitingCustomersPanel::WaitingCustomersPanel(sync::ApiClient& api, QWidget* parent)
    : QWidget(parent)
    , m_api(api)
    , m_title(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_status(new QLabel(this))
    , m_timer(new QTimer(this))
{
    m_list->setObjectName(QStringLiteral("waitingList"));
    m_status->setObjectName(QStringLiteral("waitingStatus"));
    m_status->setWordWrap(true);
    m_title->setBuddy(m_list);
    m_list->installEventFilter(this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);

    m_timer->setInterval(kRefreshMs);
    connect(m_timer, &QTimer::timeout, this, &WaitingCustomersPanel::refresh);
    connect(m_list, &QListWidget::itemActivated, this, &WaitingCustomersPanel::chooseCurrent);
    auto* again = new QShortcut(QKeySequence(Qt::Key_F5), this);
    connect(again, &QShortcut::activated, this, &WaitingCustomersPanel::refresh);
    retranslate();
}

void WaitingCustomersPanel::refresh()
{
    if (m_awaiting > 0) {
        return;
    }
    m_awaiting = 2;
    m_nextFailure.reset();
    m_api.merchantCheckins(this, [this](const core::Result<QList<sync::PendingCheckin>>& answer) {
        if (answer) {
            m_checkins = *answer;
        }
        onAnswered(answer ? std::nullopt : std::optional(answer.error()));
    });
    m_api.merchantSpendRequests(this, [this](const core::Result<QList<sync::PendingSpendRequest>>& answer) {
        if (answer) {
            m_spendRequests = *answer;
        }
        onAnswered(answer ? std::nullopt : std::optional(answer.error()));
    });
}

void WaitingCustomersPanel::onAnswered(const std::optional<core::Error>& failure)
{
    if (failure && !m_nextFailure) {
        m_nextFailure = failure;
    }
    if (--m_awaiting > 0) {
        return;
    }
    m_answered = true;
    m_failure = m_nextFailure;
    if (m_failure) {
        // What the server listed before may have been served meanwhile: show nothing rather than old news.
        m_checkins.clear();
        m_spendRequests.clear();
        qCInfo(lcUi) << "waiting customers unavailable:" << m_failure->code;
    }
    rebuildList();
    retranslate();
    Q_EMIT serverReached(!m_failure || !sync::ApiClient::isOutage(*m_failure));
    Q_EMIT refreshed();
}

void WaitingCustomersPanel::focusList()
{
    m_list->setFocus();
    if (m_list->currentRow() < 0 && m_list->count() > 0) {
        m_list->setCurrentRow(0);
    }
}

void WaitingCustomersPanel::chooseCurrent()
{
    const QListWidgetItem* item = m_list->currentItem();
    if (!item) {
        return;
    }
    const int index = item->data(kIndexRole).toInt();
    if (item->data(kKindRole).toInt() == Checkin) {
        Q_EMIT checkinChosen(m_checkins.at(index));
    } else {
        Q_EMIT spendRequestChosen(m_spendRequests.at(index));
    }
}

void WaitingCustomersPanel::declineCurrent()
{
    const QListWidgetItem* item = m_list->currentItem();
    if (!item || item->data(kKindRole).toInt() != SpendRequest) {
        return;
    }
    const sync::PendingSpendRequest request = m_spendRequests.at(item->data(kIndexRole).toInt());
    m_api.declineSpendRequest(request.id, this, [this, request](const core::Result<QString>& answer) {
        m_note = answer ? Note::Declined : Note::DeclineFailed;
        m_noteSubject = request.contact;
        m_noteError = answer ? std::nullopt : std::optional(answer.error());
        retranslate();
        refresh();
    });
}

bool WaitingCustomersPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            chooseCurrent();
            return true;
        }
        if (key == Qt::Key_Delete) {
            declineCurrent();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void WaitingCustomersPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_timer->start();
    refresh();
}

void WaitingCustomersPanel::hideEvent(QHideEvent* event)
{
    m_timer->stop();
    QWidget::hideEvent(event);
}

void WaitingCustomersPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        rebuildList();
        retranslate();
    }
    QWidget::changeEvent(event);
}

void WaitingCustomersPanel::rebuildList()
{
    const int row = m_list->currentRow();
    m_list->clear();
    for (qsizetype i = 0; i < m_spendRequests.size(); ++i) {
        const sync::PendingSpendRequest& request = m_spendRequests.at(i);
        auto* item =
            new QListWidgetItem(tr("Spend request %1: %2 asks to redeem %3 B-Coins (balance %4)")
                                    .arg(timeText(request.createdAt), request.contact,
                                         request.coins.formatIndian(), request.balance.formatIndian()),
                                m_list);
        item->setData(kKindRole, SpendRequest);
        item->setData(kIndexRole, int(i));
    }
    for (qsizetype i = 0; i < m_checkins.size(); ++i) {
        const sync::PendingCheckin& checkin = m_checkins.at(i);
        auto* item = new QListWidgetItem(tr("Check-in %1: %2 (%3), balance %4 B-Coins")
                                             .arg(timeText(checkin.createdAt), checkin.contact,
                                                  CustomerCard::shortId(checkin.customerId),
                                                  checkin.balance.formatIndian()),
                                         m_list);
        item->setData(kKindRole, Checkin);
        item->setData(kIndexRole, int(i));
    }
    if (m_list->count() > 0) {
        m_list->setCurrentRow(std::clamp(row, 0, m_list->count() - 1));
    }
}

void WaitingCustomersPanel::retranslate()
{
    m_title->setText(tr("&Waiting customers (F5 refreshes)"));
    QStringList lines;
    if (!m_answered) {
        lines << tr("Asking the server who is waiting…");
    } else if (m_failure && sync::ApiClient::isOutage(*m_failure)) {
        lines << tr("The waiting list is unavailable offline. Sales at the counter go on.");
    } else if (m_failure) {
        lines << tr("The waiting list could not be loaded: %1").arg(RefusalText::forError(*m_failure));
    } else if (m_list->count() == 0) {
        lines << tr("Nobody is waiting.");
    } else {
        lines << tr("Enter serves the customer; Delete declines a spend request.");
    }
    if (m_note == Note::Declined) {
        lines << tr("Declined the spend request of %1.").arg(m_noteSubject);
    } else if (m_note == Note::DeclineFailed) {
        lines << tr("The spend request of %1 was not declined: %2")
                     .arg(m_noteSubject, RefusalText::forError(m_noteError.value_or(core::Error())));
    }
    m_status->setText(lines.join(QLatin1Char('\n')));
}

} // namespace baartal::ui
