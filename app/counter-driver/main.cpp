// baartal-counter-driver: a headless counter for the sync proofs and benchmarks. Records earn (and void)
// actions into a counter store offline, then optionally drains the outbox to a server.
#include "app/counter-driver/counter_driver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

namespace {

using baartal::sync::CounterDriver;
using baartal::sync::CounterDriverOptions;

constexpr int kExitUsage = 2;

int usageError(const QString& message)
{
    QTextStream(stderr) << "baartal-counter-driver: " << message
                        << "\nRun baartal-counter-driver --help for the options." << Qt::endl;
    return kExitUsage;
}

QStringList customersFromFile(const QString& path, bool* ok)
{
    QFile file(path);
    *ok = file.open(QIODevice::ReadOnly | QIODevice::Text);
    QStringList customers;
    while (*ok && !file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (!line.isEmpty()) {
            customers.append(line);
        }
    }
    return customers;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("baartal-counter-driver"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Headless Baartal counter for tests and benchmarks.\n\n"
        "Records --actions earn actions (every --void-every K-th one voids the earn before it) into the "
        "counter store, printing \"committed <sequence> <client_txn_id>\" as soon as each is committed. "
        "With --sync it then signs in and uploads the outbox, exiting 0 once every row is answered and 1 "
        "when the server refuses a batch as a whole.\n\n"
        "The device key is read from a PLAIN, UNENCRYPTED file (--device-key-file): this is an explicit "
        "opt-in for test counters. Anyone who can read that file can sign batches as this device; the POS "
        "keeps its key in the system keychain instead."));
    parser.addHelpOption();
    const QCommandLineOption database(QStringLiteral("database"),
                                      QStringLiteral("The counter store (SQLite file)."),
                                      QStringLiteral("PATH"));
    const QCommandLineOption deviceId(QStringLiteral("device-id"),
                                      QStringLiteral("The id the server gave this device at enrolment."),
                                      QStringLiteral("ID"));
    const QCommandLineOption keyFile(
        QStringLiteral("device-key-file"),
        QStringLiteral("File holding the device's 32-byte Ed25519 seed, unencrypted (see above)."),
        QStringLiteral("FILE"));
    const QCommandLineOption merchantId(QStringLiteral("merchant-id"), QStringLiteral("The device's shop."),
                                        QStringLiteral("ID"));
    const QCommandLineOption customer(QStringLiteral("customer"),
                                      QStringLiteral("A customer id the actions go to (repeatable)."),
                                      QStringLiteral("ID"));
    const QCommandLineOption customersFile(QStringLiteral("customers-file"),
                                           QStringLiteral("A file of customer ids, one per line."),
                                           QStringLiteral("FILE"));
    const QCommandLineOption actions(QStringLiteral("actions"), QStringLiteral("How many actions to record."),
                                     QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption voidEvery(QStringLiteral("void-every"),
                                       QStringLiteral("Every K-th action voids the earn before it."),
                                       QStringLiteral("K"), QStringLiteral("0"));
    const QCommandLineOption issueRate(
        QStringLiteral("issue-rate"),
        QStringLiteral("Coins per ₹100 for local previews when no profile of the shop is cached."),
        QStringLiteral("RATE"), QString::number(baartal::core::EarnPolicy::kDefaultRate));
    const QCommandLineOption server(QStringLiteral("server"), QStringLiteral("The server's root URL."),
                                    QStringLiteral("URL"));
    const QCommandLineOption login(QStringLiteral("login"), QStringLiteral("The merchant's e-mail or phone."),
                                   QStringLiteral("LOGIN"));
    const QCommandLineOption password(QStringLiteral("password"), QStringLiteral("The merchant's password."),
                                      QStringLiteral("PASSWORD"));
    const QCommandLineOption sync(QStringLiteral("sync"),
                                  QStringLiteral("After recording, sign in and drain the outbox."));
    const QCommandLineOption syncTimeout(
        QStringLiteral("sync-timeout"),
        QStringLiteral("Give up (exit 1) when the outbox is not drained after SECONDS; 0 waits for ever."),
        QStringLiteral("SECONDS"), QStringLiteral("0"));
    parser.addOptions({database, deviceId, keyFile, merchantId, customer, customersFile, actions, voidEvery,
                       issueRate, server, login, password, sync, syncTimeout});
    parser.process(app);

    CounterDriverOptions options;
    options.databasePath = parser.value(database);
    options.deviceId = parser.value(deviceId);
    options.keyFile = parser.value(keyFile);
    options.merchantId = parser.value(merchantId);
    options.customers = parser.values(customer);
    if (parser.isSet(customersFile)) {
        bool ok = false;
        options.customers += customersFromFile(parser.value(customersFile), &ok);
        if (!ok) {
            return usageError(QStringLiteral("cannot read %1").arg(parser.value(customersFile)));
        }
    }
    bool numbersOk = false;
    options.actions = parser.value(actions).toInt(&numbersOk);
    bool voidOk = false;
    options.voidEvery = parser.value(voidEvery).toInt(&voidOk);
    bool rateOk = false;
    options.issueRate = parser.value(issueRate).toInt(&rateOk);
    bool timeoutOk = false;
    options.syncTimeoutSeconds = parser.value(syncTimeout).toInt(&timeoutOk);
    if (!numbersOk || !voidOk || !rateOk || !timeoutOk || options.actions < 0 || options.voidEvery < 0 ||
        options.syncTimeoutSeconds < 0) {
        return usageError(
            QStringLiteral("--actions, --void-every, --issue-rate and --sync-timeout take whole numbers"));
    }
    options.sync = parser.isSet(sync);
    options.server = QUrl(parser.value(server));
    options.login = parser.value(login);
    options.password = parser.value(password);
    if (options.databasePath.isEmpty() || options.deviceId.isEmpty() || options.keyFile.isEmpty() ||
        options.merchantId.isEmpty()) {
        return usageError(
            QStringLiteral("--database, --device-id, --device-key-file and --merchant-id are required"));
    }
    if (options.sync && (!options.server.isValid() || options.server.isEmpty() || options.login.isEmpty())) {
        return usageError(QStringLiteral("--sync needs --server, --login and --password"));
    }

    CounterDriver driver(options);
    if (baartal::core::Status recorded = driver.record(); !recorded) {
        QTextStream(stderr) << "baartal-counter-driver: " << recorded.error().code << ": "
                            << recorded.error().message << Qt::endl;
        return CounterDriver::kExitFailed;
    }
    if (!options.sync) {
        return CounterDriver::kExitOk;
    }
    QObject::connect(&driver, &CounterDriver::finished, &app, &QCoreApplication::exit, Qt::QueuedConnection);
    driver.sync();
    return QCoreApplication::exec();
}
