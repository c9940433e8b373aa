#include "core/tokens/token_signer.h"

#include "core/crypto/base64_url.h"
#include "core/tokens/token_payload.h"

namespace baartal::core {

Result<QString> TokenSigner::sign(const TokenClaims& claims) const
{
    auto payload = TokenPayload::encode(claims);
    if (!payload) {
        return payload.error();
    }
    const QByteArray signingInput = TokenPayload::prefix(claims.type) + '.' +
                                    m_key.publicKey().kid().toLatin1() + '.' + Base64Url::encode(*payload);
    return QString::fromLatin1(signingInput + '.' + Base64Url::encode(m_key.sign(signingInput)));
}

} // namespace baartal::core
