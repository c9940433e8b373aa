// baartal-server: serves the REST API, or runs one of the operator's commands (migrate, create-admin,
// seed-demo, expire-coins, housekeeping) against the configured database.
#include "server/server_commands.h"
#include "server/server_config.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace {

using baartal::server::ServerCommands;
using baartal::server::ServerConfig;

int usageError(const QString& message)
{
    QTextStream(stderr) << "baartal-server: " << message << "\nRun baartal-server --help for the options."
                        << Qt::endl;
    return ServerCommands::kExitUsage;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("baartal-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BAARTAL_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Baartal central server.\n\n"
        "Commands:\n"
        "  (none)        serve the API until SIGINT or SIGTERM\n"
        "  migrate       apply pending database migrations\n"
        "  create-admin  create an admin login (--email, --password or the password on standard input)\n"
        "  seed-demo     add the demo bundle, shops, logins and a week of sales (safe to run again)\n"
        "  expire-coins  post the expiry of coins past their date (the server also does it hourly)\n"
        "  housekeeping  delete login codes and send locks older than an hour (also hourly)"));
    parser.addHelpOption();
    parser.addVersionOption();
    ServerConfig::addOptions(parser);
    const QCommandLineOption email(QStringLiteral("email"),
                                   QStringLiteral("create-admin: the admin's e-mail."),
                                   QStringLiteral("EMAIL"));
    const QCommandLineOption password(
        QStringLiteral("password"),
        QStringLiteral("create-admin: the admin's password (else the first line of standard input)."),
        QStringLiteral("PASSWORD"));
    parser.addOptions({email, password});
    parser.addPositionalArgument(
        QStringLiteral("command"),
        QStringLiteral("migrate, create-admin, seed-demo, expire-coins or housekeeping."),
        QStringLiteral("[command]"));

    if (!parser.parse(QCoreApplication::arguments())) {
        return usageError(parser.errorText());
    }
    if (parser.isSet(QStringLiteral("help"))) {
        parser.showHelp(ServerCommands::kExitOk);
    }
    if (parser.isSet(QStringLiteral("version"))) {
        parser.showVersion();
    }
    const QStringList positional = parser.positionalArguments();
    const QString command = positional.value(0);
    const QStringList commands{QStringLiteral("migrate"), QStringLiteral("create-admin"),
                               QStringLiteral("seed-demo"), QStringLiteral("expire-coins"),
                               QStringLiteral("housekeeping")};
    if (positional.size() > 1 || (!command.isEmpty() && !commands.contains(command))) {
        return usageError(QStringLiteral("unknown command \"%1\"").arg(positional.join(u' ')));
    }
    auto config = ServerConfig::fromParser(parser);
    if (!config) {
        return usageError(config.error().message);
    }

    QTextStream out(stdout);
    if (command == QLatin1String("migrate")) {
        return ServerCommands::migrate(*config, out);
    }
    if (command == QLatin1String("seed-demo")) {
        return ServerCommands::seedDemo(*config, out);
    }
    if (command == QLatin1String("expire-coins")) {
        return ServerCommands::expireCoins(*config, out);
    }
    if (command == QLatin1String("housekeeping")) {
        return ServerCommands::housekeeping(*config, out);
    }
    if (command == QLatin1String("create-admin")) {
        if (!parser.isSet(email)) {
            return usageError(QStringLiteral("create-admin needs --email"));
        }
        const QString adminPassword =
            parser.isSet(password) ? parser.value(password) : QTextStream(stdin).readLine();
        if (adminPassword.isEmpty()) {
            return usageError(
                QStringLiteral("create-admin needs --password or the password on standard input"));
        }
        return ServerCommands::createAdmin(*config, parser.value(email), adminPassword, out);
    }
    return ServerCommands::serve(*config);
}
