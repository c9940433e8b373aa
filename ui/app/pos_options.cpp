#include "ui/app/pos_options.h"

#include "ui/app/translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QImageReader>

namespace baartal::ui {

core::Result<PosOptions> PosOptions::parse(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "PosOptions", "Baartal point of sale: B-Coin loyalty at the shop counter."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption server(QStringLiteral("server"),
                                    QCoreApplication::translate("PosOptions", "Address of baartal-server."),
                                    QStringLiteral("url"));
    const QCommandLineOption login(
        QStringLiteral("login"), QCoreApplication::translate("PosOptions", "Email or phone to sign in with."),
        QStringLiteral("email-or-phone"));
    const QCommandLineOption password(
        QStringLiteral("password"),
        QCoreApplication::translate("PosOptions", "Password; with --login, signs in at once (for demos)."),
        QStringLiteral("password"));
    const QCommandLineOption database(QStringLiteral("database"),
                                      QCoreApplication::translate("PosOptions", "The counter's SQLite file."),
                                      QStringLiteral("path"));
    const QCommandLineOption language(QStringLiteral("language"),
                                      QCoreApplication::translate("PosOptions", "Language: en, hi or mr."),
                                      QStringLiteral("code"));
    const QCommandLineOption settingsFile(
        QStringLiteral("settings"),
        QCoreApplication::translate("PosOptions", "The settings file (instead of the user's own)."),
        QStringLiteral("path"));
    const QCommandLineOption cameraImage(
        QStringLiteral("camera-image"),
        QCoreApplication::translate("PosOptions", "A picture to show as the webcam (demos, no camera)."),
        QStringLiteral("path"));
    parser.addOptions({server, login, password, database, language, settingsFile, cameraImage});
    if (!parser.parse(arguments)) {
        return core::Error::invalid(QStringLiteral("invalid_arguments"), parser.errorText());
    }
    if (parser.isSet(QStringLiteral("help"))) {
        parser.showHelp(); // exits
    }
    if (parser.isSet(QStringLiteral("version"))) {
        parser.showVersion(); // exits
    }
    PosOptions options;
    options.server = parser.value(server);
    options.login = parser.value(login);
    options.password = parser.value(password);
    options.database = parser.value(database);
    options.language = parser.value(language);
    options.settingsFile = parser.value(settingsFile);
    options.cameraImage = parser.value(cameraImage);
    if (!options.cameraImage.isEmpty() && QImageReader(options.cameraImage).size().isEmpty()) {
        return core::Error::invalid(
            QStringLiteral("invalid_arguments"),
            QCoreApplication::translate("PosOptions", "\"%1\" is not a picture.").arg(options.cameraImage));
    }
    if (!options.language.isEmpty() && !Translations::languages().contains(options.language)) {
        return core::Error::invalid(
            QStringLiteral("invalid_arguments"),
            QCoreApplication::translate("PosOptions", "Unknown language \"%1\"; choose one of %2.")
                .arg(options.language, Translations::languages().join(QStringLiteral(", "))));
    }
    return options;
}

PosSettings PosOptions::applyTo(PosSettings saved) const
{
    if (!server.isEmpty()) {
        saved.server = server;
    }
    if (!language.isEmpty()) {
        saved.language = language;
    }
    return saved;
}

} // namespace baartal::ui
