#include "core/crypto/jwt_codec.h"

#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QTest>

using baartal::core::ErrorKind;
using baartal::core::JwtCodec;

namespace {

const QByteArray kSecret("0123456789abcdef0123456789abcdef");
const QDateTime kNow(QDate(2026, 1, 15), QTime(10, 0), Qt::UTC); // 1768471200
constexpr qint64 kNowSeconds = 1768471200;

QByteArray segment(const QByteArray& bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// Signs with Qt's own HMAC rather than the code under test, so the tokens are an independent reference.
QString signRaw(const QByteArray& headerSegment, const QByteArray& payloadSegment,
                QCryptographicHash::Algorithm algorithm = QCryptographicHash::Sha256,
                const QByteArray& secret = kSecret)
{
    const QByteArray input = headerSegment + '.' + payloadSegment;
    return QString::fromLatin1(input + '.' +
                               segment(QMessageAuthenticationCode::hash(input, secret, algorithm)));
}

QString sign(const QByteArray& headerJson, const QByteArray& payloadJson,
             QCryptographicHash::Algorithm algorithm = QCryptographicHash::Sha256,
             const QByteArray& secret = kSecret)
{
    return signRaw(segment(headerJson), segment(payloadJson), algorithm, secret);
}

const QByteArray kHeader(R"({"alg":"HS256","typ":"JWT"})");

QByteArray payloadExpiringAt(qint64 exp)
{
    return QJsonDocument(
               QJsonObject{{QStringLiteral("sub"), QStringLiteral("u-1")}, {QStringLiteral("exp"), exp}})
        .toJson(QJsonDocument::Compact);
}

QStringList segmentsOf(const QString& token)
{
    return token.split(u'.');
}

} // namespace

class TestJwtCodec : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void refusesShortSecrets_data();
    void refusesShortSecrets();
    void signsWithTheFixedHeader();
    void matchesAnIndependentImplementation();
    void roundTrips();
    void refusesTamperedTokens_data();
    void refusesTamperedTokens();
};

void TestJwtCodec::refusesShortSecrets_data()
{
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("31 bytes") << QByteArray(31, 'k') << false;
    QTest::newRow("32 bytes") << QByteArray(32, 'k') << true;
    QTest::newRow("64 bytes") << QByteArray(64, 'k') << true;
}

void TestJwtCodec::refusesShortSecrets()
{
    QFETCH(QByteArray, secret);
    QFETCH(bool, accepted);

    const auto codec = JwtCodec::create(secret);
    QCOMPARE(codec.ok(), accepted);
    if (!accepted) {
        QCOMPARE(codec.error().code, QStringLiteral("jwt_secret_too_short"));
    }
}

void TestJwtCodec::signsWithTheFixedHeader()
{
    const auto codec = JwtCodec::create(kSecret);
    QVERIFY(codec.ok());
    const QStringList parts =
        segmentsOf(codec->sign(QJsonObject{{QStringLiteral("sub"), QStringLiteral("x")}}));
    QCOMPARE(parts.size(), 3);
    QCOMPARE(parts[0], QStringLiteral("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"));
    for (const QString& part : parts) {
        QVERIFY2(!part.contains(u'='), qPrintable(part));
    }
}

void TestJwtCodec::matchesAnIndependentImplementation()
{
    // Computed with Python's hmac and base64 modules for the same secret and claims.
    const QString reference =
        QStringLiteral("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
                       "eyJleHAiOjE3Njg0NzQ4MDAsInJvbGUiOiJtZXJjaGFudCIsInN1YiI6InUtMSJ9."
                       "145JXLM3zQeCxVIfvPF4KTXy-hKp3WwVx1lRxvEv0wE");
    const QJsonObject claims{{QStringLiteral("exp"), qint64(1768474800)},
                             {QStringLiteral("role"), QStringLiteral("merchant")},
                             {QStringLiteral("sub"), QStringLiteral("u-1")}};
    const auto codec = JwtCodec::create(kSecret);
    QVERIFY(codec.ok());
    QCOMPARE(codec->sign(claims), reference);
    const auto verified = codec->verify(reference, kNow);
    QVERIFY(verified.ok());
    QCOMPARE(*verified, claims);
}

void TestJwtCodec::roundTrips()
{
    const auto codec = JwtCodec::create(kSecret);
    QVERIFY(codec.ok());
    const QJsonObject claims{{QStringLiteral("sub"), QStringLiteral("7d1c0b44-aaaa-4bbb-8ccc-000000000001")},
                             {QStringLiteral("role"), QStringLiteral("admin")},
                             {QStringLiteral("nbf"), kNowSeconds},
                             {QStringLiteral("exp"), kNowSeconds + 1},
                             {QStringLiteral("name"), QStringLiteral("मुंबई")}};
    const auto verified = codec->verify(codec->sign(claims), kNow);
    QVERIFY(verified.ok());
    QCOMPARE(*verified, claims);
}

void TestJwtCodec::refusesTamperedTokens_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("code");

    const QByteArray valid = payloadExpiringAt(kNowSeconds + 600);
    const QString genuine = sign(kHeader, valid);
    const QStringList parts = segmentsOf(genuine);
    const QString other = sign(kHeader, payloadExpiringAt(kNowSeconds + 900));

    QTest::newRow("alg none, no signature")
        << QString::fromLatin1(segment(R"({"alg":"none","typ":"JWT"})") + '.' + segment(valid) + '.')
        << QStringLiteral("token_algorithm");
    QTest::newRow("alg none, genuine signature")
        << QString::fromLatin1(segment(R"({"alg":"none","typ":"JWT"})") + '.' + segment(valid) + '.') +
               parts[2]
        << QStringLiteral("token_algorithm");
    QTest::newRow("alg HS512 re-signed")
        << sign(R"({"alg":"HS512","typ":"JWT"})", valid, QCryptographicHash::Sha512)
        << QStringLiteral("token_algorithm");
    QTest::newRow("alg RS256") << sign(R"({"alg":"RS256","typ":"JWT"})", valid)
                               << QStringLiteral("token_algorithm");
    QTest::newRow("alg lower case") << sign(R"({"alg":"hs256","typ":"JWT"})", valid)
                                    << QStringLiteral("token_algorithm");
    QTest::newRow("alg missing") << sign(R"({"typ":"JWT"})", valid) << QStringLiteral("token_algorithm");
    QTest::newRow("alg not a string") << sign(R"({"alg":256})", valid) << QStringLiteral("token_algorithm");

    QTest::newRow("swapped payload") << parts[0] + u'.' + segmentsOf(other)[1] + u'.' + parts[2]
                                     << QStringLiteral("token_signature");
    QTest::newRow("truncated signature") << genuine.chopped(1) << QStringLiteral("token_signature");
    QTest::newRow("no signature") << parts[0] + u'.' + parts[1] + u'.' << QStringLiteral("token_signature");
    QTest::newRow("non-base64 signature")
        << parts[0] + u'.' + parts[1] + QStringLiteral(".***") << QStringLiteral("token_signature");
    QTest::newRow("wrong secret") << sign(kHeader, valid, QCryptographicHash::Sha256, QByteArray(32, 'w'))
                                  << QStringLiteral("token_signature");

    QTest::newRow("two segments") << parts[0] + u'.' + parts[1] << QStringLiteral("token_malformed");
    QTest::newRow("extra segment") << genuine + QStringLiteral(".e30") << QStringLiteral("token_malformed");
    QTest::newRow("empty") << QString() << QStringLiteral("token_malformed");
    QTest::newRow("too long") << genuine + QString(JwtCodec::kMaximumTokenLength, u'A')
                              << QStringLiteral("token_malformed");
    QTest::newRow("non-base64 header")
        << QStringLiteral("***.") + parts[1] + u'.' + parts[2] << QStringLiteral("token_malformed");
    // 28 bytes of header need "==" padding in plain base64; JWTs must omit it.
    QTest::newRow("padded header")
        << signRaw(QByteArray(R"({"alg":"HS256", "typ":"JWT"})").toBase64(QByteArray::Base64UrlEncoding),
                   segment(valid))
        << QStringLiteral("token_malformed");
    QTest::newRow("header not JSON") << sign("alg=HS256", valid) << QStringLiteral("token_malformed");
    QTest::newRow("non-base64 payload, signed")
        << signRaw(segment(kHeader), "e30*") << QStringLiteral("token_malformed");
    QTest::newRow("payload an array") << sign(kHeader, "[1,2]") << QStringLiteral("token_malformed");
    QTest::newRow("exp a string") << sign(kHeader, R"({"exp":"2099-01-01"})")
                                  << QStringLiteral("token_malformed");
    QTest::newRow("critical extension")
        << sign(R"({"alg":"HS256","crit":["b64"],"b64":false})", valid) << QStringLiteral("token_malformed");

    QTest::newRow("expired a second ago")
        << sign(kHeader, payloadExpiringAt(kNowSeconds - 1)) << QStringLiteral("token_expired");
    QTest::newRow("expires exactly now")
        << sign(kHeader, payloadExpiringAt(kNowSeconds)) << QStringLiteral("token_expired");
    QTest::newRow("no exp") << sign(kHeader, R"({"sub":"u-1"})") << QStringLiteral("token_expired");
    QTest::newRow("nbf in the future")
        << sign(kHeader, QByteArrayLiteral(R"({"exp":)") + QByteArray::number(kNowSeconds + 600) +
                             R"(,"nbf":)" + QByteArray::number(kNowSeconds + 60) + '}')
        << QStringLiteral("token_not_yet_valid");
}

void TestJwtCodec::refusesTamperedTokens()
{
    QFETCH(QString, token);
    QFETCH(QString, code);

    const auto codec = JwtCodec::create(kSecret);
    QVERIFY(codec.ok());
    const auto verified = codec->verify(token, kNow);
    QVERIFY(!verified.ok());
    QCOMPARE(verified.error().code, code);
    QCOMPARE(verified.error().kind, ErrorKind::Unauthenticated);
}

QTEST_GUILESS_MAIN(TestJwtCodec)
#include "tst_jwt_codec.moc"
