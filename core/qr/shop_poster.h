#pragma once

#include "core/qr/qr_code.h"

#include <QByteArray>
#include <QString>

namespace baartal::core {

// The printable A6 counter poster of a shop: its name, its category, its scan QR large in the middle
// and a line telling customers what scanning does, as a one-page PDF.
//
// Written by hand rather than with QPdfWriter: Qt 6.4 rounds the page to whole points (no exact A6)
// and writes no /ActualText, so Devanagari copied out of its PDFs loses reph and reordered matras.
// The QR is vector squares; the text PosterFont's shaped glyphs, with the line's text as /ActualText.
class ShopPoster {
public:
    // A6 portrait, 105 × 148 mm, in PDF points (1/72 inch).
    static constexpr double kWidthPt = 105.0 / 25.4 * 72.0;
    static constexpr double kHeightPt = 148.0 / 25.4 * 72.0;

    ShopPoster(QString businessName, QString categoryLabel, QString scanUrl);

    // "qr_too_long" when the scan URL does not fit in a QR code; PosterFont's errors when its font is
    // missing or cannot be embedded.
    Result<QByteArray> pdf() const;

private:
    QString m_businessName;
    QString m_categoryLabel;
    QString m_scanUrl;
};

} // namespace baartal::core
