#include "ui/app/translations.h"

#include "ui/ui_log.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace baartal::ui {

namespace {

// What install() put in place, so the next switch can take it out again.
struct Installed {
    QString language;
    QPointer<QTranslator> baartal;
    QPointer<QTranslator> qt;
};

Installed& installed()
{
    static Installed state;
    return state;
}

void uninstall(QPointer<QTranslator>& translator)
{
    if (translator) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

} // namespace

QString Translations::nativeName(const QString& language)
{
    if (language == QLatin1String("hi")) {
        return QStringLiteral("हिन्दी");
    }
    if (language == QLatin1String("mr")) {
        return QStringLiteral("मराठी");
    }
    return QStringLiteral("English");
}

QString Translations::systemLanguage()
{
    const QString name = QLocale::system().name().section(QLatin1Char('_'), 0, 0);
    return languages().contains(name) ? name : QStringLiteral("en");
}

bool Translations::install(QCoreApplication& app, const QString& language)
{
    auto* baartal = new QTranslator(&app);
    if (!baartal->load(QStringLiteral(":/i18n/baartal_%1.qm").arg(language))) {
        qCWarning(lcUi) << "no Baartal translation for" << language;
        delete baartal;
        return false;
    }
    const QLocale locale(language == QLatin1String("en") ? QStringLiteral("en_IN")
                                                         : language + QStringLiteral("_IN"));
    // Set before the translators change: the widgets re-render on LanguageChange with the new locale.
    QLocale::setDefault(locale);

    Installed& state = installed();
    uninstall(state.baartal);
    uninstall(state.qt);
    state.language = language;
    state.baartal = baartal;
    QCoreApplication::installTranslator(baartal);

    // Qt's own strings (standard buttons, dialogs) where Debian ships them; English needs none.
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        state.qt = qt;
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
    }
    qCInfo(lcUi) << "language" << language;
    return true;
}

QString Translations::current()
{
    return installed().language;
}

} // namespace baartal::ui
