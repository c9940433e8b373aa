#include "ui/admin/admin_problem_text.h"

#include "sync/client/api_client.h"

namespace baartal::ui {

QString AdminProblemText::forError(const core::Error& error)
{
    if (sync::ApiClient::isOutage(error)) {
        return tr("Offline: the server cannot be reached, so nothing was changed. Check the connection and "
                  "try again.");
    }
    const QString& code = error.code;
    if (code == QLatin1String("reauthentication_failed")) {
        return tr("That password is not right. Nothing was changed.");
    }
    if (code == QLatin1String("customer_not_found")) {
        return tr("No customer has this phone number.");
    }
    if (code == QLatin1String("invalid_login")) {
        return tr("Enter a 10-digit mobile number (or the customer's e-mail).");
    }
    if (code == QLatin1String("insufficient_balance")) {
        return tr("The customer does not have that many coins to withdraw. Nothing was changed.");
    }
    if (code == QLatin1String("approval_already_decided")) {
        return tr("Another admin has already decided on this shop. The queue is refreshed.");
    }
    if (code == QLatin1String("invalid_pincode")) {
        return tr("Enter a 6-digit pincode.");
    }
    if (code == QLatin1String("invalid_bundle_name")) {
        return tr("Enter a bundle name of up to 80 characters.");
    }
    if (code == QLatin1String("forbidden_role") || code == QLatin1String("missing_token") ||
        code == QLatin1String("invalid_token")) {
        return tr("This session may not use the admin console. Sign in again as an admin.");
    }
    // The server's message is English and exact ("This bundle already has a shop of that category").
    return tr("The server refused: %1").arg(error.message);
}

} // namespace baartal::ui
