#include "sync/client/api_client.h"
#include "tests/server/support/server_fixture.h"
#include "tests/testsupport/log_capture.h"
#include "tests/testsupport/loopback.h"
#include "ui/login/login_dialog.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
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

    template <typename T>
    T* field(const char* name) const
    {
        return m_dialog->findChild<T*>(QLatin1String(name));
    }

    // The code the server's console SMS provider last logged for the phone; empty if none.
    static QString smsCodeFor(const testsupport::LogCapture& sms, const QString& phone)
    {
        const QRegularExpression line(
            QStringLiteral("^OTP for %1 : ([0-9]{6})$").arg(QRegularExpression::escape(phone)));
        for (auto it = sms.messages().crbegin(); it != sms.messages().crend(); ++it) {
            if (const QRegularExpressionMatch match = line.match(it->text); match.hasMatch()) {
                return match.captured(1);
            }
        }
        return {};
    }

    // From the keyboard: the SMS code method (Alt+O), the phone, Enter; waits for the code to be sent.
    void askForCode(const QString& phone)
    {
        QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
        field<QLineEdit>("server")->setText(serverUrl());
        QTest::keyClick(m_dialog.get(), Qt::Key_O, Qt::AltModifier);
        QTRY_COMPARE(m_dialog->method(), ui::LoginDialog::Method::Otp);
        QTest::keyClick(m_dialog.get(), Qt::Key_H, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), field<QLineEdit>("phone"));
        QTest::keyClicks(field<QLineEdit>("phone"), phone);
        QTest::keyClick(field<QLineEdit>("phone"), Qt::Key_Return);
        QTRY_VERIFY2(status().startsWith(QStringLiteral("A code was sent by SMS")), qPrintable(status()));
    }

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
    }

    void refusalsSayWhatToDo()
    {
        QFETCH(QString, role);
        QFETCH(QString, password);
        QFETCH(QString, expected);
        const QString login = role + QStringLiteral("@baartal.test");
        if (role == QLatin1String("merchant")) {
            QVERIFY(m_server->addMerchant(login, true).ok());
        } else {
            QVERIFY(m_server->registerCustomer(login).ok());
        }
        QSignalSpy signedIn(m_dialog.get(), &ui::LoginDialog::signedIn);
        fill(serverUrl(), login, password);
        m_dialog->signIn();
        QTRY_VERIFY2(status().contains(expected), qPrintable(status()));
        QCOMPARE(signedIn.count(), 0);
        QVERIFY(m_dialog->isVisible());
        QVERIFY(!m_api->hasSession());
    }

    void adminIsLetThroughToTheConsole()
    {
        QVERIFY(m_server->addAdmin(QStringLiteral("admin@baartal.test")).ok());
        QSignalSpy signedIn(m_dialog.get(), &ui::LoginDialog::signedIn);
        fill(serverUrl(), QStringLiteral("admin@baartal.test"), ServerFixture::kPassword);
        m_dialog->signIn();
        QTRY_COMPARE(signedIn.count(), 1);
        QCOMPARE(signedIn.at(0).at(0).value<sync::AuthSession>().role, core::UserRole::Admin);
        QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
        QVERIFY(m_api->hasSession());
    }

    void customerIsToldTheWalletIsOnThePhone()
    {
        QVERIFY(m_server->registerCustomer(QStringLiteral("customer@baartal.test")).ok());
        QSignalSpy signedIn(m_dialog.get(), &ui::LoginDialog::signedIn);
        fill(serverUrl(), QStringLiteral("customer@baartal.test"), ServerFixture::kPassword);
        m_dialog->signIn();
        QTRY_VERIFY2(status().contains(QStringLiteral("wallet lives on your phone")), qPrintable(status()));
        QVERIFY2(status().contains(serverUrl() + QStringLiteral("/scan/")), qPrintable(status()));
        QCOMPARE(signedIn.count(), 0);
        QVERIFY(!m_api->hasSession());
    }

    void merchantSignsInWithAnSmsCode()
    {
        const QString phone = QStringLiteral("+919820012345");
        QVERIFY(m_server->addMerchant(phone, true).ok());
        testsupport::LogCapture sms(QStringLiteral("baartal.server.sms"));
        QSignalSpy signedIn(m_dialog.get(), &ui::LoginDialog::signedIn);
        askForCode(QStringLiteral("98200 12345"));
        QVERIFY(status().contains(phone));
        // The server's 30 s cool-down shows on the button, which waits it out.
        auto* send = field<QPushButton>("sendCode");
        QVERIFY2(send->text().startsWith(QStringLiteral("Send again in")), qPrintable(send->text()));
        QVERIFY(!send->isEnabled());
        auto* code = field<QLineEdit>("code");
        QCOMPARE(QApplication::focusWidget(), code);
        const QString sent = smsCodeFor(sms, phone);
        QCOMPARE(sent.size(), 6);

        const QString wrong =
            QStringLiteral("%1").arg((sent.toInt() + 1) % 1'000'000, 6, 10, QLatin1Char('0'));
        QTest::keyClicks(code, wrong);
        QTest::keyClick(code, Qt::Key_Return);
        QTRY_VERIFY2(status().contains(QStringLiteral("The code is not right")), qPrintable(status()));
        QCOMPARE(signedIn.count(), 0);

        QTest::keyClicks(code, sent);
        QTest::keyClick(code, Qt::Key_Return);
        QTRY_COMPARE(signedIn.count(), 1);
        const auto session = signedIn.at(0).at(0).value<sync::AuthSession>();
        QCOMPARE(session.role, core::UserRole::Merchant);
        QCOMPARE(session.emailOrPhone, phone);
        QVERIFY(m_api->hasSession());
        QVERIFY(code->text().isEmpty());
    }

    void newPhoneIsACustomerAndGoesNoFurther()
    {
        testsupport::LogCapture sms(QStringLiteral("baartal.server.sms"));
        QSignalSpy signedIn(m_dialog.get(), &ui::LoginDialog::signedIn);
        askForCode(QStringLiteral("9820054321"));
        QTest::keyClicks(field<QLineEdit>("code"), smsCodeFor(sms, QStringLiteral("+919820054321")));
        QTest::keyClick(field<QLineEdit>("code"), Qt::Key_Return);
        QTRY_VERIFY2(status().contains(QStringLiteral("wallet lives on your phone")), qPrintable(status()));
        QCOMPARE(signedIn.count(), 0);
        QVERIFY(!m_api->hasSession());
    }

    void badPhoneIsExplained()
    {
        field<QLineEdit>("server")->setText(serverUrl());
        m_dialog->setMethod(ui::LoginDialog::Method::Otp);
        field<QLineEdit>("phone")->setText(QStringLiteral("12345"));
        field<QPushButton>("sendCode")->click();
        QTRY_VERIFY2(status().startsWith(QStringLiteral("Enter an Indian mobile number")),
                     qPrintable(status()));
        QVERIFY(field<QPushButton>("sendCode")->isEnabled());
    }

    void keepingTheSignInNeedsAKeychain()
    {
        auto* remember = field<QCheckBox>("remember");
        QVERIFY(remember->isEnabled());
        remember->setChecked(true);
        QVERIFY(m_dialog->rememberSession());
        m_dialog->setRememberAvailable(false);
        QVERIFY(!remember->isEnabled());
        QVERIFY(!m_dialog->rememberSession());
        QVERIFY2(remember->toolTip().contains(QStringLiteral("No OS keychain was found")),
                 qPrintable(remember->toolTip()));
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
