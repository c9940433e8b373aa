#include "tests/e2e/server_process.h"

#include "tests/testsupport/api_test_client.h"

#include <QFile>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

namespace baartal::testsupport {

namespace {

constexpr int kCommandTimeoutMs = 60000;
constexpr int kStartAttempts = 300;
constexpr int kStartPollMs = 100;

quint16 freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

core::Status writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
        return core::Error::internal(QStringLiteral("write_failed"), QStringLiteral("Cannot write ") + path);
    }
    return {};
}

} // namespace

ServerProcess::ServerProcess()
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    // The tests read the server's log, whatever logging rules the test itself runs with.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("QT_LOGGING_RULES"));
    m_process.setProcessEnvironment(environment);
    QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process,
                     [this] { m_log += m_process.readAll(); });
}

ServerProcess::~ServerProcess()
{
    kill();
}

QString ServerProcess::executable()
{
    const QString buildDir = qEnvironmentVariableIsSet("BAARTAL_BUILD_DIR")
                                 ? qEnvironmentVariable("BAARTAL_BUILD_DIR")
                                 : QStringLiteral(BAARTAL_DEFAULT_BUILD_DIR);
    return buildDir + QStringLiteral("/app/server/baartal-server");
}

core::Result<QStringList> ServerProcess::arguments(const core::DatabaseUrl& database,
                                                   const QTemporaryDir& dir)
{
    QStringList arguments{QStringLiteral("--database"), database.toString(),
                          QStringLiteral("--fast-password-hashing")};
    if (database.dialect == core::Dialect::Sqlite) {
        return arguments;
    }
    const QString secret = dir.filePath(QStringLiteral("jwt-secret"));
    const QString key = dir.filePath(QStringLiteral("signing-key"));
    if (core::Status written = writeFile(secret, "e2e-secret-0123456789abcdefghijklmnopqrstuvwxyz\n");
        !written) {
        return written.error();
    }
    if (core::Status written = writeFile(key, QByteArray(32, 'k').toBase64() + '\n'); !written) {
        return written.error();
    }
    return arguments + QStringList{QStringLiteral("--jwt-secret-file"), secret,
                                   QStringLiteral("--signing-key-file"), key};
}

CommandResult ServerProcess::run(const QStringList& arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(executable(), arguments);
    CommandResult result;
    if (!process.waitForFinished(kCommandTimeoutMs) || process.exitStatus() != QProcess::NormalExit) {
        process.kill();
        process.waitForFinished();
        result.output = QString::fromUtf8(process.readAll());
        return result;
    }
    result.exitCode = process.exitCode();
    result.output = QString::fromUtf8(process.readAll());
    return result;
}

QString ServerProcess::start(const QStringList& arguments)
{
    m_port = freePort();
    if (m_port == 0) {
        return QStringLiteral("no free loopback port");
    }
    m_process.start(executable(), arguments + QStringList{QStringLiteral("--listen"),
                                                          QStringLiteral("127.0.0.1:%1").arg(m_port)});
    if (!m_process.waitForStarted()) {
        return m_process.errorString();
    }
    ApiTestClient api(url());
    for (int attempt = 0; attempt < kStartAttempts && m_process.state() == QProcess::Running; ++attempt) {
        if (api.get(QStringLiteral("/healthz")).status == 200) {
            return {};
        }
        QTest::qWait(kStartPollMs);
    }
    return QStringLiteral("the server did not become healthy:\n") + QString::fromUtf8(log());
}

QString ServerProcess::startDemo(const QTemporaryDir& dir)
{
    const auto database =
        core::DatabaseUrl::parse(QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("demo.sqlite")));
    if (!database) {
        return database.error().message;
    }
    auto common = arguments(*database, dir);
    if (!common) {
        return common.error().message;
    }
    for (const QString& command : {QStringLiteral("migrate"), QStringLiteral("seed-demo")}) {
        if (const CommandResult done = run(*common + QStringList{command}); done.exitCode != 0) {
            return QStringLiteral("%1 failed: %2").arg(command, done.output);
        }
    }
    return start(*common);
}

void ServerProcess::kill()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished();
    }
}

QUrl ServerProcess::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

QByteArray ServerProcess::log()
{
    m_log += m_process.readAll();
    return m_log;
}

} // namespace baartal::testsupport
