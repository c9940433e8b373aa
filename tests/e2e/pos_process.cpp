#include "tests/e2e/pos_process.h"

#include "tests/e2e/server_process.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>

namespace baartal::testsupport {

namespace {

const QByteArray kReadyLine = QByteArrayLiteral("counter ready");
constexpr qint64 kStartTimeoutMs = 60'000;

} // namespace

PosProcess::~PosProcess()
{
    kill();
}

QString PosProcess::executable()
{
    return QFileInfo(ServerProcess::executable()).dir().filePath(QStringLiteral("../pos/baartal-pos"));
}

QStringList PosProcess::demoArguments(const QUrl& server, const QString& database)
{
    return {QStringLiteral("--server"),   server.toString(),
            QStringLiteral("--login"),    QStringLiteral("demo.merchant@baartal.test"),
            QStringLiteral("--password"), QStringLiteral("demo-merchant-pass"),
            QStringLiteral("--database"), database,
            QStringLiteral("--language"), QStringLiteral("en")};
}

std::optional<qint64> PosProcess::startToCounter(const QStringList& arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("baartal.ui.info=true"));
    m_process.setProcessEnvironment(environment);
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_output.clear();
    QElapsedTimer timer;
    timer.start();
    m_process.start(executable(), arguments);
    while (timer.elapsed() < kStartTimeoutMs) {
        const bool more = m_process.waitForReadyRead(100);
        m_output += m_process.readAll();
        if (m_output.contains(kReadyLine)) {
            return timer.elapsed();
        }
        if (!more && m_process.state() == QProcess::NotRunning) {
            m_problem = QStringLiteral("baartal-pos ended (exit code %1) before its counter opened: %2")
                            .arg(m_process.exitCode())
                            .arg(QString::fromUtf8(m_output.right(3000)));
            return std::nullopt;
        }
    }
    m_problem = QStringLiteral("the counter did not open within %1 s: %2")
                    .arg(kStartTimeoutMs / 1000)
                    .arg(QString::fromUtf8(m_output.right(3000)));
    return std::nullopt;
}

std::optional<qint64> PosProcess::residentKb() const
{
    QFile status(QStringLiteral("/proc/%1/status").arg(m_process.processId()));
    if (m_process.state() != QProcess::Running || !status.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
        }
    }
    return std::nullopt;
}

void PosProcess::kill()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished();
    }
}

} // namespace baartal::testsupport
