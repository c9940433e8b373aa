#include "ui/counter/sync_status_widget.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace baartal::ui {

SyncStatusWidget::SyncStatusWidget(QWidget* parent)
    : QWidget(parent)
    , m_connection(new QLabel(this))
    , m_queued(new QLabel(this))
    , m_lastSync(new QLabel(this))
    , m_banner(new QLabel(this))
{
    m_connection->setObjectName(QStringLiteral("syncConnection"));
    m_queued->setObjectName(QStringLiteral("syncQueued"));
    m_lastSync->setObjectName(QStringLiteral("syncLast"));
    m_banner->setObjectName(QStringLiteral("syncBanner"));
    m_banner->setWordWrap(true);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner, 1);
    layout->addWidget(m_connection);
    layout->addWidget(m_queued);
    layout->addWidget(m_lastSync);
    retranslate();
}

void SyncStatusWidget::setState(const sync::SyncState& state)
{
    m_state = state;
    retranslate();
}

void SyncStatusWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void SyncStatusWidget::retranslate()
{
    const sync::SyncState& state = m_state;
    if (state.blocked) {
        m_connection->setText(tr("Sync stopped"));
    } else {
        m_connection->setText(state.online ? tr("Online") : tr("Offline"));
    }
    m_queued->setText(tr("Waiting to sync: %1").arg(state.queued));
    m_lastSync->setText(state.lastSuccess.isValid() ? tr("Last sync %1").arg(timeText(state.lastSuccess))
                                                    : tr("Not synced yet"));

    QString banner;
    if (state.blocked) {
        banner = tr("Sync stopped: %1 Sales are still kept at this counter.")
                     .arg(blockedReason(state.lastError.value_or(core::Error())));
    } else if (!state.online && state.lastError) {
        banner =
            tr("The server cannot be reached. Trading continues: sales are kept at this counter and sent "
               "when the connection returns.");
        if (state.nextAttempt.isValid()) {
            banner += QLatin1Char(' ') + tr("Next try at %1.").arg(timeText(state.nextAttempt));
        }
    }
    m_banner->setText(banner);
    m_banner->setVisible(!banner.isEmpty());
    m_banner->setStyleSheet(state.blocked ? QStringLiteral("color: #b00020; font-weight: bold;")
                                          : QStringLiteral("color: #8a5a00;"));
}

QString SyncStatusWidget::blockedReason(const core::Error& error)
{
    if (error.code == QLatin1String("device_revoked")) {
        return tr("this counter was revoked on the server. Enrol it again to send its sales.");
    }
    if (error.code == QLatin1String("device_not_found")) {
        return tr("the server does not know this counter. Enrol it again to send its sales.");
    }
    return tr("the server refused this counter's sales (%1: %2).").arg(error.code, error.message);
}

QString SyncStatusWidget::timeText(const QDateTime& time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

} // namespace baartal::ui
