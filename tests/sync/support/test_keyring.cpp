#include "tests/sync/support/test_keyring.h"

#include <QProcess>

namespace baartal::testsupport {

std::optional<QString> TestKeyring::start()
{
    QProcess starter;
    starter.start(QStringLiteral(BAARTAL_START_TEST_KEYRING), {});
    const bool ready = starter.waitForFinished(60000) && starter.exitStatus() == QProcess::NormalExit &&
                       starter.exitCode() == 0;
    if (ready) {
        return std::nullopt;
    }
    return QString::fromLocal8Bit(starter.readAllStandardError()).trimmed();
}

bool TestKeyring::required()
{
    return qEnvironmentVariable("BAARTAL_REQUIRE_KEYCHAIN") == QLatin1String("1");
}

} // namespace baartal::testsupport
