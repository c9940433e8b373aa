#include "core/crypto/base64_url.h"

namespace baartal::core {

namespace {

constexpr auto kEncoding = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

} // namespace

QByteArray Base64Url::encode(const QByteArray& bytes)
{
    return bytes.toBase64(kEncoding);
}

std::optional<QByteArray> Base64Url::decode(const QByteArray& text)
{
    if (text.isEmpty()) {
        return std::nullopt;
    }
    for (const char c : text) {
        const bool alphabet = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                              c == '-' || c == '_';
        if (!alphabet) {
            return std::nullopt;
        }
    }
    const auto decoded =
        QByteArray::fromBase64Encoding(text, kEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || encode(*decoded) != text) {
        return std::nullopt;
    }
    return *decoded;
}

} // namespace baartal::core
