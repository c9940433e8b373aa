#pragma once

#include "core/result/result.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace baartal::core {

// A QR code's modules (ZXing-C++ encodes it), and its renderings for screens and printers: PNG for
// phones and the POS, SVG for posters at any size. Both carry the 4-module quiet zone scanners need.
class QrCode {
public:
    static constexpr int kQuietZoneModules = 4;

    // "qr_too_long" when the text does not fit in a QR code; error correction level M (15%).
    static Result<QrCode> encode(const QString& text);

    // Modules per side, without the quiet zone.
    int size() const { return m_size; }
    bool isDark(int x, int y) const { return m_modules[static_cast<std::size_t>(y * m_size + x)]; }

    // Black on white, `pixelsPerModule` pixels per module.
    QByteArray png(int pixelsPerModule = 8) const;
    // One path of unit squares in a viewBox of modules, so it scales without blurring.
    QByteArray svg() const;

private:
    QrCode(int size, std::vector<bool> modules)
        : m_size(size)
        , m_modules(std::move(modules))
    {
    }

    int m_size = 0;
    std::vector<bool> m_modules;
};

} // namespace baartal::core
