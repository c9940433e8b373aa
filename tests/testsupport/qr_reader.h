#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>

namespace baartal::testsupport {

// What a phone's scanner would read from an image: decoded by ZXing, the library the POS scans with.
class QrReader {
public:
    QrReader() = delete;

    // The text of the QR code in the picture; empty when none is found.
    static QString decode(const QImage& picture);
    // The same for encoded image bytes (PNG, PGM, anything QImage reads).
    static QString decode(const QByteArray& imageBytes);
};

} // namespace baartal::testsupport
