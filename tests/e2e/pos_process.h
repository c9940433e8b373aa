#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace baartal::testsupport {

// The built baartal-pos executable as a child process on the offscreen platform, signed in to a server
// as the demo merchant, for end-to-end tests and benchmarks. It logs "counter ready" (category
// baartal.ui, info) when the counter window is open and ready for the first sale.
class PosProcess {
public:
    Q_DISABLE_COPY_MOVE(PosProcess)
    PosProcess() = default;
    ~PosProcess(); // kills a program still running

    // The executable, beside the server's in the build folder.
    static QString executable();
    // --server, the demo merchant's --login and --password, --database and English.
    static QStringList demoArguments(const QUrl& server, const QString& database);

    // Starts the program and waits until the counter is ready; the milliseconds from launch, or nothing
    // when the program ended or the counter did not open within a minute (problem() says why).
    std::optional<qint64> startToCounter(const QStringList& arguments);
    QString problem() const { return m_problem; }
    // Resident memory of the running program, from /proc.
    std::optional<qint64> residentKb() const;
    QProcess& process() { return m_process; }
    void kill();

private:
    QProcess m_process;
    QByteArray m_output;
    QString m_problem;
};

} // namespace baartal::testsupport
