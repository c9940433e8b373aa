#include "core/qr/shop_poster.h"

#include "core/qr/poster_font.h"

#include <QList>
#include <QSet>
#include <QTextBoundaryFinder>

#include <algorithm>

namespace baartal::core {

namespace {

constexpr double kMarginPt = 24.0;
constexpr double kQrSidePt = 230.0;     // with its quiet zone: 81 mm, readable from across a counter
constexpr double kSmallestTextPt = 7.0; // the scan URL fits at this size under a 30-character host

enum class Weight { Regular, Bold };

QByteArray number(double value)
{
    return QByteArray::number(value, 'f', 2);
}

// A PDF text string in UTF-16BE with its byte order mark, for metadata and extracted text in any
// script.
QByteArray unicodeString(const QString& text)
{
    QByteArray hex = "FEFF";
    for (const QChar c : text) {
        hex += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    }
    return '<' + hex + '>';
}

// The text cut after its last whole grapheme that leaves room for "...", so a conjunct is never
// split.
QString elided(const QString& text, const PosterFont& font, double sizePt, double room)
{
    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, text);
    graphemes.toEnd();
    QString cut = text;
    while (!cut.isEmpty() && font.shape(cut + QStringLiteral("...")).advance * sizePt / 1000 > room) {
        cut.truncate(graphemes.toPreviousBoundary());
    }
    return cut + QStringLiteral("...");
}

// One line centred on the page at baseline y, shrunk from sizePt towards kSmallestTextPt until it fits
// between the margins, then cut short with "..." if it still does not. Glyphs are placed one by one
// where HarfBuzz put them; the line's text rides along as /ActualText so readers extract it as
// written rather than in the glyphs' visual order. Bold is the regular glyphs filled and stroked.
QByteArray centredLine(const PosterFont& font, QSet<unsigned>& used, const QString& text, Weight weight,
                       double sizePt, double y)
{
    const double room = ShopPoster::kWidthPt - 2 * kMarginPt;
    QString shown = text;
    PosterFont::Line line = font.shape(shown);
    double size = sizePt;
    while (size > kSmallestTextPt && line.advance * size / 1000 > room) {
        size -= 0.5;
    }
    if (line.advance * size / 1000 > room) {
        shown = elided(text, font, size, room);
        line = font.shape(shown);
    }
    const double x = (ShopPoster::kWidthPt - line.advance * size / 1000) / 2;
    const QByteArray stroke = weight == Weight::Bold ? "2 Tr " + number(size / 30) + " w " : QByteArray();
    QByteArray content = "q " + stroke + "BT /F1 " + number(size) + " Tf /Span << /ActualText " +
                         unicodeString(shown) + " >> BDC\n";
    for (const PosterFont::Glyph& glyph : line.glyphs) {
        used.insert(glyph.id);
        content += "1 0 0 1 " + number(x + glyph.x * size / 1000) + ' ' + number(y + glyph.y * size / 1000) +
                   " Tm <" + QByteArray::number(glyph.id, 16).rightJustified(4, '0') + "> Tj\n";
    }
    return content + "EMC ET Q\n";
}

// The /W array: each used glyph's advance, so readers lay out the embedded font as HarfBuzz did.
QByteArray widths(const PosterFont& font, const QSet<unsigned>& used)
{
    QList<unsigned> glyphs(used.cbegin(), used.cend());
    std::sort(glyphs.begin(), glyphs.end());
    QByteArray array = "[";
    for (const unsigned glyph : glyphs) {
        array += QByteArray::number(glyph) + " [" + number(font.advance(glyph)) + "] ";
    }
    return array + ']';
}

// The dark modules as filled rectangles, one per horizontal run, in a square of kQrSidePt whose top
// left corner is at (left, top).
QByteArray qrSquares(const QrCode& code, double left, double top)
{
    const double module = kQrSidePt / (code.size() + 2 * QrCode::kQuietZoneModules);
    QByteArray path;
    for (int y = 0; y < code.size(); ++y) {
        int x = 0;
        while (x < code.size()) {
            if (!code.isDark(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < code.size() && code.isDark(x, y)) {
                ++x;
            }
            path += number(left + (start + QrCode::kQuietZoneModules) * module) + ' ' +
                    number(top - (y + QrCode::kQuietZoneModules + 1) * module) + ' ' +
                    number((x - start) * module) + ' ' + number(module) + " re\n";
        }
    }
    return path + "f\n";
}

} // namespace

ShopPoster::ShopPoster(QString businessName, QString categoryLabel, QString scanUrl)
    : m_businessName(std::move(businessName))
    , m_categoryLabel(std::move(categoryLabel))
    , m_scanUrl(std::move(scanUrl))
{
}

Result<QByteArray> ShopPoster::pdf() const
{
    auto code = QrCode::encode(m_scanUrl);
    if (!code) {
        return code.error();
    }
    auto font = PosterFont::load();
    if (!font) {
        return font.error();
    }
    QSet<unsigned> used;
    const double qrTop = kHeightPt - 84;
    const QByteArray content =
        "0 g 0 G\n" + centredLine(*font, used, m_businessName, Weight::Bold, 22, kHeightPt - 48) +
        centredLine(*font, used, m_categoryLabel, Weight::Regular, 13, kHeightPt - 68) +
        qrSquares(*code, (kWidthPt - kQrSidePt) / 2, qrTop) +
        centredLine(*font, used, QStringLiteral("Scan to earn B-Coins"), Weight::Bold, 16,
                    qrTop - kQrSidePt - 26) +
        centredLine(*font, used, m_scanUrl, Weight::Regular, 8, qrTop - kQrSidePt - 42) +
        centredLine(*font, used, QStringLiteral("Spend your coins at every shop of this Baartal bundle"),
                    Weight::Regular, 8, kMarginPt);
    auto embedded = font->subset(used);
    if (!embedded) {
        return embedded.error();
    }
    // A subset font's name starts with six capitals and '+'; these are fixed as there is one font.
    const QByteArray fontName = "/BAARTL+LohitDevanagari";
    QByteArray box;
    for (const int side : font->boundingBox()) {
        box += QByteArray::number(side) + ' ';
    }

    const QList<QByteArray> objects{
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + QByteArray::number(kWidthPt, 'f', 3) + ' ' +
            QByteArray::number(kHeightPt, 'f', 3) +
            "] /Resources << /Font << /F1 4 0 R >> >> /Contents 8 0 R >>",
        "<< /Type /Font /Subtype /Type0 /BaseFont " + fontName +
            " /Encoding /Identity-H /DescendantFonts [5 0 R] >>",
        "<< /Type /Font /Subtype /CIDFontType2 /BaseFont " + fontName +
            " /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 6 0 R"
            " /CIDToGIDMap /Identity /DW 0 /W " +
            widths(*font, used) + " >>",
        "<< /Type /FontDescriptor /FontName " + fontName + " /Flags 32 /FontBBox [" + box.trimmed() +
            "] /ItalicAngle 0 /Ascent " + QByteArray::number(font->ascender()) + " /Descent " +
            QByteArray::number(font->descender()) + " /CapHeight " + QByteArray::number(font->ascender()) +
            " /StemV 80 /FontFile2 7 0 R >>",
        "<< /Length " + QByteArray::number(embedded->size()) + " /Length1 " +
            QByteArray::number(embedded->size()) + " >>\nstream\n" + *embedded + "\nendstream",
        "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "endstream",
        "<< /Title " + unicodeString(m_businessName) + " /Producer (Baartal) >>",
    };
    // A binary comment line after the header tells transfer tools the file is not plain text.
    QByteArray pdf = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : offsets) {
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    }
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) +
           " /Root 1 0 R /Info 9 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

} // namespace baartal::core
