#include "core/crypto/secure_random.h"

#include <QRegularExpression>
#include <QTest>

#include <array>

using baartal::core::SecureRandom;

class TestSecureRandom : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void bytesHaveTheRequestedLength_data();
    void bytesHaveTheRequestedLength();
    void bytesDiffer();
    void tokensAreUnpaddedBase64Url_data();
    void tokensAreUnpaddedBase64Url();
    void digitsHaveTheRequestedLength_data();
    void digitsHaveTheRequestedLength();
    void digitsAreRoughlyUniform();
};

void TestSecureRandom::bytesHaveTheRequestedLength_data()
{
    QTest::addColumn<qsizetype>("n");
    QTest::addColumn<qsizetype>("expected");

    QTest::newRow("negative") << qsizetype(-4) << qsizetype(0);
    QTest::newRow("zero") << qsizetype(0) << qsizetype(0);
    QTest::newRow("one") << qsizetype(1) << qsizetype(1);
    QTest::newRow("key") << qsizetype(32) << qsizetype(32);
    QTest::newRow("large") << qsizetype(4096) << qsizetype(4096);
}

void TestSecureRandom::bytesHaveTheRequestedLength()
{
    QFETCH(qsizetype, n);
    QFETCH(qsizetype, expected);

    QCOMPARE(SecureRandom::bytes(n).size(), expected);
}

void TestSecureRandom::bytesDiffer()
{
    QVERIFY(SecureRandom::bytes(32) != SecureRandom::bytes(32));
    QVERIFY(SecureRandom::token() != SecureRandom::token());
}

void TestSecureRandom::tokensAreUnpaddedBase64Url_data()
{
    QTest::addColumn<qsizetype>("byteCount");
    QTest::addColumn<qsizetype>("length");

    QTest::newRow("default 32 bytes") << qsizetype(32) << qsizetype(43);
    QTest::newRow("16 bytes") << qsizetype(16) << qsizetype(22);
    QTest::newRow("one byte") << qsizetype(1) << qsizetype(2);
    QTest::newRow("zero bytes") << qsizetype(0) << qsizetype(0);
}

void TestSecureRandom::tokensAreUnpaddedBase64Url()
{
    QFETCH(qsizetype, byteCount);
    QFETCH(qsizetype, length);

    const QString token = SecureRandom::token(byteCount);
    QCOMPARE(token.size(), length);
    static const QRegularExpression alphabet(QStringLiteral("^[A-Za-z0-9_-]*$"));
    QVERIFY2(alphabet.match(token).hasMatch(), qPrintable(token));
    const auto decoded = QByteArray::fromBase64Encoding(
        token.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    QVERIFY(decoded);
    QCOMPARE(decoded.decoded.size(), byteCount);
}

void TestSecureRandom::digitsHaveTheRequestedLength_data()
{
    QTest::addColumn<qsizetype>("n");
    QTest::addColumn<qsizetype>("expected");

    QTest::newRow("otp") << qsizetype(6) << qsizetype(6);
    QTest::newRow("one") << qsizetype(1) << qsizetype(1);
    QTest::newRow("zero") << qsizetype(0) << qsizetype(0);
    QTest::newRow("negative") << qsizetype(-1) << qsizetype(0);
}

void TestSecureRandom::digitsHaveTheRequestedLength()
{
    QFETCH(qsizetype, n);
    QFETCH(qsizetype, expected);

    const QString digits = SecureRandom::digits(n);
    QCOMPARE(digits.size(), expected);
    for (const QChar c : digits) {
        QVERIFY2(c.isDigit(), qPrintable(digits));
    }
}

void TestSecureRandom::digitsAreRoughlyUniform()
{
    // 20000 digits: each count is about 2000 with a standard deviation near 42, so the bounds below are
    // more than six deviations wide and a correct generator essentially never fails them.
    const QString digits = SecureRandom::digits(20000);
    std::array<int, 10> counts{};
    for (const QChar c : digits) {
        ++counts[size_t(c.digitValue())];
    }
    for (size_t d = 0; d < counts.size(); ++d) {
        QVERIFY2(counts[d] > 1700 && counts[d] < 2300,
                 qPrintable(QStringLiteral("digit %1 appeared %2 times").arg(d).arg(counts[d])));
    }
}

QTEST_GUILESS_MAIN(TestSecureRandom)
#include "tst_secure_random.moc"
