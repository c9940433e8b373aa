#pragma once

#include "core/crypto/ed25519_public_key.h"
#include "core/result/result.h"
#include "core/tokens/token_claims.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <chrono>

namespace baartal::core {

// Checks tokens from TokenSigner with public keys alone, so a point of sale can check a customer's QR with
// no network. Knowing several keys lets tokens signed before a key rotation stay valid until they expire.
class TokenVerifier {
public:
    // How far the verifier's clock may be behind or ahead of the signer's: a counter PC's clock drifts.
    static constexpr std::chrono::seconds kClockSkew{120};
    // Longer input is refused unread; a spend token is about 200 characters.
    static constexpr qsizetype kMaximumTokenLength = 512;

    explicit TokenVerifier(QList<Ed25519PublicKey> keys)
        : m_keys(std::move(keys))
    {
    }

    const QList<Ed25519PublicKey>& keys() const { return m_keys; }

    // The claims of a genuine token of the expected type, current at `now`. Failures, each with a stable
    // code: "token_malformed" (not our token format at all), "token_wrong_type" (a genuine-looking token
    // of the other type), "token_unknown_key" (a kid none of the keys has), "token_signature" (altered or
    // forged) — all Invalid — and "token_expired", "token_not_yet_valid" (Unprocessable), both with
    // kClockSkew of allowance.
    Result<TokenClaims> verify(const QString& token, TokenType expected, const QDateTime& now) const;

private:
    QList<Ed25519PublicKey> m_keys;
};

} // namespace baartal::core
