#include "core/tokens/token_claims.h"

namespace baartal::core {

QString toText(TokenType type)
{
    switch (type) {
    case TokenType::CustomerIdentity:
        return QStringLiteral("customer_identity");
    case TokenType::Spend:
        return QStringLiteral("spend");
    }
    return {};
}

} // namespace baartal::core
