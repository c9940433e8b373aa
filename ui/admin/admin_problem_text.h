#pragma once

#include "core/result/error.h"

#include <QCoreApplication>
#include <QString>

namespace baartal::ui {

// What an admin reads when a console call fails: an outage says the server cannot be reached and
// nothing changed; the refusals an admin meets often are worded in the user's language; anything
// else shows the server's own message, which names the problem exactly.
class AdminProblemText {
    Q_DECLARE_TR_FUNCTIONS(baartal::ui::AdminProblemText)

public:
    AdminProblemText() = delete;

    static QString forError(const core::Error& error);
};

} // namespace baartal::ui
