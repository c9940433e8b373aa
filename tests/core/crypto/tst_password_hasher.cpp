#include "core/crypto/password_hasher.h"

#include <QTest>

using baartal::core::PasswordHasher;

class TestPasswordHasher : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void hashesAndVerifies_data();
    void hashesAndVerifies();
    void refusesUnacceptablePasswords_data();
    void refusesUnacceptablePasswords();
    void saltsEveryHash();
    void rejectsBadHashes_data();
    void rejectsBadHashes();
    void interactiveStrength();
    void needsRehash();
};

void TestPasswordHasher::hashesAndVerifies_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("wrong");

    QTest::newRow("ascii") << QStringLiteral("correct horse battery staple")
                           << QStringLiteral("correct horse battery stapl");
    QTest::newRow("one character") << QStringLiteral("x") << QStringLiteral("X");
    QTest::newRow("devanagari") << QStringLiteral("पासवर्ड१२३") << QStringLiteral("पासवर्ड१२४");
    QTest::newRow("surrounding spaces kept") << QStringLiteral(" secret ") << QStringLiteral("secret");
    QTest::newRow("longest allowed") << QString(PasswordHasher::kMaxPasswordLength, u'p')
                                     << QString(PasswordHasher::kMaxPasswordLength - 1, u'p');
}

void TestPasswordHasher::hashesAndVerifies()
{
    QFETCH(QString, password);
    QFETCH(QString, wrong);

    const PasswordHasher hasher(PasswordHasher::Strength::Minimal);
    const auto hash = hasher.hash(password);
    QVERIFY(hash.ok());
    QVERIFY2(hash->startsWith(QStringLiteral("$argon2id$")), qPrintable(*hash));
    QVERIFY(hasher.verify(password, *hash));
    QVERIFY(!hasher.verify(wrong, *hash));
}

void TestPasswordHasher::refusesUnacceptablePasswords_data()
{
    QTest::addColumn<QString>("password");

    QTest::newRow("empty") << QString();
    QTest::newRow("one too long") << QString(PasswordHasher::kMaxPasswordLength + 1, u'p');
}

void TestPasswordHasher::refusesUnacceptablePasswords()
{
    QFETCH(QString, password);

    const PasswordHasher hasher(PasswordHasher::Strength::Minimal);
    const auto hash = hasher.hash(password);
    QVERIFY(!hash.ok());
    QCOMPARE(hash.error().code, QStringLiteral("invalid_password"));
    QCOMPARE(hash.error().kind, baartal::core::ErrorKind::Invalid);
}

void TestPasswordHasher::saltsEveryHash()
{
    const PasswordHasher hasher(PasswordHasher::Strength::Minimal);
    const auto first = hasher.hash(QStringLiteral("same password"));
    const auto second = hasher.hash(QStringLiteral("same password"));
    QVERIFY(first.ok() && second.ok());
    QVERIFY(*first != *second);
}

void TestPasswordHasher::rejectsBadHashes_data()
{
    QTest::addColumn<QString>("hash");

    QTest::newRow("empty") << QString();
    QTest::newRow("not a hash") << QStringLiteral("hunter2");
    QTest::newRow("other algorithm") << QStringLiteral(
        "$2y$10$abcdefghijklmnopqrstuuJ0FhYd0sGQ8c1x1ptd0r8Q3Z5vW3u2K");
    QTest::newRow("longer than any hash") << QString(200, u'$');
}

void TestPasswordHasher::rejectsBadHashes()
{
    QFETCH(QString, hash);

    const PasswordHasher hasher(PasswordHasher::Strength::Minimal);
    QVERIFY(!hasher.verify(QStringLiteral("hunter2"), hash));
    QVERIFY(hasher.needsRehash(hash));
}

void TestPasswordHasher::interactiveStrength()
{
    const PasswordHasher interactive(PasswordHasher::Strength::Interactive);
    const auto hash = interactive.hash(QStringLiteral("counter 7"));
    QVERIFY(hash.ok());
    QVERIFY(interactive.verify(QStringLiteral("counter 7"), *hash));
    // The parameters travel in the hash, so a hasher of any strength verifies it.
    QVERIFY(PasswordHasher(PasswordHasher::Strength::Minimal).verify(QStringLiteral("counter 7"), *hash));
}

void TestPasswordHasher::needsRehash()
{
    const PasswordHasher minimal(PasswordHasher::Strength::Minimal);
    const PasswordHasher interactive(PasswordHasher::Strength::Interactive);
    const auto hash = minimal.hash(QStringLiteral("seeded demo password"));
    QVERIFY(hash.ok());
    QCOMPARE(minimal.needsRehash(*hash), false);
    QCOMPARE(interactive.needsRehash(*hash), true);
}

QTEST_GUILESS_MAIN(TestPasswordHasher)
#include "tst_password_hasher.moc"
