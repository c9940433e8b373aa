#include "core/qr/qr_code.h"

#include <QBuffer>
#include <QImage>

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>
#include <exception>

namespace baartal::core {

namespace {

// ZXing's level scale is 0–8; 4 is QR's level M.
constexpr int kEccLevelM = 4;

} // namespace

Result<QrCode> QrCode::encode(const QString& text)
{
    try {
        // Width and height 0 with no margin: one matrix cell per module.
        const ZXing::BitMatrix matrix = ZXing::MultiFormatWriter(ZXing::BarcodeFormat::QRCode)
                                            .setEncoding(ZXing::CharacterSet::UTF8)
                                            .setEccLevel(kEccLevelM)
                                            .setMargin(0)
                                            .encode(text.toStdWString(), 0, 0);
        const int size = matrix.width();
        std::vector<bool> modules(static_cast<std::size_t>(size) * static_cast<std::size_t>(size));
        for (int y = 0; y < size; ++y) {
            for (int x = 0; x < size; ++x) {
                modules[static_cast<std::size_t>(y * size + x)] = matrix.get(x, y);
            }
        }
        return QrCode(size, std::move(modules));
    } catch (const std::exception& e) {
        // ZXing reports content that does not fit by throwing.
        return Error::invalid(
            QStringLiteral("qr_too_long"),
            QStringLiteral("This text does not fit in a QR code: %1").arg(QString::fromUtf8(e.what())));
    }
}

QByteArray QrCode::png(int pixelsPerModule) const
{
    const int side = (m_size + 2 * kQuietZoneModules) * pixelsPerModule;
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(255);
    for (int y = 0; y < m_size; ++y) {
        for (int x = 0; x < m_size; ++x) {
            if (!isDark(x, y)) {
                continue;
            }
            const int left = (x + kQuietZoneModules) * pixelsPerModule;
            const int top = (y + kQuietZoneModules) * pixelsPerModule;
            for (int row = top; row < top + pixelsPerModule; ++row) {
                uchar* line = image.scanLine(row);
                std::fill(line + left, line + left + pixelsPerModule, uchar(0));
            }
        }
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QByteArray QrCode::svg() const
{
    const int side = m_size + 2 * kQuietZoneModules;
    QByteArray path;
    for (int y = 0; y < m_size; ++y) {
        for (int x = 0; x < m_size; ++x) {
            if (isDark(x, y)) {
                path += 'M' + QByteArray::number(x + kQuietZoneModules) + ' ' +
                        QByteArray::number(y + kQuietZoneModules) + "h1v1h-1z";
            }
        }
    }
    const QByteArray sideText = QByteArray::number(side);
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " +
           sideText + ' ' + sideText + "\" shape-rendering=\"crispEdges\">\n<rect width=\"" + sideText +
           "\" height=\"" + sideText + "\" fill=\"#fff\"/>\n<path fill=\"#000\" d=\"" + path +
           "\"/>\n</svg>\n";
}

} // namespace baartal::core
