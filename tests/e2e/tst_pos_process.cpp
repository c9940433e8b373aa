// baartal-pos as a cashier starts it: the real program against the real server with the demo data.
#include "tests/e2e/pos_process.h"
#include "tests/e2e/server_process.h"
#include "tests/sync/support/test_keyring.h"

#include <QTemporaryDir>
#include <QTest>

using namespace baartal::testsupport;

class TstPosProcess : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ServerProcess m_server;

    QStringList demoArguments() const
    {
        return PosProcess::demoArguments(m_server.url(), m_dir.filePath(QStringLiteral("counter.sqlite")));
    }

private Q_SLOTS:
    void initTestCase()
    {
        BAARTAL_START_TEST_KEYRING_OR_SKIP();
        QVERIFY(m_dir.isValid());
        const QString problem = m_server.startDemo(m_dir);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // Between the login window closing and the counter opening no window is shown while the counter
    // enrols; the program must not take that for its last window closing and quit.
    void theFirstStartEnrolsAndOpensTheCounter()
    {
        PosProcess pos;
        QVERIFY2(pos.startToCounter(demoArguments()), qPrintable(pos.problem()));
        QTest::qWait(1000);
        QCOMPARE(pos.process().state(), QProcess::Running);
    }

    void theNextStartFindsItsEnrolment()
    {
        PosProcess pos;
        QVERIFY2(pos.startToCounter(demoArguments()), qPrintable(pos.problem()));
        QCOMPARE(pos.process().state(), QProcess::Running);
        QVERIFY(pos.residentKb().value_or(0) > 0);
    }
};

QTEST_GUILESS_MAIN(TstPosProcess)
#include "tst_pos_process.moc"
