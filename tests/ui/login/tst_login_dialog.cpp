#include "sync/client/api_client.h"
#include "tests/server/support/server_fixture.h"
#include "tests/testsupport/loopback.h"
#include "ui/login/login_dialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace baartal;
using testsupport::ServerFixture;

class TestLoginDialog : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<ServerFixture> m_server;
    std::unique_ptr<sync::ApiClient> m_api;
    std::unique_ptr<ui::LoginDialog> m_dialog;

    QString status() const { return m_dialog->findChild<QLabel*>(QStringLiteral("status"))->text(); }

    void fill(const QString& server, const QString& login, const QString& password)
    {
        m_dialog->findChild<QLineEdit*>(QStringLiteral("server"))->setText(server);
        m_dialog->findChild<QLineEdit*>(QStringLiteral("login"))->setText(login);
        m_dialog->findChild<QLineEdit*>(QStringLiteral("password"))->setText(password);
    }

    QString serverUrl() const { return m_server->api().baseUrl().toString(); }

private Q_SLOTS:
    void init()
    {
        auto fixture = ServerFixture::start(core::Dialect::Sqlite);
        QVERIFY2(fixture.ok(), qPrintable(fixture.ok() ? QString() : fixture.error().message));
        m_server = std::move(*fixture);
        m_api = std::make_unique<sync::ApiClient>();
        m_dialog = std::make_unique<ui::LoginDialog>(*m_api);
        m_dialog->show();
    }

    void cleanup()
    {
        m_dialog.reset();
        m_api.reset();
        m_server.reset();
    }

    void incompleteFormsAreExplainedWithoutCallingTheServer_data()
    {
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("focused");
        const QString url = QStringLiteral("http://127.0.0.1:1");
        QTest::newRow("no server") << ""
                                   << "a@b.test"
                                   << "pw"
                                   << "Enter the server address"
                                   << "server";
        QTest::newRow("not http") << "ftp://127.0.0.1"
                                  << "a@b.test"
                                  << "pw"
                                  << "Enter the server address"
                                  << "server";
        QTest::newRow("no login") << url << "  "
                                  << "pw"
                                  << "Enter your email or phone"
                                  << "login";
        QTest::newRow("no password") << url << "a@b.test"
                                     << ""
                                     << "Enter your password"
                                     << "password";
    }

    void incompleteFormsAreExplainedWithoutCallingTheServer()
    {
        QFETCH(QString, server);
        QFETCH(QString, login);
        QFETCH(QString, password);
        QFETCH(QString, expected);
        QFETCH(QString, focused);
        QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
        QSignalSpy signedIn(m_dialog.get(), &ui::LoginDialog::signedIn);
        fill(server, login, password);
        m_dialog->signIn();
        QVERIFY2(status().startsWith(expected), qPrintable(status()));
        QCOMPARE(QApplication::focusWidget()->objectName(), focused);
        QVERIFY(m_api->baseUrl().isEmpty());
        QCOMPARE(signedIn.count(), 0);
    }

    void merchantIsSignedInWithTheEnterKey()
    {
        QVERIFY(m_server->addMerchant(QStringLiteral("shop@baartal.test"), true).ok());
        QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
        QSignalSpy signedIn(m_dialog.get(), &ui::LoginDialog::signedIn);
        fill(serverUrl(), QStringLiteral("shop@baartal.test"), ServerFixture::kPassword);
        QTest::keyClick(m_dialog->findChild<QLineEdit*>(QStringLiteral("password")), Qt::Key_Return);
        QTRY_COMPARE(signedIn.count(), 1);
        const auto session = signedIn.at(0).at(0).value<sync::AuthSession>();
        QCOMPARE(session.role, core::UserRole::Merchant);
        QVERIFY(!session.merchantId.isEmpty());
        QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
        QVERIFY(m_api->hasSession());
        QVERIFY(m_dialog->findChild<QLineEdit*>(QStringLiteral("password"))->text().isEmpty());
    }

    void refusalsSayWhatToDo_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("expected");
        QTest::newRow("wrong password") << "merchant"
                                        << "not-the-password"
                                        << "do not match";
        QTest::newRow("customer") << "customer" << QString(ServerFixture::kPassword)
                                  << "wallet lives on your phone";
        QTest::newRow("admin") << "admin" << QString(ServerFixture::kPassword) << "merchant accounts only";
    }

    void refusalsSayWhatToDo()
    {
        QFETCH(QString, role);
        QFETCH(QString, password);
        QFETCH(QString, expected);
        const QString login = role + QStringLiteral("@baartal.test");
        if (role == QLatin1String("merchant")) {
            QVERIFY(m_server->addMerchant(login, true).ok());
        } else if (role == QLatin1String("customer")) {
            QVERIFY(m_server->registerCustomer(login).ok());
        } else {
            QVERIFY(m_server->addAdmin(login).ok());
        }
        QSignalSpy signedIn(m_dialog.get(), &ui::LoginDialog::signedIn);
        fill(serverUrl(), login, password);
        m_dialog->signIn();
        QTRY_VERIFY2(status().contains(expected), qPrintable(status()));
        QCOMPARE(signedIn.count(), 0);
        QVERIFY(m_dialog->isVisible());
        QVERIFY(!m_api->hasSession());
    }

    void unreachableServerIsNamed()
    {
        const QString url = testsupport::closedLoopbackUrl().toString();
        fill(url, QStringLiteral("shop@baartal.test"), QStringLiteral("pw"));
        m_dialog->signIn();
        QTRY_VERIFY2(status().contains(QStringLiteral("cannot be reached")), qPrintable(status()));
        QVERIFY(status().contains(url));
    }
};

QTEST_MAIN(TestLoginDialog)
#include "tst_login_dialog.moc"
