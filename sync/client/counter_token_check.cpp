#include "sync/client/counter_token_check.h"

#include "core/tokens/token_payload.h"
#include "core/tokens/token_verifier.h"
#include "sync/client/counter_sale_repository.h"

namespace baartal::sync {

std::optional<core::TokenType> CounterTokenCheck::typeOf(const QString& text)
{
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    if (dot <= 0) {
        return std::nullopt;
    }
    return core::TokenPayload::typeOfPrefix(text.left(dot).trimmed().toLatin1());
}

core::Result<core::TokenClaims> CounterTokenCheck::verify(const QString& token, core::TokenType type,
                                                          const QDateTime& now) const
{
    return core::TokenVerifier(m_reference.serverKeys).verify(token.trimmed(), type, now);
}

core::Result<QString> CounterTokenCheck::identity(const QString& token, const QDateTime& now) const
{
    auto claims = verify(token, core::TokenType::CustomerIdentity, now);
    if (!claims) {
        return claims.error();
    }
    return claims->subject;
}

core::Result<CheckedSpend> CounterTokenCheck::spend(const QString& token, const QDateTime& now) const
{
    auto claims = verify(token, core::TokenType::Spend, now);
    if (!claims) {
        return claims.error();
    }
    if (!claims->merchantId.isEmpty() && claims->merchantId != m_reference.merchant.id) {
        return core::Error::invalid(QStringLiteral("spend_token_other_shop"),
                                    QStringLiteral("The spend token is for another shop."));
    }
    if (m_reference.isSpendTokenRefused(claims->nonce)) {
        return core::Error::unprocessable(
            QStringLiteral("spend_token_refused"),
            QStringLiteral("The spend token was redeemed or cancelled already."));
    }
    auto usedHere = CounterSaleRepository(m_counterStore).hasSpendToken(token.trimmed());
    if (!usedHere) {
        return usedHere.error();
    }
    if (*usedHere) {
        return core::Error::conflict(QStringLiteral("spend_token_used_here"),
                                     QStringLiteral("This spend token was already taken at this counter."));
    }
    return CheckedSpend{token.trimmed(), claims->subject, claims->coins, claims->nonce, claims->expiresAt};
}

} // namespace baartal::sync
