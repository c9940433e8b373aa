#include "tests/testsupport/qr_reader.h"

#include <ZXing/ReadBarcode.h>

namespace baartal::testsupport {

QString QrReader::decode(const QImage& picture)
{
    const QImage gray = picture.convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(gray.constBits(), gray.width(), gray.height(), ZXing::ImageFormat::Lum,
                                int(gray.bytesPerLine()));
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    const ZXing::Result result = ZXing::ReadBarcode(view, hints);
    return result.isValid() ? QString::fromStdWString(result.text()) : QString();
}

QString QrReader::decode(const QByteArray& imageBytes)
{
    return decode(QImage::fromData(imageBytes));
}

} // namespace baartal::testsupport
