#include "core/crypto/hashing.h"

#include <QTest>

using baartal::core::Hashing;

class TestHashing : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sha256_data();
    void sha256();
    void hmacSha256Rfc4231_data();
    void hmacSha256Rfc4231();
    void constantTimeEquals_data();
    void constantTimeEquals();
};

void TestHashing::sha256_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("digest");

    QTest::newRow("empty") << QByteArray()
                           << QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    QTest::newRow("abc") << QByteArray("abc")
                         << QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    QTest::newRow("two blocks") << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                                << QByteArray(
                                       "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

void TestHashing::sha256()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, digest);

    QCOMPARE(Hashing::sha256(input).toHex(), digest);
}

void TestHashing::hmacSha256Rfc4231_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QByteArray>("mac");

    QByteArray counting;
    for (char c = 0x01; c <= 0x19; ++c) {
        counting.append(c);
    }

    QTest::newRow("case 1") << QByteArray(20, '\x0b') << QByteArray("Hi There")
                            << QByteArray("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
    QTest::newRow("case 2 short key")
        << QByteArray("Jefe") << QByteArray("what do ya want for nothing?")
        << QByteArray("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    QTest::newRow("case 3") << QByteArray(20, '\xaa') << QByteArray(50, '\xdd')
                            << QByteArray("773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe");
    QTest::newRow("case 4 25-byte key")
        << counting << QByteArray(50, '\xcd')
        << QByteArray("82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b");
    // Case 5 publishes only the first 128 bits; the test compares that prefix.
    QTest::newRow("case 5 truncated") << QByteArray(20, '\x0c') << QByteArray("Test With Truncation")
                                      << QByteArray("a3b6167473100ee06e0c796c2955552b");
    QTest::newRow("case 6 131-byte key")
        << QByteArray(131, '\xaa') << QByteArray("Test Using Larger Than Block-Size Key - Hash Key First")
        << QByteArray("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
    QTest::newRow("case 7 131-byte key, long data")
        << QByteArray(131, '\xaa')
        << QByteArray(
               "This is a test using a larger than block-size key and a larger than block-size data. The "
               "key needs to be hashed before being used by the HMAC algorithm.")
        << QByteArray("9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2");
}

void TestHashing::hmacSha256Rfc4231()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, mac);

    const QByteArray computed = Hashing::hmacSha256(key, data);
    QCOMPARE(computed.size(), 32);
    QCOMPARE(computed.toHex().left(mac.size()), mac);
}

void TestHashing::constantTimeEquals_data()
{
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");
    QTest::addColumn<bool>("equal");

    QTest::newRow("equal") << QByteArray("signature") << QByteArray("signature") << true;
    QTest::newRow("first byte differs") << QByteArray("signature") << QByteArray("Signature") << false;
    QTest::newRow("last byte differs") << QByteArray("signature") << QByteArray("signaturE") << false;
    QTest::newRow("prefix") << QByteArray("signature") << QByteArray("sign") << false;
    QTest::newRow("longer") << QByteArray("sign") << QByteArray("signature") << false;
    QTest::newRow("both empty") << QByteArray() << QByteArray() << true;
    QTest::newRow("one empty") << QByteArray() << QByteArray("x") << false;
    QTest::newRow("binary with zeros") << QByteArray("\0\1\0", 3) << QByteArray("\0\1\0", 3) << true;
}

void TestHashing::constantTimeEquals()
{
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    QFETCH(bool, equal);

    QCOMPARE(Hashing::constantTimeEquals(a, b), equal);
}

QTEST_GUILESS_MAIN(TestHashing)
#include "tst_hashing.moc"
