#pragma once

#include "core/crypto/ed25519_key_pair.h"
#include "core/result/result.h"
#include "core/tokens/token_claims.h"

#include <QString>

namespace baartal::core {

// Issues compact signed tokens (see TokenPayload for the format) under the server's current key.
class TokenSigner {
public:
    explicit TokenSigner(Ed25519KeyPair key)
        : m_key(std::move(key))
    {
    }

    const Ed25519KeyPair& key() const { return m_key; }

    // The token text; TokenPayload's "invalid_token_claims" for claims it cannot carry. Times are
    // truncated to whole seconds.
    Result<QString> sign(const TokenClaims& claims) const;

private:
    Ed25519KeyPair m_key;
};

} // namespace baartal::core
