#include "core/crypto/base64_url.h"
#include "core/crypto/ed25519_key_pair.h"
#include "core/ids/ids.h"
#include "core/tokens/token_signer.h"
#include "core/tokens/token_verifier.h"

#include <QTest>

using namespace baartal::core;

namespace {

const QDateTime kIssued(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC);
const QString kCustomer = QStringLiteral("0b8f3c2e-6a1d-4c7e-9f10-2d3e4f5a6b7c");
const QString kOtherCustomer = QStringLiteral("5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b");
const QString kMerchant = QStringLiteral("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d");
const QString kNonce = QStringLiteral("c0ffee00-1234-4abc-8def-0123456789ab");

// Fixed seeds, so a failing row names the same tokens on every run.
Ed25519KeyPair key(char fill)
{
    return *Ed25519KeyPair::fromSeed(QByteArray(Ed25519KeyPair::kSeedBytes, fill));
}

TokenClaims identity(const QString& customer = kCustomer)
{
    TokenClaims claims;
    claims.type = TokenType::CustomerIdentity;
    claims.subject = customer;
    claims.issuedAt = kIssued;
    claims.expiresAt = kIssued.addSecs(24 * 3600);
    return claims;
}

TokenClaims spend(const QString& merchant = kMerchant)
{
    TokenClaims claims = identity();
    claims.type = TokenType::Spend;
    claims.expiresAt = kIssued.addSecs(15 * 60);
    claims.nonce = kNonce;
    claims.coins = Coins(120);
    claims.merchantId = merchant;
    return claims;
}

QString signedBy(const Ed25519KeyPair& signingKey, const TokenClaims& claims)
{
    return *TokenSigner(signingKey).sign(claims);
}

// The token's parts with part `index` replaced.
QString withPart(const QString& token, int index, const QString& part)
{
    QStringList parts = token.split(QLatin1Char('.'));
    parts[index] = part;
    return parts.join(QLatin1Char('.'));
}

// The same text with one character of part `index` changed to another of the base64url alphabet.
QString tampered(const QString& token, int index)
{
    QString part = token.split(QLatin1Char('.')).at(index);
    const qsizetype middle = part.size() / 2;
    part[middle] = part[middle] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    return withPart(token, index, part);
}

const TokenVerifier& verifier()
{
    // 'b' stands for a retired key that must still verify what it signed.
    static const TokenVerifier instance({key('a').publicKey(), key('b').publicKey()});
    return instance;
}

} // namespace

// The signed tokens of customer QR codes and spend authorisations, checked with public keys only.
class TestTokenCodec : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roundTrips_data()
    {
        QTest::addColumn<TokenClaims>("claims");
        QTest::addColumn<char>("signingKey");
        QTest::newRow("identity") << identity() << 'a';
        QTest::newRow("spend at one shop") << spend() << 'a';
        QTest::newRow("spend at any shop") << spend(QString()) << 'a';
        QTest::newRow("identity under a retired key") << identity() << 'b';
    }

    void roundTrips()
    {
        QFETCH(TokenClaims, claims);
        QFETCH(char, signingKey);
        const QString token = signedBy(key(signingKey), claims);
        auto verified = verifier().verify(token, claims.type, kIssued.addSecs(60));
        QVERIFY2(verified.ok(), qPrintable(verified.ok() ? QString() : verified.error().code));
        QCOMPARE(*verified, claims);
    }

    void isSmallEnoughForAQuickScan()
    {
        const QString token = signedBy(key('a'), identity());
        QVERIFY2(token.size() <= 150, qPrintable(token));
        QVERIFY(token.startsWith(QLatin1String("bid1.")));
        QVERIFY(signedBy(key('a'), spend()).startsWith(QLatin1String("bsp1.")));
        for (const QChar c : token) {
            QVERIFY(c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u'.');
        }
    }

    void timesAreWholeSeconds()
    {
        TokenClaims claims = identity();
        claims.issuedAt = kIssued.addMSecs(999);
        claims.expiresAt = claims.expiresAt.addMSecs(999);
        auto verified = verifier().verify(signedBy(key('a'), claims), TokenType::CustomerIdentity, kIssued);
        QVERIFY(verified.ok());
        QCOMPARE(verified->issuedAt, kIssued);
        QCOMPARE(verified->expiresAt, identity().expiresAt);
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<TokenType>("expected");
        QTest::addColumn<qint64>("secondsAfterIssue");
        QTest::addColumn<QString>("code");

        const QString good = signedBy(key('a'), identity());
        const QString goodSpend = signedBy(key('a'), spend());
        const QString other = signedBy(key('a'), identity(kOtherCustomer));
        const QString payload = good.split(QLatin1Char('.')).at(2);
        const QString kidA = key('a').publicKey().kid();
        const auto id = TokenType::CustomerIdentity;
        const QString malformed = QStringLiteral("token_malformed");
        const QString signature = QStringLiteral("token_signature");

        QTest::newRow("empty") << QString() << id << 60LL << malformed;
        QTest::newRow("garbage") << QStringLiteral("hello, world") << id << 60LL << malformed;
        QTest::newRow("a customer id, not a token") << kCustomer << id << 60LL << malformed;
        QTest::newRow("too long") << good + QString(600, QLatin1Char('a')) << id << 60LL << malformed;
        QTest::newRow("three parts") << good.section(QLatin1Char('.'), 0, 2) << id << 60LL << malformed;
        QTest::newRow("five parts") << good + QStringLiteral(".AAAA") << id << 60LL << malformed;
        QTest::newRow("unknown prefix")
            << withPart(good, 0, QStringLiteral("bid2")) << id << 60LL << malformed;
        QTest::newRow("padding") << good + QLatin1Char('=') << id << 60LL << malformed;
        QTest::newRow("surrounding space") << QLatin1Char(' ') + good << id << 60LL << malformed;
        QTest::newRow("truncated") << good.chopped(1) << id << 60LL << malformed;
        QTest::newRow("truncated to the payload")
            << good.left(good.lastIndexOf(QLatin1Char('.')) + 1) << id << 60LL << malformed;
        QTest::newRow("signature not base64url")
            << withPart(good, 3, QString(86, QLatin1Char('*'))) << id << 60LL << malformed;

        QTest::newRow("spend token shown as identity")
            << goodSpend << id << 60LL << QStringLiteral("token_wrong_type");
        QTest::newRow("identity token offered as spend")
            << good << TokenType::Spend << 60LL << QStringLiteral("token_wrong_type");

        QTest::newRow("unknown key") << signedBy(key('c'), identity()) << id << 60LL
                                     << QStringLiteral("token_unknown_key");
        QTest::newRow("kid of another known key")
            << withPart(good, 1, key('b').publicKey().kid()) << id << 60LL << signature;
        {
            // A forger's key claiming our kid.
            const QByteArray input = QByteArrayLiteral("bid1.") + kidA.toLatin1() + '.' + payload.toLatin1();
            QTest::newRow("signed by another key under our kid")
                << QString::fromLatin1(input + '.' + Base64Url::encode(key('c').sign(input))) << id << 60LL
                << signature;
        }
        QTest::newRow("payload byte tampered") << tampered(good, 2) << id << 60LL << signature;
        QTest::newRow("signature byte tampered") << tampered(good, 3) << id << 60LL << signature;
        QTest::newRow("payloads swapped")
            << withPart(good, 2, other.split(QLatin1Char('.')).at(2)) << id << 60LL << signature;
        QTest::newRow("prefix swapped to spend")
            << withPart(good, 0, QStringLiteral("bsp1")) << TokenType::Spend << 60LL << signature;
        QTest::newRow("spend payload tampered")
            << tampered(goodSpend, 2) << TokenType::Spend << 60LL << signature;

        const qint64 skew = TokenVerifier::kClockSkew.count();
        QTest::newRow("expired beyond the skew")
            << good << id << 24 * 3600 + skew << QStringLiteral("token_expired");
        QTest::newRow("spend token expired")
            << goodSpend << TokenType::Spend << 15 * 60 + skew << QStringLiteral("token_expired");
        QTest::newRow("issued beyond the skew ahead")
            << good << id << -skew - 1 << QStringLiteral("token_not_yet_valid");
    }

    void refuses()
    {
        QFETCH(QString, token);
        QFETCH(TokenType, expected);
        QFETCH(qint64, secondsAfterIssue);
        QFETCH(QString, code);
        auto verified = verifier().verify(token, expected, kIssued.addSecs(secondsAfterIssue));
        QVERIFY(!verified.ok());
        QCOMPARE(verified.error().code, code);
    }

    void allowsClockSkew_data()
    {
        QTest::addColumn<qint64>("secondsAfterIssue");
        const qint64 skew = TokenVerifier::kClockSkew.count();
        QTest::newRow("just issued") << 0LL;
        QTest::newRow("verifier clock behind") << -skew;
        QTest::newRow("verifier clock ahead, past expiry") << 24 * 3600 + skew - 1;
    }

    void allowsClockSkew()
    {
        QFETCH(qint64, secondsAfterIssue);
        QVERIFY(verifier()
                    .verify(signedBy(key('a'), identity()), TokenType::CustomerIdentity,
                            kIssued.addSecs(secondsAfterIssue))
                    .ok());
    }

    void refusesToSignWhatCannotBeVerified_data()
    {
        QTest::addColumn<TokenClaims>("claims");
        TokenClaims claims = identity(QStringLiteral("not-a-uuid"));
        QTest::newRow("subject not an id") << claims;
        claims = identity(kCustomer.toUpper());
        QTest::newRow("subject not in stored form") << claims;
        claims = identity();
        claims.expiresAt = claims.issuedAt;
        QTest::newRow("expires when issued") << claims;
        claims = identity();
        claims.issuedAt = QDateTime();
        QTest::newRow("no issue time") << claims;
        claims = spend();
        claims.coins = Coins(0);
        QTest::newRow("spend of no coins") << claims;
        claims = spend();
        claims.nonce.clear();
        QTest::newRow("spend without nonce") << claims;
        claims = spend(QStringLiteral("shop-1"));
        QTest::newRow("spend at a shop that is not an id") << claims;
    }

    void refusesToSignWhatCannotBeVerified()
    {
        QFETCH(TokenClaims, claims);
        auto token = TokenSigner(key('a')).sign(claims);
        QVERIFY(!token.ok());
        QCOMPARE(token.error().code, QStringLiteral("invalid_token_claims"));
    }
};

Q_DECLARE_METATYPE(baartal::core::TokenClaims)
Q_DECLARE_METATYPE(baartal::core::TokenType)

QTEST_GUILESS_MAIN(TestTokenCodec)
#include "tst_token_codec.moc"
