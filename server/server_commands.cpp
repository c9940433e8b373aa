#include "server/server_commands.h"

#include "core/ledger/ledger_service.h"
#include "core/storage/database.h"
#include "core/storage/migrator.h"
#include "core/time/clock.h"
#include "core/users/account_service.h"
#include "server/demo/demo_seeder.h"
#include "server/jobs/expiry_job.h"
#include "server/jobs/housekeeping_job.h"
#include "server/server_app.h"
#include "server/termination_signals.h"

#include <QCoreApplication>
#include <QTextStream>

namespace baartal::server {

int ServerCommands::fail(const core::Error& error)
{
    QTextStream(stderr) << QCoreApplication::applicationName() << ": " << error.message << Qt::endl;
    return error.kind == core::ErrorKind::Invalid ? kExitUsage : kExitFailure;
}

int ServerCommands::serve(ServerConfig config)
{
    if (core::Status secret = config.resolveJwtSecret(); !secret) {
        return fail(secret.error());
    }
    if (core::Status keys = config.resolveSigningKeys(); !keys) {
        return fail(keys.error());
    }
    auto app = ServerApp::create(config);
    if (!app) {
        return fail(app.error());
    }
    TerminationSignals termination;
    if (!termination.isActive()) {
        return fail(core::Error::internal(QStringLiteral("signals_unavailable"),
                                          QStringLiteral("Cannot install the SIGINT/SIGTERM handlers")));
    }
    QObject::connect(&termination, &TerminationSignals::received, QCoreApplication::instance(),
                     &QCoreApplication::quit);
    if (auto port = (*app)->listen(); !port) {
        return fail(port.error());
    }
    return QCoreApplication::exec() == 0 ? kExitOk : kExitFailure;
}

int ServerCommands::migrate(const ServerConfig& config, QTextStream& out)
{
    auto database = core::Database::open(config.database);
    if (!database) {
        return fail(database.error());
    }
    core::Migrator migrator(**database, core::Migrator::serverMigrations());
    auto before = migrator.currentVersion();
    if (!before) {
        return fail(before.error());
    }
    auto applied = migrator.migrate();
    if (!applied) {
        return fail(applied.error());
    }
    auto after = migrator.currentVersion();
    if (!after) {
        return fail(after.error());
    }
    out << config.database.redacted() << ": schema version " << *before << " -> " << *after << " ("
        << *applied << " migration(s) applied, latest " << migrator.latestVersion() << ")" << Qt::endl;
    return kExitOk;
}

int ServerCommands::createAdmin(const ServerConfig& config, const QString& email, const QString& password,
                                QTextStream& out)
{
    auto database = ServerApp::openDatabase(config.database);
    if (!database) {
        return fail(database.error());
    }
    const core::SystemClock clock;
    const core::PasswordHasher hasher(config.passwordStrength);
    auto admin = core::AccountService(**database, hasher, clock).createAdmin(email, password);
    if (!admin) {
        return fail(admin.error());
    }
    out << "Created admin " << admin->user.emailOrPhone << " (user_id=" << admin->user.id << ")" << Qt::endl;
    return kExitOk;
}

int ServerCommands::expireCoins(const ServerConfig& config, QTextStream& out)
{
    auto database = ServerApp::openDatabase(config.database);
    if (!database) {
        return fail(database.error());
    }
    const core::SystemClock clock;
    core::LedgerService ledger(**database, clock, config.loyalty);
    auto expired = ExpiryJob(ledger).runOnce();
    if (!expired) {
        return fail(expired.error());
    }
    out << QStringLiteral("Coins expired for %1 customer(s).").arg(*expired) << Qt::endl;
    return kExitOk;
}

int ServerCommands::housekeeping(const ServerConfig& config, QTextStream& out)
{
    auto database = ServerApp::openDatabase(config.database);
    if (!database) {
        return fail(database.error());
    }
    const core::SystemClock clock;
    auto report = HousekeepingJob(**database, clock).runOnce();
    if (!report) {
        return fail(report.error());
    }
    out << QStringLiteral("Removed %1 old login code(s) and %2 send lock(s).")
               .arg(report->otpCodes)
               .arg(report->otpSendLocks)
        << Qt::endl;
    return kExitOk;
}

int ServerCommands::seedDemo(const ServerConfig& config, QTextStream& out)
{
    auto database = ServerApp::openDatabase(config.database);
    if (!database) {
        return fail(database.error());
    }
    const core::SystemClock clock;
    const core::PasswordHasher hasher(config.passwordStrength);
    auto report = DemoSeeder(**database, hasher, clock, config.publicBaseUrl, config.loyalty).seed();
    if (!report) {
        return fail(report.error());
    }
    out << (report->created > 0 ? QStringLiteral("Demo data created (%1 records).").arg(report->created)
                                : QStringLiteral("Demo data already present; nothing changed."))
        << Qt::endl;
    for (const DemoLogin& login : report->logins) {
        out << "  " << core::toText(login.role).leftJustified(10) << login.login << " / " << login.password;
        if (!login.note.isEmpty()) {
            out << "  " << login.note;
        }
        out << Qt::endl;
    }
    return kExitOk;
}

} // namespace baartal::server
