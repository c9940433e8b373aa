#pragma once

#include "core/result/error.h"

#include <QCoreApplication>
#include <QString>

namespace baartal::ui {

// What the cashier reads for a sale the server refused: the server answers a sync row with a stable
// code (docs/sync-protocol.md §3) and the counter says it in the user's language. The codes of the
// counter's own QR checks (sync::CounterTokenCheck) are worded here too.
class RefusalText {
    Q_DECLARE_TR_FUNCTIONS(baartal::ui::RefusalText)

public:
    RefusalText() = delete;

    static QString forCode(const QString& code);
    // An online call's failure: an outage (sync::ApiClient::isOutage) says so, a refusal its code's text.
    static QString forError(const core::Error& error);
};

} // namespace baartal::ui
