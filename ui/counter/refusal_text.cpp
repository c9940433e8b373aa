#include "ui/counter/refusal_text.h"

#include "sync/client/api_client.h"

namespace baartal::ui {

QString RefusalText::forError(const core::Error& error)
{
    if (sync::ApiClient::isOutage(error)) {
        return tr("the server cannot be reached; try again when the counter is online");
    }
    return forCode(error.code);
}

QString RefusalText::forCode(const QString& code)
{
    if (code == QLatin1String("customer_not_found")) {
        return tr("the customer is not known to the server");
    }
    if (code == QLatin1String("merchant_not_approved")) {
        return tr("this shop is not approved yet");
    }
    if (code == QLatin1String("spend_token_used")) {
        return tr("the spend QR was already used at another counter; no coins were redeemed");
    }
    if (code == QLatin1String("spend_token_not_active") || code == QLatin1String("token_expired")) {
        return tr("the spend QR had expired or was cancelled; no coins were redeemed");
    }
    if (code == QLatin1String("insufficient_balance")) {
        return tr("the customer did not have enough B-Coins");
    }
    if (code == QLatin1String("spend_over_cap")) {
        return tr("more coins than this shop allows on that bill");
    }
    if (code == QLatin1String("already_voided")) {
        return tr("the sale was voided already");
    }
    if (code == QLatin1String("transaction_not_found")) {
        return tr("the server has no such sale to void");
    }
    if (code == QLatin1String("spend_request_lapsed") || code == QLatin1String("spend_request_cancelled")) {
        return tr("the spend request lapsed or the customer withdrew it; they can ask again");
    }
    if (code == QLatin1String("spend_request_confirmed") || code == QLatin1String("spend_request_declined") ||
        code == QLatin1String("spend_request_not_found")) {
        return tr("the spend request was already answered");
    }
    // The counter's own checks of a scanned QR (CounterTokenCheck), before anything is recorded.
    if (code == QLatin1String("spend_token_used_here")) {
        return tr("this counter already took that spend QR");
    }
    if (code == QLatin1String("spend_token_refused")) {
        return tr("the spend QR was already redeemed or cancelled");
    }
    if (code == QLatin1String("spend_token_other_shop")) {
        return tr("the spend QR is for another shop");
    }
    if (code == QLatin1String("token_wrong_type")) {
        return tr("that is not the kind of QR expected here");
    }
    if (code == QLatin1String("token_malformed")) {
        return tr("that is not a Baartal QR");
    }
    if (code == QLatin1String("token_unknown_key")) {
        return tr("the QR is signed with a key this counter does not know yet; connect to the server once");
    }
    if (code == QLatin1String("token_signature")) {
        return tr("the QR was altered or forged");
    }
    if (code == QLatin1String("token_not_yet_valid")) {
        return tr("the QR is dated in the future; check this computer's clock");
    }
    return tr("refused by the server (%1)").arg(code);
}

} // namespace baartal::ui
