#include "sync/client/auth_session.h"
#include "sync/client/response_fields.h"
#include "tests/testsupport/json_edits.h"

#include <QTest>

using baartal::core::ErrorKind;
using baartal::sync::AuthSession;
using baartal::sync::ResponseFields;
using baartal::testsupport::JsonEdits;

namespace {

// What POST /api/v1/auth/login answers for a merchant with a shop.
QJsonObject merchantLogin()
{
    return {{QStringLiteral("token"), QStringLiteral("header.claims.signature")},
            {QStringLiteral("refresh_token"), QStringLiteral("refresh-1")},
            {QStringLiteral("expires_in"), 900},
            {QStringLiteral("user"),
             QJsonObject{{QStringLiteral("id"), QStringLiteral("user-1")},
                         {QStringLiteral("role"), QStringLiteral("merchant")},
                         {QStringLiteral("email_or_phone"), QStringLiteral("grocer@example.in")},
                         {QStringLiteral("merchant_id"), QStringLiteral("merchant-1")}}},
            {QStringLiteral("redirect"), QStringLiteral("/merchant/dashboard")}};
}

} // namespace

class TstAuthSession : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readsALogin_data();
    void readsALogin();
    void refusesABrokenLogin_data();
    void refusesABrokenLogin();
};

void TstAuthSession::readsALogin_data()
{
    QTest::addColumn<QJsonObject>("data");
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("merchantId");

    const QJsonObject customer = JsonEdits::with(JsonEdits::without(merchantLogin(), u"user.merchant_id"),
                                                 u"user.role", QStringLiteral("customer"));
    QTest::newRow("merchant with a shop") << merchantLogin() << "merchant"
                                          << "merchant-1";
    QTest::newRow("merchant without a shop")
        << JsonEdits::without(merchantLogin(), u"user.merchant_id") << "merchant" << QString();
    QTest::newRow("customer") << JsonEdits::with(customer, u"user.customer_id", QStringLiteral("customer-1"))
                              << "customer" << QString();
    QTest::newRow("admin") << JsonEdits::with(customer, u"user.role", QStringLiteral("admin")) << "admin"
                           << QString();
}

void TstAuthSession::readsALogin()
{
    QFETCH(QJsonObject, data);
    QFETCH(QString, role);
    QFETCH(QString, merchantId);

    const auto session = AuthSession::fromJson(data);
    QVERIFY2(session.ok(), qPrintable(session.ok() ? QString() : session.error().message));
    QCOMPARE(session->accessToken, QStringLiteral("header.claims.signature"));
    QCOMPARE(session->refreshToken, QStringLiteral("refresh-1"));
    QCOMPARE(session->expiresInSeconds, 900);
    QCOMPARE(session->userId, QStringLiteral("user-1"));
    QCOMPARE(baartal::core::toText(session->role), role);
    QCOMPARE(session->emailOrPhone, QStringLiteral("grocer@example.in"));
    QCOMPARE(session->merchantId, merchantId);
}

void TstAuthSession::refusesABrokenLogin_data()
{
    QTest::addColumn<QJsonObject>("data");
    QTest::addColumn<QString>("field");

    const QJsonObject login = merchantLogin();
    QTest::newRow("empty answer") << QJsonObject() << "token";
    QTest::newRow("no token") << JsonEdits::without(login, u"token") << "token";
    QTest::newRow("empty token") << JsonEdits::with(login, u"token", QString()) << "token";
    QTest::newRow("token not text") << JsonEdits::with(login, u"token", 42) << "token";
    QTest::newRow("no refresh token") << JsonEdits::without(login, u"refresh_token") << "refresh_token";
    QTest::newRow("lifetime as text")
        << JsonEdits::with(login, u"expires_in", QStringLiteral("900")) << "expires_in";
    QTest::newRow("fractional lifetime") << JsonEdits::with(login, u"expires_in", 900.5) << "expires_in";
    QTest::newRow("no user") << JsonEdits::without(login, u"user") << "user";
    QTest::newRow("user not an object")
        << JsonEdits::with(login, u"user", QStringLiteral("grocer")) << "user";
    QTest::newRow("no user id") << JsonEdits::without(login, u"user.id") << "id";
    QTest::newRow("no role") << JsonEdits::without(login, u"user.role") << "role";
    QTest::newRow("unknown role") << JsonEdits::with(login, u"user.role", QStringLiteral("owner"))
                                  << "user.role";
    QTest::newRow("role in capitals")
        << JsonEdits::with(login, u"user.role", QStringLiteral("Merchant")) << "user.role";
    QTest::newRow("no login") << JsonEdits::without(login, u"user.email_or_phone") << "email_or_phone";
}

void TstAuthSession::refusesABrokenLogin()
{
    QFETCH(QJsonObject, data);
    QFETCH(QString, field);

    const auto session = AuthSession::fromJson(data);
    QVERIFY(!session.ok());
    QCOMPARE(session.error().code, QStringLiteral("invalid_response"));
    QCOMPARE(session.error().kind, ErrorKind::Internal);
    QCOMPARE(session.error().message, ResponseFields::invalid(field).message);
}

QTEST_GUILESS_MAIN(TstAuthSession)
#include "tst_auth_session.moc"
