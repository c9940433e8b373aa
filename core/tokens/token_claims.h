#pragma once

#include "core/money/coins.h"

#include <QDateTime>
#include <QString>

#include <chrono>
#include <optional>

namespace baartal::core {

// What a signed token stands for. Each type has its own text prefix, so one can never pass as the other.
enum class TokenType {
    CustomerIdentity, // the customer's QR: names the customer, nothing more
    Spend,            // a customer's authorisation to redeem held coins, once
};

QString toText(TokenType type);

// The signed content of a token. Times are whole seconds.
struct TokenClaims {
    // A phone may show its identity QR offline for a day.
    static constexpr std::chrono::hours kIdentityLifetime{24};
    // Long enough to walk to the counter, short enough that a lost phone's token is soon useless.
    static constexpr std::chrono::minutes kSpendLifetime{15};

    TokenType type = TokenType::CustomerIdentity;
    QString subject; // the customer id
    QDateTime issuedAt;
    QDateTime expiresAt;
    // Spend tokens only.
    QString nonce;      // the id of the hold the server keeps for the coins
    Coins coins{0};     // exactly what may be redeemed
    QString merchantId; // the one shop that may redeem it; empty for any shop

    friend bool operator==(const TokenClaims&, const TokenClaims&) = default;
};

} // namespace baartal::core
