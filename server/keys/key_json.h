#pragma once

#include <QJsonArray>

namespace baartal::core {
class TokenVerifier;
}

namespace baartal::server {

// The token-verifying public keys as the API shows them (GET /api/v1/keys, the sync reference).
class KeyJson {
public:
    KeyJson() = delete;

    // [{kid, alg: "Ed25519", public_key (base64url)}], newest first: the first key signs what the server
    // issues now.
    static QJsonArray keys(const core::TokenVerifier& verifier);
};

} // namespace baartal::server
