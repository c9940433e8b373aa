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
    // "hi" for a Hindi system locale, "mr" for Marathi, otherwise "en".
    static QString systemLanguage();
    // Installs Baartal's and Qt's own translators for the language; false when Baartal's is missing.
    static bool install(QCoreApplication& app, const QString& language);
};

} // namespace baartal::ui
