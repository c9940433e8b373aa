#include "core/crypto/base64_url.h"
#include "core/crypto/ed25519_key_pair.h"
#include "core/tokens/token_signer.h"
#include "core/tokens/token_verifier.h"
#include "tests/server/support/server_test_case.h"
#include "tests/testsupport/qr_reader.h"
#include "tests/testsupport/test_backends.h"

#include <QJsonArray>
#include <QTest>

using namespace baartal::core;
using baartal::testsupport::ApiReply;
using baartal::testsupport::QrReader;
using baartal::testsupport::ServerFixture;
using baartal::testsupport::ServerTestCase;
using baartal::testsupport::TestBackends;

namespace {

const QString kQr = QStringLiteral("/api/v1/wallet/qr");
const QString kKeys = QStringLiteral("/api/v1/keys");
const QString kEarn = QStringLiteral("/api/v1/merchant/earn");

// A verifier that knows only what GET /api/v1/keys publishes, as a point of sale offline would.
TokenVerifier publishedVerifier(const ApiReply& keys)
{
    QList<Ed25519PublicKey> publicKeys;
    for (const QJsonValue& key : keys.data().value(QStringLiteral("keys")).toArray()) {
        const auto bytes =
            Base64Url::decode(key.toObject().value(QStringLiteral("public_key")).toString().toLatin1());
        auto publicKey = Ed25519PublicKey::fromBytes(bytes.value_or(QByteArray()));
        if (publicKey) {
            publicKeys.append(*publicKey);
        }
    }
    return TokenVerifier(publicKeys);
}

} // namespace

// The customer's identity QR: a signed token a counter can check offline with the published keys.
class TestWalletQr : public ServerTestCase {
    Q_OBJECT

private:
    QString identityToken()
    {
        return server()
            .api()
            .get(kQr, server().login(ServerFixture::kCustomerLogin))
            .data()
            .value(QStringLiteral("token"))
            .toString();
    }

private Q_SLOTS:
    void qrDecodesToATokenThePublishedKeyVerifies_data() { addBackendRows(); }

    void qrDecodesToATokenThePublishedKeyVerifies()
    {
        QFETCH(Dialect, dialect);
        if (!startWithShop(dialect)) {
            return;
        }
        const ApiReply qr = server().api().get(kQr, server().login(ServerFixture::kCustomerLogin));
        QCOMPARE(qr.status, 200);
        const QString token = qr.data().value(QStringLiteral("token")).toString();
        QCOMPARE(qr.data().value(QStringLiteral("customer_id")).toString(), shop().customerId);
        const QByteArray png =
            QByteArray::fromBase64(qr.data().value(QStringLiteral("png_base64")).toString().toLatin1());
        QVERIFY(png.startsWith("\x89PNG"));
        QCOMPARE(QrReader::decode(png), token);

        const ApiReply keys = server().api().get(kKeys);
        QCOMPARE(keys.status, 200);
        const QJsonArray list = keys.data().value(QStringLiteral("keys")).toArray();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("alg")).toString(), QStringLiteral("Ed25519"));
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("kid")).toString(),
                 token.section(QLatin1Char('.'), 1, 1));

        // Valid for a day (with the verifier's small clock allowance), then no more.
        const QDateTime now = server().clock().now();
        QCOMPARE(qr.data().value(QStringLiteral("expires_at")).toString(),
                 now.addDays(1).toString(Qt::ISODateWithMs));
        auto claims =
            publishedVerifier(keys).verify(token, TokenType::CustomerIdentity, now.addSecs(23 * 3600));
        QVERIFY2(claims.ok(), qPrintable(claims.ok() ? QString() : claims.error().code));
        QCOMPARE(claims->subject, shop().customerId);
        QCOMPARE(publishedVerifier(keys)
                     .verify(token, TokenType::CustomerIdentity, now.addDays(1).addSecs(180))
                     .error()
                     .code,
                 QStringLiteral("token_expired"));
    }

    void onlyCustomersHaveAnIdentityQr_data() { addBackendRows(); }

    void onlyCustomersHaveAnIdentityQr()
    {
        QFETCH(Dialect, dialect);
        if (!startWithShop(dialect)) {
            return;
        }
        QCOMPARE(server().api().get(kQr, shop().merchantToken).status, 403);
        QCOMPARE(server().api().get(kQr).status, 401);
        // Each customer's token names that customer alone.
        auto other = server().registerCustomer(QStringLiteral("ravi@example.in"));
        QVERIFY(other.ok());
        const QString otherToken = server()
                                       .api()
                                       .get(kQr, server().login(QStringLiteral("ravi@example.in")))
                                       .data()
                                       .value(QStringLiteral("token"))
                                       .toString();
        auto claims = publishedVerifier(server().api().get(kKeys))
                          .verify(otherToken, TokenType::CustomerIdentity, server().clock().now());
        QVERIFY(claims.ok());
        QCOMPARE(claims->subject, *other);
    }

    void cashierEarnsByScanningTheQr_data() { addBackendRows(); }

    void cashierEarnsByScanningTheQr()
    {
        QFETCH(Dialect, dialect);
        if (!startWithShop(dialect)) {
            return;
        }
        const ApiReply sale = server().api().post(
            kEarn,
            {{QStringLiteral("customer_token"), identityToken()}, {QStringLiteral("bill_amount"), 600}},
            shop().merchantToken);
        QCOMPARE(sale.status, 201);
        const QJsonObject txn = sale.data().value(QStringLiteral("transaction")).toObject();
        QCOMPARE(txn.value(QStringLiteral("customer_id")).toString(), shop().customerId);
        QCOMPARE(txn.value(QStringLiteral("bcoins_earned")).toInteger(), 30);
        QCOMPARE(sale.data().value(QStringLiteral("balance")).toInteger(), 30);
    }

    void badCustomerTokensAreRefused_data()
    {
        QTest::addColumn<Dialect>("dialect");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        const QList<std::tuple<const char*, int, const char*>> cases{
            {"garbage", 400, "token_malformed"},
            {"customer id as token", 400, "token_malformed"},
            {"tampered", 400, "token_signature"},
            {"unknown key", 400, "token_unknown_key"},
            {"spend token", 400, "token_wrong_type"},
            {"expired", 422, "token_expired"},
            {"not a string", 400, "invalid_field_type"},
            {"empty", 400, "missing_field"},
            {"with customer_id too", 400, "conflicting_fields"},
        };
        for (const Dialect dialect : TestBackends::dialects()) {
            for (const auto& [kind, status, code] : cases) {
                QTest::addRow("%s/%s", qPrintable(TestBackends::name(dialect)), kind)
                    << dialect << QString::fromLatin1(kind) << status << QString::fromLatin1(code);
            }
        }
    }

    void badCustomerTokensAreRefused()
    {
        QFETCH(Dialect, dialect);
        QFETCH(QString, kind);
        QFETCH(int, status);
        QFETCH(QString, code);
        if (!startWithShop(dialect)) {
            return;
        }
        QString token = identityToken();
        QJsonObject body{{QStringLiteral("bill_amount"), 600}};
        if (kind == QLatin1String("garbage")) {
            token = QStringLiteral("hello");
        } else if (kind == QLatin1String("customer id as token")) {
            token = shop().customerId;
        } else if (kind == QLatin1String("tampered")) {
            const qsizetype at = token.indexOf(QLatin1Char('.'), 5) + 10;
            token[at] = token[at] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        } else if (kind == QLatin1String("unknown key")) {
            TokenClaims claims{TokenType::CustomerIdentity,
                               shop().customerId,
                               server().clock().now(),
                               server().clock().now().addDays(1),
                               {},
                               Coins(0),
                               {}};
            token = *TokenSigner(Ed25519KeyPair::generate()).sign(claims);
        } else if (kind == QLatin1String("spend token")) {
            QVERIFY(server().app().config().signingKeys.size() == 1);
            TokenClaims claims{TokenType::Spend,
                               shop().customerId,
                               server().clock().now(),
                               server().clock().now().addSecs(600),
                               shop().customerId,
                               Coins(5),
                               {}};
            token = *TokenSigner(server().app().config().signingKeys.constFirst()).sign(claims);
        } else if (kind == QLatin1String("expired")) {
            server().clock().advanceDays(1);
            server().clock().advanceSecs(TokenVerifier::kClockSkew.count());
        } else if (kind == QLatin1String("with customer_id too")) {
            body.insert(QStringLiteral("customer_id"), shop().customerId);
        }
        if (kind == QLatin1String("not a string")) {
            body.insert(QStringLiteral("customer_token"), 42);
        } else if (kind == QLatin1String("empty")) {
            body.insert(QStringLiteral("customer_token"), QString());
        } else {
            body.insert(QStringLiteral("customer_token"), token);
        }
        const ApiReply refused =
            server().api().post(kEarn, body, server().login(ServerFixture::kMerchantLogin));
        QCOMPARE(refused.status, status);
        QCOMPARE(refused.errorCode(), code);
        QCOMPARE(rows(QStringLiteral("transactions")), 0);
    }
};

QTEST_GUILESS_MAIN(TestWalletQr)
#include "tst_wallet_qr.moc"
