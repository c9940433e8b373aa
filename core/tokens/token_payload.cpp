#include "core/tokens/token_payload.h"

#include "core/ids/ids.h"

#include <QCborMap>
#include <QCborValue>

namespace baartal::core {

namespace {

// CBOR Web Token claim keys (RFC 8392 §4); coins is private to Baartal, hence negative.
constexpr qint64 kSubject = 2;
constexpr qint64 kAudience = 3;
constexpr qint64 kExpiresAt = 4;
constexpr qint64 kIssuedAt = 6;
constexpr qint64 kNonce = 7;
constexpr qint64 kCoins = -1;

const QByteArray kIdentityPrefix = QByteArrayLiteral("bid1");
const QByteArray kSpendPrefix = QByteArrayLiteral("bsp1");

std::optional<QByteArray> uuidBytes(const QString& id)
{
    return Ids::toBytes(id);
}

std::optional<QString> uuidText(const QCborValue& value)
{
    return value.isByteArray() ? Ids::fromBytes(value.toByteArray()) : std::nullopt;
}

Error invalidClaims(const QString& why)
{
    return Error::invalid(QStringLiteral("invalid_token_claims"),
                          QStringLiteral("Cannot sign a token: ") + why);
}

} // namespace

QByteArray TokenPayload::prefix(TokenType type)
{
    return type == TokenType::Spend ? kSpendPrefix : kIdentityPrefix;
}

std::optional<TokenType> TokenPayload::typeOfPrefix(const QByteArray& prefix)
{
    if (prefix == kIdentityPrefix) {
        return TokenType::CustomerIdentity;
    }
    if (prefix == kSpendPrefix) {
        return TokenType::Spend;
    }
    return std::nullopt;
}

Result<QByteArray> TokenPayload::encode(const TokenClaims& claims)
{
    const auto subject = uuidBytes(claims.subject);
    if (!subject) {
        return invalidClaims(QStringLiteral("the subject is not a customer id"));
    }
    if (!claims.issuedAt.isValid() || !claims.expiresAt.isValid() || claims.expiresAt <= claims.issuedAt) {
        return invalidClaims(QStringLiteral("it needs an issue time before its expiry"));
    }
    QCborMap map;
    map.insert(kSubject, *subject);
    if (claims.type == TokenType::Spend && !claims.merchantId.isEmpty()) {
        const auto merchant = uuidBytes(claims.merchantId);
        if (!merchant) {
            return invalidClaims(QStringLiteral("the merchant is not a merchant id"));
        }
        map.insert(kAudience, *merchant);
    }
    map.insert(kExpiresAt, claims.expiresAt.toSecsSinceEpoch());
    map.insert(kIssuedAt, claims.issuedAt.toSecsSinceEpoch());
    if (claims.type == TokenType::Spend) {
        const auto nonce = uuidBytes(claims.nonce);
        if (!nonce || claims.coins.value() <= 0) {
            return invalidClaims(QStringLiteral("a spend token needs a nonce and coins above zero"));
        }
        map.insert(kNonce, *nonce);
        map.insert(kCoins, claims.coins.value());
    }
    return map.toCborValue().toCbor();
}

std::optional<TokenClaims> TokenPayload::decode(TokenType type, const QByteArray& payload)
{
    QCborParserError error;
    const QCborValue value = QCborValue::fromCbor(payload, &error);
    if (error.error != QCborError::NoError || !value.isMap()) {
        return std::nullopt;
    }
    const QCborMap map = value.toMap();
    TokenClaims claims;
    claims.type = type;
    const auto subject = uuidText(map.value(kSubject));
    const QCborValue expiresAt = map.value(kExpiresAt);
    const QCborValue issuedAt = map.value(kIssuedAt);
    if (!subject || !expiresAt.isInteger() || !issuedAt.isInteger()) {
        return std::nullopt;
    }
    claims.subject = *subject;
    claims.expiresAt = QDateTime::fromSecsSinceEpoch(expiresAt.toInteger(), Qt::UTC);
    claims.issuedAt = QDateTime::fromSecsSinceEpoch(issuedAt.toInteger(), Qt::UTC);
    if (type == TokenType::Spend) {
        const auto nonce = uuidText(map.value(kNonce));
        const QCborValue coins = map.value(kCoins);
        if (!nonce || !coins.isInteger()) {
            return std::nullopt;
        }
        claims.nonce = *nonce;
        claims.coins = Coins(coins.toInteger());
        if (map.contains(kAudience)) {
            const auto merchant = uuidText(map.value(kAudience));
            if (!merchant) {
                return std::nullopt;
            }
            claims.merchantId = *merchant;
        }
    }
    // Only the exact bytes encode() writes: no extra claims, other key order, longer integer forms or
    // trailing bytes, so one set of claims has one token.
    const auto canonical = encode(claims);
    if (!canonical || *canonical != payload) {
        return std::nullopt;
    }
    return claims;
}

} // namespace baartal::core
