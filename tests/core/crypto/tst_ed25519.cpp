#include "core/crypto/ed25519_key_pair.h"

#include <QTest>

using baartal::core::Ed25519KeyPair;
using baartal::core::Ed25519PublicKey;

namespace {

QByteArray hex(const char* text)
{
    return QByteArray::fromHex(text);
}

} // namespace

// Ed25519 signing keys and public keys: RFC 8032's test vectors, and refusal of anything altered.
class TestEd25519 : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void matchesRfc8032_data()
    {
        QTest::addColumn<QByteArray>("seed");
        QTest::addColumn<QByteArray>("publicKey");
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QByteArray>("signature");
        // RFC 8032 §7.1, TEST 1 and TEST 2.
        QTest::newRow("empty message")
            << hex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
            << hex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a") << QByteArray()
            << hex("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701"
                   "cf9b46b"
                   "d25bf5f0595bbe24655141438e7a100b");
        QTest::newRow("one byte") << hex("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb")
                                  << hex("3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c")
                                  << hex("72")
                                  << hex("92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085"
                                         "ac1e43e15996e458f3613d0f11d8c"
                                         "387b2eaeb4302aeeb00d291612bb0c00");
    }

    void matchesRfc8032()
    {
        QFETCH(QByteArray, seed);
        QFETCH(QByteArray, publicKey);
        QFETCH(QByteArray, message);
        QFETCH(QByteArray, signature);
        auto key = Ed25519KeyPair::fromSeed(seed);
        QVERIFY(key.ok());
        QCOMPARE(key->seed(), seed);
        QCOMPARE(key->publicKey().bytes(), publicKey);
        QCOMPARE(key->sign(message), signature);
        QVERIFY(key->publicKey().verify(message, signature));
    }

    void refusesWhatWasNotSigned()
    {
        const Ed25519KeyPair key = Ed25519KeyPair::generate();
        const QByteArray message("bill 250.00");
        const QByteArray signature = key.sign(message);
        QVERIFY(key.publicKey().verify(message, signature));

        QVERIFY(!key.publicKey().verify("bill 950.00", signature));
        QByteArray flipped = signature;
        flipped[10] = char(flipped[10] ^ 0x01);
        QVERIFY(!key.publicKey().verify(message, flipped));
        QVERIFY(!key.publicKey().verify(message, signature.left(63)));
        QVERIFY(!key.publicKey().verify(message, QByteArray()));
        QVERIFY(!Ed25519KeyPair::generate().publicKey().verify(message, signature));
    }

    void kidIsShortAndFollowsTheKey()
    {
        const Ed25519KeyPair key = Ed25519KeyPair::generate();
        QCOMPARE(key.publicKey().kid().size(), 8);
        QCOMPARE(Ed25519PublicKey::fromBytes(key.publicKey().bytes())->kid(), key.publicKey().kid());
        QVERIFY(Ed25519KeyPair::generate().publicKey().kid() != key.publicKey().kid());
    }

    void refusesKeysOfTheWrongSize_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("short") << QByteArray(31, 'k');
        QTest::newRow("long") << QByteArray(33, 'k');
        QTest::newRow("libsodium's 64-byte secret key") << QByteArray(64, 'k');
    }

    void refusesKeysOfTheWrongSize()
    {
        QFETCH(QByteArray, bytes);
        QCOMPARE(Ed25519KeyPair::fromSeed(bytes).error().code, QStringLiteral("invalid_signing_key"));
        QCOMPARE(Ed25519PublicKey::fromBytes(bytes).error().code, QStringLiteral("invalid_public_key"));
    }
};

QTEST_GUILESS_MAIN(TestEd25519)
#include "tst_ed25519.moc"
