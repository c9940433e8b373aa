#pragma once

#include "core/crypto/ed25519_public_key.h"
#include "core/money/coins.h"
#include "core/result/result.h"
#include "sync/client/merchant_profile.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace baartal::sync {

// A device of the shop the server revoked: its batches are refused.
struct RevokedDevice {
    QString id;
    QString name;
    QDateTime revokedAt;

    friend bool operator==(const RevokedDevice&, const RevokedDevice&) = default;
};

// A spend token the counter must refuse although its signature and expiry may still pass.
struct RefusedSpendToken {
    QString nonce; // the token's nonce: the id of the server's hold
    QString customerId;
    QString state; // "redeemed", "cancelled"; any state listed is refused
    QDateTime expiresAt;

    friend bool operator==(const RefusedSpendToken&, const RefusedSpendToken&) = default;
};

// A customer who bought at the shop lately, with the spendable balance when the server answered.
struct ReferenceCustomer {
    QString customerId;
    QString nameMasked; // "98•••••345"
    core::Coins balance{0};
    QDateTime lastVisitAt;

    friend bool operator==(const ReferenceCustomer&, const ReferenceCustomer&) = default;
};

// What the counter keeps to trade, and refuse what it must, while offline: the answer of
// GET /api/v1/sync/reference (docs/sync-protocol.md §5).
struct ReferenceData {
    QDateTime generatedAt; // the server's time when it built the answer
    MerchantProfile merchant;
    QString merchantStatus;                   // "approved", "pending" or "rejected"
    QList<core::Ed25519PublicKey> serverKeys; // newest first
    QList<RevokedDevice> revokedDevices;
    QList<RefusedSpendToken> refusedSpendTokens;
    QList<ReferenceCustomer> recentCustomers;

    // "invalid_response" for an answer that breaks the contract, naming the field.
    static core::Result<ReferenceData> fromJson(const QJsonObject& data);

    bool isSpendTokenRefused(const QString& nonce) const;
    std::optional<ReferenceCustomer> customer(const QString& customerId) const;
};

} // namespace baartal::sync
