#pragma once

#include "core/result/result.h"
#include "core/storage/database_url.h"

#include <QByteArray>
#include <QProcess>
#include <QStringList>
#include <QUrl>

class QTemporaryDir;

namespace baartal::testsupport {

// How one command of the server ended: its exit code (-1 when it crashed or hung) and what it printed.
struct CommandResult {
    int exitCode = -1;
    QString output;
};

// The built baartal-server executable as a child process serving on 127.0.0.1, for end-to-end tests.
class ServerProcess {
public:
    Q_DISABLE_COPY_MOVE(ServerProcess)
    ServerProcess();
    ~ServerProcess(); // kills a server still running

    // The executable: under $BAARTAL_BUILD_DIR (set by ctest), else the build folder compiled in.
    static QString executable();
    // --database and fast password hashing; for PostgreSQL also the JWT secret and QR signing key files,
    // written into dir, that processes sharing one database must share (SQLite keeps them beside its file).
    static core::Result<QStringList> arguments(const core::DatabaseUrl& database, const QTemporaryDir& dir);

    // Runs one command (migrate, seed-demo, ...) to its end, a minute at most.
    static CommandResult run(const QStringList& arguments);

    // Starts the server with the arguments on a free loopback port and waits until /healthz answers;
    // empty on success, else why, with what the server printed.
    QString start(const QStringList& arguments);
    // The demo an operator gets from scripts/demo.sh: a SQLite database in dir, migrated and seeded with
    // the demo data (seed-demo), served as start() does. Empty on success, else why.
    QString startDemo(const QTemporaryDir& dir);
    // SIGKILL: the server dies at once, wherever it is, and is waited for.
    void kill();

    QProcess& process() { return m_process; }
    quint16 port() const { return m_port; }
    QUrl url() const;
    // Everything the server printed so far, across restarts.
    QByteArray log();

private:
    QProcess m_process;
    quint16 m_port = 0;
    QByteArray m_log;
};

} // namespace baartal::testsupport
