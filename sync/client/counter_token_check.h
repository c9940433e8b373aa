#pragma once

#include "core/money/coins.h"
#include "core/result/result.h"
#include "core/tokens/token_claims.h"
#include "sync/client/reference_data.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace baartal::core {
class Database;
}

namespace baartal::sync {

// A spend token that passed every check the counter can make offline.
struct CheckedSpend {
    QString token; // as scanned, for SaleRecorder::recordSpend
    QString customerId;
    core::Coins coins{0};
    QString nonce;
    QDateTime expiresAt;
};

// Checks the customer's QR codes at the counter with no network: the signature with the server keys of
// the cached reference, the type and the expiry (core::TokenVerifier's codes: "token_malformed",
// "token_wrong_type", "token_unknown_key", "token_signature", "token_expired", "token_not_yet_valid"),
// and for a spend token also the shop and whether it may still be taken. The server decides at last
// (a token taken at two offline counters is refused for the second); this refuses what it already can.
class CounterTokenCheck {
public:
    // `counterStore` is the counter's database, to see the tokens this counter took already.
    CounterTokenCheck(const ReferenceData& reference, core::Database& counterStore)
        : m_reference(reference)
        , m_counterStore(counterStore)
    {
    }

    // What the scanned text claims to be, from its prefix alone: nothing for a customer id or anything
    // else that is not a token.
    static std::optional<core::TokenType> typeOf(const QString& text);

    // The customer id of an identity token.
    core::Result<QString> identity(const QString& token, const QDateTime& now) const;
    // Besides the token checks: "spend_token_other_shop" (bound to another shop), "spend_token_refused"
    // (the server listed it as redeemed or cancelled), "spend_token_used_here" (Conflict: this counter
    // took it already).
    core::Result<CheckedSpend> spend(const QString& token, const QDateTime& now) const;

private:
    core::Result<core::TokenClaims> verify(const QString& token, core::TokenType type,
                                           const QDateTime& now) const;

    const ReferenceData& m_reference;
    core::Database& m_counterStore;
};

} // namespace baartal::sync
