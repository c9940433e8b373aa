#include "ui/app/translations.h"

#include "ui/ui_log.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace baartal::ui {

QString Translations::systemLanguage()
{
    const QString name = QLocale::system().name().section(QLatin1Char('_'), 0, 0);
    return languages().contains(name) ? name : QStringLiteral("en");
}

bool Translations::install(QCoreApplication& app, const QString& language)
{
    const QLocale locale(language == QLatin1String("en") ? QStringLiteral("en_IN")
                                                         : language + QStringLiteral("_IN"));
    QLocale::setDefault(locale);

    auto* baartal = new QTranslator(&app);
    if (!baartal->load(QStringLiteral(":/i18n/baartal_%1.qm").arg(language))) {
        qCWarning(lcUi) << "no Baartal translation for" << language;
        delete baartal;
        return false;
    }
    QCoreApplication::installTranslator(baartal);

    // Qt's own strings (standard buttons, dialogs) where Debian ships them; English needs none.
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
    }
    return true;
}

} // namespace baartal::ui
