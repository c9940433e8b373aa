#include "ui/counter/customer_card.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace baartal::ui {

CustomerCard::CustomerCard(QWidget* parent)
    : QFrame(parent)
    , m_who(new QLabel(this))
    , m_balanceLine(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    m_who->setObjectName(QStringLiteral("cardCustomer"));
    m_balanceLine->setObjectName(QStringLiteral("cardBalance"));
    QFont bold = m_who->font();
    bold.setBold(true);
    m_who->setFont(bold);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_who);
    layout->addWidget(m_balanceLine);
    retranslate();
}

QString CustomerCard::shortId(const QString& customerId)
{
    return QStringLiteral("…") + customerId.right(6);
}

void CustomerCard::showCustomer(const QString& customerId, const QString& nameMasked,
                                std::optional<core::Coins> balance, const QDateTime& asOf)
{
    m_customerId = customerId;
    m_name = nameMasked;
    m_balance = balance;
    m_asOf = asOf;
    retranslate();
}

void CustomerCard::clear()
{
    m_customerId.clear();
    m_name.clear();
    m_balance.reset();
    m_asOf = {};
    retranslate();
}

void CustomerCard::setOnline(bool online)
{
    m_online = online;
    retranslate();
}

QString CustomerCard::text() const
{
    return isShowing() ? m_who->text() + QLatin1Char('\n') + m_balanceLine->text() : QString();
}

void CustomerCard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QFrame::changeEvent(event);
}

void CustomerCard::retranslate()
{
    setVisible(isShowing());
    if (!isShowing()) {
        m_who->clear();
        m_balanceLine->clear();
        return;
    }
    m_who->setText(m_name.isEmpty() ? tr("Customer %1").arg(shortId(m_customerId))
                                    : tr("Customer %1 · %2").arg(m_name, shortId(m_customerId)));
    const QString connection = m_online ? tr("online") : tr("offline");
    if (!m_balance) {
        m_balanceLine->setText(tr("No recent balance at this counter · %1").arg(connection));
        return;
    }
    const QDateTime local = m_asOf.toLocalTime();
    const QString when = local.date() == QDate::currentDate()
                             ? QLocale().toString(local.time(), QLocale::ShortFormat)
                             : QLocale().toString(local, QLocale::ShortFormat);
    m_balanceLine->setText(
        tr("Balance %1 B-Coins · as of %2 · %3").arg(m_balance->formatIndian(), when, connection));
}

} // namespace baartal::ui
