#include "core/qr/shop_poster.h"

#include <QList>

#include <array>

namespace baartal::core {

namespace {

constexpr double kMarginPt = 24.0;
constexpr double kQrSidePt = 230.0; // with its quiet zone: 81 mm, readable from across a counter
constexpr double kSmallestTextPt = 8.0;

enum class Font { Regular, Bold };

// Advance widths in 1/1000 em of WinAnsi codes 32–126, from Adobe's Helvetica and Helvetica-Bold AFM
// files, to centre and fit text.
constexpr std::array<short, 95> kHelvetica{
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333,  278, 278, 556, 556, 556,
    556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667,
    611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667,  611, 722, 667, 944, 667,
    667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278,  556, 556, 222, 222, 500,
    222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500,  500, 334, 260, 334, 584};
constexpr std::array<short, 95> kHelveticaBold{
    278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556,
    556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667,
    611, 778, 722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667,
    667, 611, 333, 278, 333, 584, 556, 333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556,
    278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584};
// Latin-1 letters above 126 have no entry above; most are about as wide as a lower-case 'o'.
constexpr short kOtherWidth = 556;

// The text in WinAnsiEncoding, which matches Latin-1 from 0xA0 on; anything else becomes '?'.
QByteArray winAnsi(const QString& text)
{
    QByteArray bytes;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        bytes.append((u >= 0x20 && u <= 0x7e) || (u >= 0xa0 && u <= 0xff) ? char(u) : '?');
    }
    return bytes;
}

double widthPt(const QByteArray& text, Font font, double sizePt)
{
    const auto& widths = font == Font::Bold ? kHelveticaBold : kHelvetica;
    double units = 0;
    for (const char c : text) {
        const auto code = static_cast<unsigned char>(c);
        units += code >= 32 && code <= 126 ? widths[code - 32] : kOtherWidth;
    }
    return units * sizePt / 1000.0;
}

QByteArray number(double value)
{
    return QByteArray::number(value, 'f', 2);
}

// A PDF literal string: parentheses and backslashes escaped.
QByteArray literal(const QByteArray& text)
{
    QByteArray escaped;
    for (const char c : text) {
        if (c == '(' || c == ')' || c == '\\') {
            escaped.append('\\');
        }
        escaped.append(c);
    }
    return '(' + escaped + ')';
}

// One line centred on the page at baseline y, shrunk from sizePt towards kSmallestTextPt until it fits
// between the margins, then cut short with "..." if it still does not.
QByteArray centredLine(const QString& text, Font font, double sizePt, double y)
{
    const double room = ShopPoster::kWidthPt - 2 * kMarginPt;
    QByteArray bytes = winAnsi(text);
    double size = sizePt;
    while (size > kSmallestTextPt && widthPt(bytes, font, size) > room) {
        size -= 0.5;
    }
    if (widthPt(bytes, font, size) > room) {
        while (!bytes.isEmpty() && widthPt(bytes + "...", font, size) > room) {
            bytes.chop(1);
        }
        bytes += "...";
    }
    const double x = (ShopPoster::kWidthPt - widthPt(bytes, font, size)) / 2;
    return "BT /" + QByteArray(font == Font::Bold ? "F2 " : "F1 ") + number(size) + " Tf " + number(x) + ' ' +
           number(y) + " Td " + literal(bytes) + " Tj ET\n";
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

// A PDF text string in UTF-16BE with its byte order mark, for metadata in any script.
QByteArray unicodeString(const QString& text)
{
    QByteArray hex = "FEFF";
    for (const QChar c : text) {
        hex += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    }
    return '<' + hex + '>';
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
    const double qrTop = kHeightPt - 84;
    const QByteArray content =
        "0 g\n" + centredLine(m_businessName, Font::Bold, 22, kHeightPt - 48) +
        centredLine(m_categoryLabel, Font::Regular, 13, kHeightPt - 68) +
        qrSquares(*code, (kWidthPt - kQrSidePt) / 2, qrTop) +
        centredLine(QStringLiteral("Scan to earn B-Coins"), Font::Bold, 16, qrTop - kQrSidePt - 26) +
        centredLine(m_scanUrl, Font::Regular, 8, qrTop - kQrSidePt - 42) +
        centredLine(QStringLiteral("Spend your coins at every shop of this Baartal bundle"), Font::Regular, 8,
                    kMarginPt);

    const QList<QByteArray> objects{
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + QByteArray::number(kWidthPt, 'f', 3) + ' ' +
            QByteArray::number(kHeightPt, 'f', 3) +
            "] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
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
           " /Root 1 0 R /Info 7 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

} // namespace baartal::core
