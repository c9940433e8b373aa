#include "core/crypto/ed25519_key_pair.h"
#include "core/tokens/token_signer.h"
#include "sync/client/counter_sale_repository.h"
#include "sync/client/counter_token_check.h"
#include "tests/sync/support/temporary_counter_store.h"

#include <QTest>

using namespace baartal;

namespace {

const QDateTime kIssued(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC);
const QDateTime kAtTheCounter = kIssued.addSecs(5 * 60);
const QString kShop = QStringLiteral("0b7d5e4c-8c1e-4f3a-9d2b-6a1f0e3c5b7a");
const QString kOtherShop = QStringLiteral("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d");
const QString kCustomer = QStringLiteral("5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b");
const QString kNonce = QStringLiteral("c0ffee00-1234-4abc-8def-0123456789ab");
const QString kRefusedNonce = QStringLiteral("deadbeef-1234-4abc-8def-0123456789ab");

core::Ed25519KeyPair key(char fill)
{
    return *core::Ed25519KeyPair::fromSeed(QByteArray(core::Ed25519KeyPair::kSeedBytes, fill));
}

core::TokenClaims identityClaims()
{
    core::TokenClaims claims;
    claims.type = core::TokenType::CustomerIdentity;
    claims.subject = kCustomer;
    claims.issuedAt = kIssued;
    claims.expiresAt = kIssued.addSecs(24 * 3600);
    return claims;
}

core::TokenClaims spendClaims(const QString& nonce = kNonce, const QString& shop = kShop)
{
    core::TokenClaims claims = identityClaims();
    claims.type = core::TokenType::Spend;
    claims.expiresAt = kIssued.addSecs(15 * 60);
    claims.nonce = nonce;
    claims.coins = core::Coins(120);
    claims.merchantId = shop;
    return claims;
}

// Signed by the server's current key ('a') unless said otherwise.
QString token(const core::TokenClaims& claims, char signer = 'a')
{
    return *core::TokenSigner(key(signer)).sign(claims);
}

QString tampered(const QString& text)
{
    QStringList parts = text.split(QLatin1Char('.'));
    QString& payload = parts[2];
    const qsizetype middle = payload.size() / 2;
    payload[middle] = payload[middle] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    return parts.join(QLatin1Char('.'));
}

} // namespace

// The counter's offline checks of the customer's identity and spend QR codes.
class TestCounterTokenCheck : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<testsupport::TemporaryCounterStore> m_store;
    sync::ReferenceData m_reference;

    sync::CounterTokenCheck check() { return sync::CounterTokenCheck(m_reference, m_store->database()); }

private Q_SLOTS:
    void init()
    {
        auto store = testsupport::TemporaryCounterStore::create();
        QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().message));
        m_store = std::move(*store);
        m_reference = {};
        m_reference.merchant.id = kShop;
        // 'b' stands for a retired key whose tokens are still valid.
        m_reference.serverKeys = {key('a').publicKey(), key('b').publicKey()};
        m_reference.refusedSpendTokens = {
            {kRefusedNonce, kCustomer, QStringLiteral("cancelled"), kIssued.addSecs(15 * 60)}};
    }

    void cleanup() { m_store.reset(); }

    void tellsTheKindOfScan_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("type"); // -1: not a token
        QTest::newRow("identity token") << token(identityClaims()) << int(core::TokenType::CustomerIdentity);
        QTest::newRow("spend token") << token(spendClaims()) << int(core::TokenType::Spend);
        QTest::newRow("customer id") << kCustomer << -1;
        QTest::newRow("other dotted text") << QStringLiteral("abc.def.ghi") << -1;
        QTest::newRow("empty") << QString() << -1;
    }

    void tellsTheKindOfScan()
    {
        QFETCH(QString, text);
        QFETCH(int, type);
        const auto found = sync::CounterTokenCheck::typeOf(text);
        QCOMPARE(found ? int(*found) : -1, type);
    }

    void readsTheCustomerOfAnIdentityToken_data()
    {
        QTest::addColumn<char>("signer");
        QTest::newRow("current key") << 'a';
        QTest::newRow("retired key") << 'b';
    }

    void readsTheCustomerOfAnIdentityToken()
    {
        QFETCH(char, signer);
        auto customer = check().identity(token(identityClaims(), signer), kAtTheCounter);
        QVERIFY2(customer.ok(), qPrintable(customer.ok() ? QString() : customer.error().code));
        QCOMPARE(*customer, kCustomer);
    }

    void acceptsAGenuineSpendToken_data()
    {
        QTest::addColumn<QString>("shop");
        QTest::newRow("bound to this shop") << kShop;
        QTest::newRow("for any shop") << QString();
    }

    void acceptsAGenuineSpendToken()
    {
        QFETCH(QString, shop);
        const QString text = token(spendClaims(kNonce, shop));
        auto spend = check().spend(QStringLiteral("  ") + text + QStringLiteral("\n"), kAtTheCounter);
        QVERIFY2(spend.ok(), qPrintable(spend.ok() ? QString() : spend.error().code));
        QCOMPARE(spend->token, text);
        QCOMPARE(spend->customerId, kCustomer);
        QCOMPARE(spend->coins, core::Coins(120));
        QCOMPARE(spend->nonce, kNonce);
        QCOMPARE(spend->expiresAt, kIssued.addSecs(15 * 60));
    }

    void refusesWhatCannotBeTaken_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QString>("code");
        const QString genuine = token(spendClaims());
        QTest::newRow("identity token as spend")
            << token(identityClaims()) << kAtTheCounter << "token_wrong_type";
        QTest::newRow("not a token") << kCustomer << kAtTheCounter << "token_malformed";
        QTest::newRow("unknown key") << token(spendClaims(), 'z') << kAtTheCounter << "token_unknown_key";
        QTest::newRow("altered") << tampered(genuine) << kAtTheCounter << "token_signature";
        QTest::newRow("expired") << genuine << kIssued.addSecs(30 * 60) << "token_expired";
        QTest::newRow("other shop") << token(spendClaims(kNonce, kOtherShop)) << kAtTheCounter
                                    << "spend_token_other_shop";
        QTest::newRow("cancelled on the server")
            << token(spendClaims(kRefusedNonce)) << kAtTheCounter << "spend_token_refused";
    }

    void refusesWhatCannotBeTaken()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, now);
        QFETCH(QString, code);
        auto spend = check().spend(text, now);
        QVERIFY(!spend.ok());
        QCOMPARE(spend.error().code, code);
    }

    void refusesASpendTokenInAnIdentityCheck()
    {
        auto customer = check().identity(token(spendClaims()), kAtTheCounter);
        QVERIFY(!customer.ok());
        QCOMPARE(customer.error().code, QStringLiteral("token_wrong_type"));
    }

    void refusesATokenThisCounterTookAlready()
    {
        const QString text = token(spendClaims());
        QVERIFY(check().spend(text, kAtTheCounter).ok());
        sync::CounterSale sale;
        sale.clientTxnId = QStringLiteral("1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9");
        sale.merchantId = kShop;
        sale.customerId = kCustomer;
        sale.bill = core::Paise(45000);
        sale.redeemCoins = core::Coins(120);
        sale.issueRate = 5;
        sale.spendToken = text;
        sale.createdAt = kAtTheCounter;
        sale.updatedAt = kAtTheCounter;
        QVERIFY(sync::CounterSaleRepository(m_store->database()).add(sale).ok());

        auto again = check().spend(text, kAtTheCounter);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, QStringLiteral("spend_token_used_here"));
    }

    void refusesEveryTokenWithoutCachedKeys()
    {
        m_reference.serverKeys.clear();
        auto customer = check().identity(token(identityClaims()), kAtTheCounter);
        QVERIFY(!customer.ok());
        QCOMPARE(customer.error().code, QStringLiteral("token_unknown_key"));
    }
};

QTEST_GUILESS_MAIN(TestCounterTokenCheck)
#include "tst_counter_token_check.moc"
