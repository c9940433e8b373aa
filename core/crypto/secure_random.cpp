#include "core/crypto/secure_random.h"

#include "core/crypto/base64_url.h"
#include "core/crypto/sodium.h"

#include <sodium.h>

namespace baartal::core {

QByteArray SecureRandom::bytes(qsizetype n)
{
    if (n <= 0) {
        return {};
    }
    Sodium::ensureInitialised();
    QByteArray out(n, Qt::Uninitialized);
    randombytes_buf(out.data(), size_t(n));
    return out;
}

QString SecureRandom::token(qsizetype byteCount)
{
    return QString::fromLatin1(Base64Url::encode(bytes(byteCount)));
}

QString SecureRandom::digits(qsizetype n)
{
    if (n <= 0) {
        return {};
    }
    Sodium::ensureInitialised();
    QString out;
    out.reserve(n);
    for (qsizetype i = 0; i < n; ++i) {
        // randombytes_uniform rejects biased samples, so every digit is exactly equally likely.
        out.append(QChar(u'0' + char16_t(randombytes_uniform(10))));
    }
    return out;
}

} // namespace baartal::core
