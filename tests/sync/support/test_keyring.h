#pragma once

#include <QString>
#include <QTest>

#include <optional>

namespace baartal::testsupport {

// The real keychain of the keychain tests: gnome-keyring under the private D-Bus session of
// scripts/run-tests.sh, started and unlocked by scripts/start-test-keyring.sh.
class TestKeyring {
public:
    TestKeyring() = delete;

    // Nothing when the keychain is ready; otherwise why it is not.
    static std::optional<QString> start();
    // BAARTAL_REQUIRE_KEYCHAIN=1 (run-tests.sh sets it): a missing keychain fails the test, not skips it.
    static bool required();
};

} // namespace baartal::testsupport

// For initTestCase(): starts the test keychain, or skips the test (fails it when one is required).
#define BAARTAL_START_TEST_KEYRING_OR_SKIP()                                                                 \
    do {                                                                                                     \
        if (const auto problem = ::baartal::testsupport::TestKeyring::start()) {                             \
            const QString why = QStringLiteral("no test keychain: %1").arg(*problem);                        \
            if (::baartal::testsupport::TestKeyring::required()) {                                           \
                QFAIL(qPrintable(why));                                                                      \
            }                                                                                                \
            QSKIP(qPrintable(why));                                                                          \
        }                                                                                                    \
    } while (false)
