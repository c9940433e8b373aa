#include "ui/counter/sync_status_widget.h"

#include <QLabel>
#include <QTest>

using namespace baartal;

namespace {

const QDateTime kLastSync(QDate(2026, 11, 23), QTime(10, 15), Qt::UTC);

} // namespace

Q_DECLARE_METATYPE(sync::SyncState)

// What the counter's status bar says about the sync in each state the uploader reports.
class TestSyncStatusWidget : public QObject {
    Q_OBJECT

private:
    static QString text(const ui::SyncStatusWidget& widget, const char* name)
    {
        return widget.findChild<QLabel*>(QLatin1String(name))->text();
    }

private Q_SLOTS:
    void showsTheState_data()
    {
        QTest::addColumn<sync::SyncState>("state");
        QTest::addColumn<QString>("connection");
        QTest::addColumn<QString>("queued");
        QTest::addColumn<QString>("banner"); // a part of it; empty: no banner
        QTest::addColumn<bool>("synced");

        sync::SyncState fresh;
        QTest::newRow("never synced") << fresh << "Offline"
                                      << "Waiting to sync: 0"
                                      << "" << false;

        sync::SyncState online;
        online.online = true;
        online.lastSuccess = kLastSync;
        QTest::newRow("online, all sent") << online << "Online"
                                          << "Waiting to sync: 0"
                                          << "" << true;

        sync::SyncState outage;
        outage.queued = 1;
        outage.lastSuccess = kLastSync;
        outage.lastError = core::Error{core::ErrorKind::Unavailable, QStringLiteral("network_unreachable"),
                                       QStringLiteral("Connection refused")};
        outage.nextAttempt = kLastSync.addSecs(90);
        QTest::newRow("outage") << outage << "Offline"
                                << "Waiting to sync: 1"
                                << "Trading continues" << true;

        sync::SyncState revoked;
        revoked.blocked = true;
        revoked.queued = 3;
        revoked.lastError = core::Error::forbidden(QStringLiteral("device_revoked"),
                                                   QStringLiteral("The device was revoked."));
        QTest::newRow("device revoked") << revoked << "Sync stopped"
                                        << "Waiting to sync: 3"
                                        << "this counter was revoked" << false;

        sync::SyncState broken = revoked;
        broken.lastError = core::Error::conflict(QStringLiteral("batch_chain_broken"),
                                                 QStringLiteral("The chain is broken."));
        QTest::newRow("other refusal") << broken << "Sync stopped"
                                       << "Waiting to sync: 3"
                                       << "(batch_chain_broken: The chain is broken.)" << false;
    }

    void showsTheState()
    {
        QFETCH(sync::SyncState, state);
        QFETCH(QString, connection);
        QFETCH(QString, queued);
        QFETCH(QString, banner);
        QFETCH(bool, synced);
        ui::SyncStatusWidget widget;
        widget.show();
        widget.setState(state);
        QCOMPARE(widget.state(), state);
        QCOMPARE(text(widget, "syncConnection"), connection);
        QCOMPARE(text(widget, "syncQueued"), queued);
        QCOMPARE(text(widget, "syncLast").startsWith(QStringLiteral("Last sync ")), synced);
        auto* bannerLabel = widget.findChild<QLabel*>(QStringLiteral("syncBanner"));
        QCOMPARE(bannerLabel->isVisible(), !banner.isEmpty());
        QVERIFY2(bannerLabel->text().contains(banner), qPrintable(bannerLabel->text()));
    }

    void theBannerGoesWhenTheServerIsBack()
    {
        ui::SyncStatusWidget widget;
        widget.show();
        sync::SyncState state;
        state.lastError =
            core::Error{core::ErrorKind::Unavailable, QStringLiteral("timeout"), QStringLiteral("t")};
        widget.setState(state);
        QVERIFY(widget.findChild<QLabel*>(QStringLiteral("syncBanner"))->isVisible());
        state.online = true;
        state.lastError.reset();
        state.lastSuccess = kLastSync;
        widget.setState(state);
        QVERIFY(!widget.findChild<QLabel*>(QStringLiteral("syncBanner"))->isVisible());
        QCOMPARE(text(widget, "syncConnection"), QStringLiteral("Online"));
    }
};

QTEST_MAIN(TestSyncStatusWidget)
#include "tst_sync_status_widget.moc"
