#pragma once

#include "core/result/error.h"
#include "server/server_config.h"

#include <QString>

class QTextStream;

namespace baartal::server {

// What `baartal-server` does for each of its commands, with the process's exit code: kExitOk, kExitFailure
// when something failed at run time, kExitUsage when the command line or configuration must change.
// Results go to `out`, failures to standard error.
class ServerCommands {
public:
    static constexpr int kExitOk = 0;
    static constexpr int kExitFailure = 1;
    static constexpr int kExitUsage = 2;

    ServerCommands() = delete;

    // Serves the API until SIGINT or SIGTERM; needs a running QCoreApplication.
    static int serve(ServerConfig config);
    // Applies pending migrations and prints the schema version before and after.
    static int migrate(const ServerConfig& config, QTextStream& out);
    static int createAdmin(const ServerConfig& config, const QString& email, const QString& password,
                           QTextStream& out);
    // Seeds the demo data (see DemoSeeder) and prints its logins and ids.
    static int seedDemo(const ServerConfig& config, QTextStream& out);

    // Posts the expiry of every coin lot past its date and prints how many customers it touched.
    static int expireCoins(const ServerConfig& config, QTextStream& out);
    // Deletes old login codes and send locks (HousekeepingJob) and prints how many.
    static int housekeeping(const ServerConfig& config, QTextStream& out);
    // Prints "baartal-server: <message>" to standard error; returns kExitUsage for an Invalid error (the
    // operator has to change something) and kExitFailure otherwise.
    static int fail(const core::Error& error);
};

} // namespace baartal::server
