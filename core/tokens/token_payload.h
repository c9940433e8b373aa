#pragma once

#include "core/result/result.h"
#include "core/tokens/token_claims.h"

#include <QByteArray>

#include <optional>

namespace baartal::core {

// The wire form shared by TokenSigner and TokenVerifier:
//   <prefix>.<kid>.<base64url(payload)>.<base64url(Ed25519 signature over "<prefix>.<kid>.<payload>")>
// The payload is a CBOR map with the integer claim keys of CBOR Web Tokens (RFC 8392): 2 sub, 3 aud
// (the merchant), 4 exp, 6 iat, 7 cti (the nonce), and -1 for the coins; ids travel as 16 raw UUID bytes
// and times as whole seconds, which keeps an identity token near 140 characters: a small QR code.
class TokenPayload {
public:
    TokenPayload() = delete;

    // "bid1" for a customer identity, "bsp1" for a spend token.
    static QByteArray prefix(TokenType type);
    static std::optional<TokenType> typeOfPrefix(const QByteArray& prefix);

    // "invalid_token_claims" (Invalid) for claims no verifier would accept: an id that is not a UUID, a
    // missing time, a spend token without a nonce or positive coins.
    static Result<QByteArray> encode(const TokenClaims& claims);

    // The claims of payload bytes in exactly the form encode() writes, else nothing.
    static std::optional<TokenClaims> decode(TokenType type, const QByteArray& payload);
};

} // namespace baartal::core
