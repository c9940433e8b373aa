#include "core/crypto/password_hasher.h"
#include "core/customers/customer_repository.h"
#include "core/users/account_service.h"
#include "tests/testsupport/fake_clock.h"
#include "tests/testsupport/temporary_database.h"
#include "tests/testsupport/test_backends.h"

#include <QTest>

using namespace baartal::core;
using baartal::testsupport::FakeClock;
using baartal::testsupport::TemporaryDatabase;
using baartal::testsupport::TestBackends;

class TstAccountService : public QObject {
    Q_OBJECT

private:
    PasswordHasher m_hasher{PasswordHasher::Strength::Minimal};
    FakeClock m_clock;

private Q_SLOTS:
    void normalisesLogins_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected"); // empty: refused
        QTest::newRow("email") << "Asha@Example.IN"
                               << "asha@example.in";
        QTest::newRow("email with spaces") << "  asha@example.in "
                                           << "asha@example.in";
        QTest::newRow("indian mobile") << "9876543210"
                                       << "+919876543210";
        QTest::newRow("indian mobile spaced") << "98765 43210"
                                              << "+919876543210";
        QTest::newRow("with country code") << "+919876543210"
                                           << "+919876543210";
        QTest::newRow("dashes") << "+91-98765-43210"
                                << "+919876543210";
        QTest::newRow("trunk prefix") << "0 98765 43210"
                                      << "+919876543210";
        QTest::newRow("foreign number") << "+44 7700 900123"
                                        << "+447700900123";
        QTest::newRow("too short") << "12345"
                                   << "";
        QTest::newRow("letters") << "call me"
                                 << "";
        QTest::newRow("no domain") << "asha@"
                                   << "";
        QTest::newRow("empty") << ""
                               << "";
    }

    void normalisesLogins()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const auto login = AccountService::normaliseLogin(input);
        if (expected.isEmpty()) {
            QVERIFY(!login.ok());
            QCOMPARE(login.error().code, QStringLiteral("invalid_login"));
        } else {
            QVERIFY(login.ok());
            QCOMPARE(*login, expected);
        }
    }

    void registersAndLogsIn_data()
    {
        TestBackends::addColumn();
        TestBackends::addRows();
    }

    void registersAndLogsIn()
    {
        QFETCH(Dialect, dialect);
        auto db = TemporaryDatabase::create(dialect);
        QVERIFY(db.ok());
        AccountService accounts((*db)->database(), m_hasher, m_clock);

        auto asha = accounts.registerAccount({QStringLiteral("Asha@Example.in"),
                                              QStringLiteral("correct horse"),
                                              UserRole::Customer,
                                              {},
                                              QStringLiteral("400028")});
        QVERIFY(asha.ok());
        QVERIFY(asha->customer.has_value());
        QCOMPARE(asha->customer->referralCode.size(), 8);

        auto ravi = accounts.registerAccount({QStringLiteral("9876543210"),
                                              QStringLiteral("another pass"),
                                              UserRole::Customer,
                                              asha->customer->referralCode.toLower(),
                                              {}});
        QVERIFY(ravi.ok());
        QCOMPARE(ravi->customer->referredBy, asha->customer->id);

        auto again = accounts.registerAccount(
            {QStringLiteral("asha@example.in"), QStringLiteral("whatever12"), UserRole::Merchant, {}, {}});
        QCOMPARE(again.error().code, QStringLiteral("login_taken"));

        auto login = accounts.login(QStringLiteral("ASHA@example.in"), QStringLiteral("correct horse"));
        QVERIFY(login.ok());
        QCOMPARE(login->user.id, asha->user.id);
        QCOMPARE(login->user.lastLogin, m_clock.now());

        auto wrong = accounts.login(QStringLiteral("asha@example.in"), QStringLiteral("wrong horse"));
        QCOMPARE(wrong.error().code, QStringLiteral("invalid_credentials"));
        auto unknown = accounts.login(QStringLiteral("nobody@example.in"), QStringLiteral("correct horse"));
        QCOMPARE(unknown.error().code, QStringLiteral("invalid_credentials"));
    }

    void verifiedPhonesLogIn_data()
    {
        TestBackends::addColumn();
        TestBackends::addRows();
    }

    // OTP login: a new phone becomes a customer that no password opens; a known phone keeps its role.
    void verifiedPhonesLogIn()
    {
        QFETCH(Dialect, dialect);
        auto db = TemporaryDatabase::create(dialect);
        QVERIFY(db.ok());
        AccountService accounts((*db)->database(), m_hasher, m_clock);
        const QString phone = QStringLiteral("+919820012345");

        auto created = accounts.loginWithVerifiedPhone(phone);
        QVERIFY(created.ok());
        QCOMPARE(created->user.emailOrPhone, phone);
        QVERIFY(created->user.role == UserRole::Customer);
        QVERIFY(created->customer.has_value());
        QCOMPARE(created->customer->referralCode.size(), 8);
        QCOMPARE(created->user.lastLogin, m_clock.now());
        for (const QString& guess : {QStringLiteral("!"), QStringLiteral(""), QStringLiteral("password")}) {
            QCOMPARE(accounts.login(phone, guess).error().code, QStringLiteral("invalid_credentials"));
            QVERIFY(!accounts.verifyPassword(created->user.id, guess).ok());
        }

        m_clock.advanceSecs(60);
        auto again = accounts.loginWithVerifiedPhone(phone);
        QVERIFY(again.ok());
        QCOMPARE(again->user.id, created->user.id);
        QCOMPARE(again->customer->id, created->customer->id);
        QCOMPARE(again->user.lastLogin, m_clock.now());

        auto merchant = accounts.registerAccount(
            {QStringLiteral("98200 54321"), QStringLiteral("shop password"), UserRole::Merchant, {}, {}});
        QVERIFY(merchant.ok());
        auto shop = accounts.loginWithVerifiedPhone(QStringLiteral("+919820054321"));
        QVERIFY(shop.ok());
        QCOMPARE(shop->user.id, merchant->user.id);
        QVERIFY(shop->user.role == UserRole::Merchant);
        QVERIFY(!shop->customer.has_value());
        QVERIFY(accounts.login(QStringLiteral("9820054321"), QStringLiteral("shop password")).ok());
    }

    void refusesBadRegistrations_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("password");
        QTest::addColumn<int>("role");
        QTest::addColumn<QString>("referral");
        QTest::addColumn<QString>("code");
        QTest::newRow("admin self-registration") << "a@b.in"
                                                 << "long enough" << int(UserRole::Admin) << ""
                                                 << "forbidden_role";
        QTest::newRow("short password") << "a@b.in"
                                        << "short" << int(UserRole::Customer) << ""
                                        << "weak_password";
        QTest::newRow("bad login") << "not a login"
                                   << "long enough" << int(UserRole::Customer) << ""
                                   << "invalid_login";
        QTest::newRow("unknown referral") << "a@b.in"
                                          << "long enough" << int(UserRole::Customer) << "NOSUCH12"
                                          << "invalid_referral_code";
    }

    void refusesBadRegistrations()
    {
        QFETCH(QString, login);
        QFETCH(QString, password);
        QFETCH(int, role);
        QFETCH(QString, referral);
        QFETCH(QString, code);
        auto db = TemporaryDatabase::create(Dialect::Sqlite);
        QVERIFY(db.ok());
        AccountService accounts((*db)->database(), m_hasher, m_clock);
        auto result = accounts.registerAccount({login, password, UserRole(role), referral, {}});
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, code);
        auto users = (*db)->database().exec(QStringLiteral("SELECT COUNT(*) FROM users"));
        QVERIFY((*users)->next());
        QCOMPARE((*users)->value(0).toInt(), 0);
    }

    void verifiesPasswordAgain_data()
    {
        QTest::addColumn<Dialect>("dialect");
        QTest::addColumn<QString>("user"); // "admin" or "unknown"
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("code"); // empty: accepted
        for (const Dialect dialect : TestBackends::dialects()) {
            const QByteArray name = TestBackends::name(dialect).toLatin1();
            QTest::addRow("%s/right password", name.constData()) << dialect << "admin"
                                                                 << "staff password"
                                                                 << "";
            QTest::addRow("%s/wrong password", name.constData()) << dialect << "admin"
                                                                 << "staff passwork"
                                                                 << "reauthentication_failed";
            QTest::addRow("%s/empty password", name.constData()) << dialect << "admin"
                                                                 << ""
                                                                 << "reauthentication_failed";
            QTest::addRow("%s/unknown user", name.constData()) << dialect << "unknown"
                                                               << "staff password"
                                                               << "reauthentication_failed";
        }
    }

    void verifiesPasswordAgain()
    {
        QFETCH(Dialect, dialect);
        QFETCH(QString, user);
        QFETCH(QString, password);
        QFETCH(QString, code);
        auto db = TemporaryDatabase::create(dialect);
        QVERIFY(db.ok());
        AccountService accounts((*db)->database(), m_hasher, m_clock);
        auto admin =
            accounts.createAdmin(QStringLiteral("staff@baartal.in"), QStringLiteral("staff password"));
        QVERIFY(admin.ok());
        const QString userId = user == QLatin1String("admin") ? admin->user.id : QStringLiteral("nobody");
        const Status verified = accounts.verifyPassword(userId, password);
        if (code.isEmpty()) {
            QVERIFY(verified.ok());
        } else {
            QVERIFY(!verified.ok());
            QCOMPARE(verified.error().code, code);
            QVERIFY(verified.error().kind == ErrorKind::Forbidden);
        }
        auto reread = accounts.findByUserId(admin->user.id);
        QVERIFY(reread.ok());
        QVERIFY(!reread->user.lastLogin.isValid()); // asking again is not a login
    }
};

QTEST_GUILESS_MAIN(TstAccountService)
#include "tst_account_service.moc"
