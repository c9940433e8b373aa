#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace baartal::ui {

// The languages the POS ships (English, Hindi, Marathi), compiled into the binary from translations/.
class Translations {
public:
    Translations() = delete;

    static QStringList languages()
    {
        return {QStringLiteral("en"), QStringLiteral("hi"), QStringLiteral("mr")};
    }
    // A language's name in its own script ("English", "हिन्दी", "मराठी"), as a language menu shows it.
    static QString nativeName(const QString& language);
    // "hi" for a Hindi system locale, "mr" for Marathi, otherwise "en".
    static QString systemLanguage();
    // Switches the application to the language, at run time too: removes the Baartal and Qt translators
    // installed earlier, installs the language's, and makes its Indian locale (en_IN, hi_IN, mr_IN) the
    // default, so every widget gets QEvent::LanguageChange and numbers keep Indian grouping. False, with
    // the earlier language left in place, when Baartal's translation for it is missing.
    static bool install(QCoreApplication& app, const QString& language);
    // The language install() last switched to; empty before the first.
    static QString current();
};

} // namespace baartal::ui
