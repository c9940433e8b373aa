#include "tests/ui/scan/qr_pictures.h"

#include "core/crypto/ed25519_key_pair.h"
#include "core/qr/qr_code.h"
#include "core/tokens/token_signer.h"

#include <QPainter>
#include <QRandomGenerator>
#include <QTransform>

#include <algorithm>
#include <cstring>

namespace baartal::testsupport {

namespace {

const QDateTime kIssued(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC);

core::TokenClaims identityClaims()
{
    core::TokenClaims claims;
    claims.type = core::TokenType::CustomerIdentity;
    claims.subject = QStringLiteral("0b8f3c2e-6a1d-4c7e-9f10-2d3e4f5a6b7c");
    claims.issuedAt = kIssued;
    claims.expiresAt = kIssued.addSecs(24 * 3600);
    return claims;
}

QString sign(const core::TokenClaims& claims)
{
    const auto key = core::Ed25519KeyPair::fromSeed(QByteArray(core::Ed25519KeyPair::kSeedBytes, 's'));
    return *core::TokenSigner(*key).sign(claims);
}

// One horizontal and one vertical box blur pass of `radius` over an 8-bit grey picture.
QImage boxBlur(const QImage& in, int radius)
{
    QImage out(in.size(), QImage::Format_Grayscale8);
    const int w = in.width();
    const int h = in.height();
    const auto pass = [&](const QImage& from, QImage& to, bool horizontal) {
        for (int y = 0; y < h; ++y) {
            for (int x = 0; x < w; ++x) {
                int sum = 0;
                int count = 0;
                for (int d = -radius; d <= radius; ++d) {
                    const int sx = horizontal ? std::clamp(x + d, 0, w - 1) : x;
                    const int sy = horizontal ? y : std::clamp(y + d, 0, h - 1);
                    sum += from.constScanLine(sy)[sx];
                    ++count;
                }
                to.scanLine(y)[x] = uchar(sum / count);
            }
        }
    };
    QImage middle(in.size(), QImage::Format_Grayscale8);
    pass(in, middle, true);
    pass(middle, out, false);
    return out;
}

} // namespace

QString QrPictures::identityToken()
{
    return sign(identityClaims());
}

QString QrPictures::spendToken()
{
    core::TokenClaims claims = identityClaims();
    claims.type = core::TokenType::Spend;
    claims.expiresAt = kIssued.addSecs(15 * 60);
    claims.nonce = QStringLiteral("c0ffee00-1234-4abc-8def-0123456789ab");
    claims.coins = core::Coins(120);
    claims.merchantId = QStringLiteral("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d");
    return sign(claims);
}

QImage QrPictures::code(const QString& text, int moduleSize, int dark, int light)
{
    const auto qr = core::QrCode::encode(text);
    Q_ASSERT(qr);
    const int modules = qr->size() + 2 * core::QrCode::kQuietZoneModules;
    QImage picture(modules * moduleSize, modules * moduleSize, QImage::Format_Grayscale8);
    picture.fill(QColor(light, light, light));
    QPainter painter(&picture);
    for (int y = 0; y < qr->size(); ++y) {
        for (int x = 0; x < qr->size(); ++x) {
            if (qr->isDark(x, y)) {
                painter.fillRect((x + core::QrCode::kQuietZoneModules) * moduleSize,
                                 (y + core::QrCode::kQuietZoneModules) * moduleSize, moduleSize, moduleSize,
                                 QColor(dark, dark, dark));
            }
        }
    }
    return picture;
}

QImage QrPictures::rotated(const QImage& picture, double degrees, int background)
{
    const QImage turned = picture.transformed(QTransform().rotate(degrees), Qt::SmoothTransformation);
    QImage out(turned.size(), QImage::Format_Grayscale8);
    out.fill(QColor(background, background, background));
    QPainter painter(&out);
    painter.drawImage(0, 0, turned);
    return out;
}

QImage QrPictures::blurred(const QImage& picture, int radius)
{
    QImage grey = picture.convertToFormat(QImage::Format_Grayscale8);
    for (int i = 0; i < 3; ++i) {
        grey = boxBlur(grey, radius);
    }
    return grey;
}

QImage QrPictures::noisyFrame(QSize size, quint32 seed, const QImage& picture, QPoint at)
{
    QImage frame(size, QImage::Format_Grayscale8);
    QRandomGenerator random(seed);
    for (int y = 0; y < size.height(); ++y) {
        uchar* line = frame.scanLine(y);
        for (int x = 0; x < size.width(); ++x) {
            line[x] = uchar(random.bounded(60, 200));
        }
    }
    if (!picture.isNull()) {
        QPainter painter(&frame);
        painter.drawImage(at, picture);
    }
    return frame;
}

QVideoFrame QrPictures::videoFrame(const QImage& picture, QVideoFrameFormat::PixelFormat format)
{
    // Even sizes, as 4:2:0 and 4:2:2 frames have.
    const QImage grey = picture.convertToFormat(QImage::Format_Grayscale8)
                            .copy(0, 0, picture.width() & ~1, picture.height() & ~1);
    QVideoFrame frame(QVideoFrameFormat(grey.size(), format));
    frame.map(QVideoFrame::WriteOnly);
    const int w = grey.width();
    const int h = grey.height();
    using F = QVideoFrameFormat;
    switch (format) {
    case F::Format_NV12:
    case F::Format_YUV420P:
    case F::Format_Y8: {
        for (int y = 0; y < h; ++y) {
            std::memcpy(frame.bits(0) + y * frame.bytesPerLine(0), grey.constScanLine(y), size_t(w));
        }
        for (int plane = 1; plane < frame.planeCount(); ++plane) {
            std::memset(frame.bits(plane), 128, size_t(frame.mappedBytes(plane)));
        }
        break;
    }
    case F::Format_YUYV:
    case F::Format_UYVY: {
        const int luma = format == F::Format_YUYV ? 0 : 1;
        for (int y = 0; y < h; ++y) {
            uchar* line = frame.bits(0) + y * frame.bytesPerLine(0);
            for (int x = 0; x < w; ++x) {
                line[2 * x + luma] = grey.constScanLine(y)[x];
                line[2 * x + 1 - luma] = 128;
            }
        }
        break;
    }
    case F::Format_BGRA8888:
    case F::Format_ARGB8888:
    case F::Format_RGBX8888: {
        const int alpha = format == F::Format_ARGB8888 ? 0 : 3;
        for (int y = 0; y < h; ++y) {
            uchar* line = frame.bits(0) + y * frame.bytesPerLine(0);
            for (int x = 0; x < w; ++x) {
                for (int c = 0; c < 4; ++c) {
                    line[4 * x + c] = c == alpha ? 255 : grey.constScanLine(y)[x];
                }
            }
        }
        break;
    }
    default:
        Q_ASSERT_X(false, "QrPictures::videoFrame", "pixel format not drawn");
    }
    frame.unmap();
    return frame;
}

} // namespace baartal::testsupport
