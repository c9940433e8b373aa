#include "sync/client/enrolled_device_repository.h"
#include "tests/sync/support/temporary_counter_store.h"

#include <QTest>

using namespace baartal;

class TestEnrolledDeviceRepository : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<testsupport::TemporaryCounterStore> m_store;

    static sync::EnrolledDevice device(const QString& server, const QString& merchant, const QString& id)
    {
        sync::EnrolledDevice d;
        d.serverUrl = server;
        d.merchantId = merchant;
        d.deviceId = id;
        d.name = QStringLiteral("Counter 1");
        d.publicKey = QByteArray(32, 'k');
        d.keyLocation = sync::KeyLocation::Keychain;
        d.enrolledAt = QDateTime(QDate(2026, 11, 23), QTime(9, 30), Qt::UTC);
        return d;
    }

    sync::EnrolledDeviceRepository repository()
    {
        return sync::EnrolledDeviceRepository(m_store->database());
    }

private Q_SLOTS:
    void init()
    {
        auto store = testsupport::TemporaryCounterStore::create();
        QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().message));
        m_store = std::move(*store);
    }

    void cleanup() { m_store.reset(); }

    void savedEnrolmentReadsBack_data()
    {
        QTest::addColumn<sync::KeyLocation>("location");
        QTest::addColumn<QString>("replaced");
        QTest::newRow("keychain, first enrolment") << sync::KeyLocation::Keychain << QString();
        QTest::newRow("plain file, replacing a lost device") << sync::KeyLocation::PlainFile << "d-0";
    }

    void savedEnrolmentReadsBack()
    {
        QFETCH(sync::KeyLocation, location);
        QFETCH(QString, replaced);
        sync::EnrolledDevice saved = device(QStringLiteral("https://a.test"), QStringLiteral("m-1"), "d-1");
        saved.keyLocation = location;
        saved.replacedDeviceId = replaced;
        QVERIFY(repository().save(saved).ok());

        auto found = repository().find(QStringLiteral("https://a.test"), QStringLiteral("m-1"));
        QVERIFY(found.ok() && found->has_value());
        const sync::EnrolledDevice& d = **found;
        QCOMPARE(d.deviceId, QStringLiteral("d-1"));
        QCOMPARE(d.name, QStringLiteral("Counter 1"));
        QCOMPARE(d.publicKey, QByteArray(32, 'k'));
        QCOMPARE(d.keyLocation, location);
        QCOMPARE(d.replacedDeviceId, replaced);
        QCOMPARE(d.enrolledAt, saved.enrolledAt);
    }

    void serversAndMerchantsAreKeptApart()
    {
        QVERIFY(
            repository().save(device(QStringLiteral("https://a.test"), QStringLiteral("m-1"), "d-1")).ok());
        QVERIFY(
            repository().save(device(QStringLiteral("https://a.test"), QStringLiteral("m-2"), "d-2")).ok());
        QVERIFY(
            repository().save(device(QStringLiteral("https://b.test"), QStringLiteral("m-1"), "d-3")).ok());
        QCOMPARE((*repository().find(QStringLiteral("https://a.test"), QStringLiteral("m-1")))->deviceId,
                 QStringLiteral("d-1"));
        QCOMPARE((*repository().find(QStringLiteral("https://a.test"), QStringLiteral("m-2")))->deviceId,
                 QStringLiteral("d-2"));
        QCOMPARE((*repository().find(QStringLiteral("https://b.test"), QStringLiteral("m-1")))->deviceId,
                 QStringLiteral("d-3"));
        auto none = repository().find(QStringLiteral("https://b.test"), QStringLiteral("m-2"));
        QVERIFY(none.ok() && !none->has_value());
    }

    void reEnrolmentReplacesTheRow()
    {
        QVERIFY(
            repository().save(device(QStringLiteral("https://a.test"), QStringLiteral("m-1"), "d-1")).ok());
        sync::EnrolledDevice again = device(QStringLiteral("https://a.test"), QStringLiteral("m-1"), "d-2");
        again.publicKey = QByteArray(32, 'n');
        again.replacedDeviceId = QStringLiteral("d-1");
        QVERIFY(repository().save(again).ok());
        auto found = repository().find(QStringLiteral("https://a.test"), QStringLiteral("m-1"));
        QCOMPARE((*found)->deviceId, QStringLiteral("d-2"));
        QCOMPARE((*found)->publicKey, QByteArray(32, 'n'));
        QCOMPARE((*found)->replacedDeviceId, QStringLiteral("d-1"));
    }

    void onlyAnEd25519PublicKeyIsStored()
    {
        sync::EnrolledDevice bad = device(QStringLiteral("https://a.test"), QStringLiteral("m-1"), "d-1");
        bad.publicKey = QByteArray(31, 'k');
        QVERIFY(!repository().save(bad).ok());
        auto none = repository().find(QStringLiteral("https://a.test"), QStringLiteral("m-1"));
        QVERIFY(none.ok() && !none->has_value());
    }
};

QTEST_GUILESS_MAIN(TestEnrolledDeviceRepository)
#include "tst_enrolled_device_repository.moc"
