#pragma once

#include <QByteArray>

#include <optional>

namespace baartal::core {

// base64url without padding (RFC 4648 §5), the alphabet of tokens that travel in URLs, headers and QR
// codes.
class Base64Url {
public:
    Base64Url() = delete;

    static QByteArray encode(const QByteArray& bytes);

    // Strict: a non-empty text of the alphabet only, no padding, and the canonical encoding of what it
    // decodes to, so that no two spellings of one token exist. Nothing for anything else.
    static std::optional<QByteArray> decode(const QByteArray& text);
};

} // namespace baartal::core
