#include "server/http/access_tokens.h"

#include <QJsonObject>
#include <QTest>

#include <optional>

using namespace baartal;
using server::AccessTokens;
using server::AuthContext;

namespace {

const QByteArray kSecret(32, 's');
const QDateTime kNow(QDate(2026, 1, 15), QTime(10, 0), Qt::UTC);

core::JwtCodec codec()
{
    return core::JwtCodec::create(kSecret).value();
}

} // namespace

class TestAccessTokens : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roundTripsEveryRole_data();
    void roundTripsEveryRole();
    void expiresAfterItsLifetime_data();
    void expiresAfterItsLifetime();
    void refusesForeignClaims_data();
    void refusesForeignClaims();
};

void TestAccessTokens::roundTripsEveryRole_data()
{
    QTest::addColumn<core::UserRole>("role");

    QTest::newRow("customer") << core::UserRole::Customer;
    QTest::newRow("merchant") << core::UserRole::Merchant;
    QTest::newRow("admin") << core::UserRole::Admin;
}

void TestAccessTokens::roundTripsEveryRole()
{
    QFETCH(core::UserRole, role);

    const AccessTokens tokens(codec());
    const auto caller = tokens.verify(tokens.issue(QStringLiteral("user-1"), role, kNow), kNow);
    QVERIFY(caller.ok());
    QCOMPARE(*caller, (AuthContext{QStringLiteral("user-1"), role}));
}

void TestAccessTokens::expiresAfterItsLifetime_data()
{
    QTest::addColumn<int>("lifetimeSeconds");
    QTest::addColumn<int>("ageSeconds");
    QTest::addColumn<bool>("valid");

    QTest::newRow("default, fresh") << 0 << 0 << true;
    QTest::newRow("default, one second left") << 0 << 15 * 60 - 1 << true;
    QTest::newRow("default, at expiry") << 0 << 15 * 60 << false;
    QTest::newRow("five minutes, after six") << 300 << 360 << false;
    QTest::newRow("one hour, after thirty minutes") << 3600 << 1800 << true;
}

void TestAccessTokens::expiresAfterItsLifetime()
{
    QFETCH(int, lifetimeSeconds);
    QFETCH(int, ageSeconds);
    QFETCH(bool, valid);

    const AccessTokens tokens = lifetimeSeconds == 0
                                    ? AccessTokens(codec())
                                    : AccessTokens(codec(), std::chrono::seconds(lifetimeSeconds));
    const QString token = tokens.issue(QStringLiteral("user-1"), core::UserRole::Merchant, kNow);
    const auto caller = tokens.verify(token, kNow.addSecs(ageSeconds));
    QCOMPARE(caller.ok(), valid);
    if (!valid) {
        QCOMPARE(caller.error().code, QStringLiteral("token_expired"));
    }
}

void TestAccessTokens::refusesForeignClaims_data()
{
    QTest::addColumn<QJsonObject>("claims");
    QTest::addColumn<QString>("code");

    const qint64 exp = kNow.toSecsSinceEpoch() + 60;
    const auto claims = [exp](std::optional<QString> iss, std::optional<QString> sub,
                              std::optional<QString> role) {
        QJsonObject object{{QStringLiteral("exp"), exp}};
        if (iss) {
            object.insert(QStringLiteral("iss"), *iss);
        }
        if (sub) {
            object.insert(QStringLiteral("sub"), *sub);
        }
        if (role) {
            object.insert(QStringLiteral("role"), *role);
        }
        return object;
    };
    const QString baartal = QStringLiteral("baartal");
    const QString user = QStringLiteral("user-1");
    const QString admin = QStringLiteral("admin");

    QTest::newRow("complete") << claims(baartal, user, admin) << QString();
    QTest::newRow("other issuer") << claims(QStringLiteral("elsewhere"), user, admin)
                                  << QStringLiteral("token_claims");
    QTest::newRow("no issuer") << claims(std::nullopt, user, admin) << QStringLiteral("token_claims");
    QTest::newRow("no subject") << claims(baartal, std::nullopt, admin) << QStringLiteral("token_claims");
    QTest::newRow("empty subject") << claims(baartal, QString(), admin) << QStringLiteral("token_claims");
    QTest::newRow("no role") << claims(baartal, user, std::nullopt) << QStringLiteral("token_claims");
    QTest::newRow("unknown role") << claims(baartal, user, QStringLiteral("superuser"))
                                  << QStringLiteral("token_claims");
    QTest::newRow("role in capitals")
        << claims(baartal, user, QStringLiteral("ADMIN")) << QStringLiteral("token_claims");
}

void TestAccessTokens::refusesForeignClaims()
{
    QFETCH(QJsonObject, claims);
    QFETCH(QString, code);

    const auto caller = AccessTokens(codec()).verify(codec().sign(claims), kNow);
    QCOMPARE(caller.ok(), code.isEmpty());
    if (!caller.ok()) {
        QCOMPARE(caller.error().code, code);
        QCOMPARE(caller.error().kind, core::ErrorKind::Unauthenticated);
    }
}

QTEST_GUILESS_MAIN(TestAccessTokens)
#include "tst_access_tokens.moc"
