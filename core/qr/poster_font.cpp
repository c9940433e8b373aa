#include "core/qr/poster_font.h"

#include <fontconfig/fontconfig.h>
#include <hb-subset.h>
#include <hb.h>

namespace baartal::core {

namespace {

// The font file fontconfig picks for Lohit Devanagari for Hindi; empty when it finds none.
QByteArray fontFile()
{
    FcConfig* config = FcInitLoadConfigAndFonts();
    if (config == nullptr) {
        return {};
    }
    FcPattern* pattern = FcNameParse(reinterpret_cast<const FcChar8*>("Lohit Devanagari:lang=hi"));
    FcConfigSubstitute(config, pattern, FcMatchPattern);
    FcDefaultSubstitute(pattern);
    FcResult result = FcResultNoMatch;
    FcPattern* match = FcFontMatch(config, pattern, &result);
    QByteArray path;
    FcChar8* file = nullptr;
    if (match != nullptr && FcPatternGetString(match, FC_FILE, 0, &file) == FcResultMatch) {
        path = reinterpret_cast<const char*>(file);
    }
    if (match != nullptr) {
        FcPatternDestroy(match);
    }
    FcPatternDestroy(pattern);
    FcConfigDestroy(config);
    return path;
}

// Digits, spaces and punctuation are script "Common" and marks "Inherited": they belong to the
// run around them.
bool joinsAnyRun(hb_script_t script)
{
    return script == HB_SCRIPT_COMMON || script == HB_SCRIPT_INHERITED || script == HB_SCRIPT_UNKNOWN;
}

qint16 bigEndian16(const char* data)
{
    return static_cast<qint16>((static_cast<unsigned char>(data[0]) << 8) |
                               static_cast<unsigned char>(data[1]));
}

} // namespace

Result<PosterFont> PosterFont::load()
{
    const QByteArray path = fontFile();
    std::shared_ptr<hb_blob_t> blob(
        path.isEmpty() ? hb_blob_get_empty() : hb_blob_create_from_file(path.constData()), hb_blob_destroy);
    if (hb_blob_get_length(blob.get()) == 0) {
        return Error{
            ErrorKind::Unavailable, QStringLiteral("poster_font_missing"),
            QStringLiteral("The poster font (Lohit Devanagari, package fonts-lohit-deva) is not installed")};
    }
    std::shared_ptr<hb_face_t> face(hb_face_create(blob.get(), 0), hb_face_destroy);
    std::shared_ptr<hb_font_t> font(hb_font_create(face.get()), hb_font_destroy);
    return PosterFont(std::move(blob), std::move(face), std::move(font));
}

PosterFont::PosterFont(std::shared_ptr<hb_blob_t> blob, std::shared_ptr<hb_face_t> face,
                       std::shared_ptr<hb_font_t> font)
    : m_blob(std::move(blob))
    , m_face(std::move(face))
    , m_font(std::move(font))
{
}

double PosterFont::toMilliEm(double units) const
{
    return units * 1000.0 / hb_face_get_upem(m_face.get());
}

PosterFont::Line PosterFont::shape(const QString& text) const
{
    const QList<uint> codepoints = text.toUcs4();
    Line line;
    qsizetype start = 0;
    while (start < codepoints.size()) {
        hb_script_t script = HB_SCRIPT_COMMON;
        qsizetype end = start;
        for (; end < codepoints.size(); ++end) {
            const hb_script_t own = hb_unicode_script(hb_unicode_funcs_get_default(), codepoints[end]);
            if (joinsAnyRun(own)) {
                continue;
            }
            if (script != HB_SCRIPT_COMMON && own != script) {
                break;
            }
            script = own;
        }
        std::unique_ptr<hb_buffer_t, decltype(&hb_buffer_destroy)> buffer(hb_buffer_create(),
                                                                          hb_buffer_destroy);
        hb_buffer_add_codepoints(buffer.get(), codepoints.constData(), int(codepoints.size()),
                                 unsigned(start), int(end - start));
        hb_buffer_set_script(buffer.get(), script == HB_SCRIPT_COMMON ? HB_SCRIPT_LATIN : script);
        hb_buffer_set_direction(buffer.get(), HB_DIRECTION_LTR);
        hb_buffer_guess_segment_properties(buffer.get());
        hb_shape(m_font.get(), buffer.get(), nullptr, 0);
        unsigned count = 0;
        const hb_glyph_info_t* infos = hb_buffer_get_glyph_infos(buffer.get(), &count);
        const hb_glyph_position_t* positions = hb_buffer_get_glyph_positions(buffer.get(), nullptr);
        for (unsigned i = 0; i < count; ++i) {
            line.glyphs.append({infos[i].codepoint, line.advance + toMilliEm(positions[i].x_offset),
                                toMilliEm(positions[i].y_offset)});
            line.advance += toMilliEm(positions[i].x_advance);
        }
        start = end;
    }
    return line;
}

double PosterFont::advance(unsigned glyph) const
{
    return toMilliEm(hb_font_get_glyph_h_advance(m_font.get(), glyph));
}

QList<int> PosterFont::boundingBox() const
{
    // head: xMin, yMin, xMax, yMax as int16 at byte 36.
    std::unique_ptr<hb_blob_t, decltype(&hb_blob_destroy)> head(
        hb_face_reference_table(m_face.get(), HB_TAG('h', 'e', 'a', 'd')), hb_blob_destroy);
    unsigned length = 0;
    const char* data = hb_blob_get_data(head.get(), &length);
    if (length < 44) {
        return {0, descender(), 1000, ascender()};
    }
    QList<int> box;
    for (int i = 0; i < 4; ++i) {
        box.append(qRound(toMilliEm(bigEndian16(data + 36 + 2 * i))));
    }
    return box;
}

int PosterFont::ascender() const
{
    hb_font_extents_t extents{};
    hb_font_get_h_extents(m_font.get(), &extents);
    return qRound(toMilliEm(extents.ascender));
}

int PosterFont::descender() const
{
    hb_font_extents_t extents{};
    hb_font_get_h_extents(m_font.get(), &extents);
    return qRound(toMilliEm(extents.descender));
}

Result<QByteArray> PosterFont::subset(const QSet<unsigned>& glyphs) const
{
    const Error failed = Error::internal(QStringLiteral("poster_font_subset_failed"),
                                         QStringLiteral("The poster font could not be embedded"));
    std::unique_ptr<hb_subset_input_t, decltype(&hb_subset_input_destroy)> input(
        hb_subset_input_create_or_fail(), hb_subset_input_destroy);
    if (!input) {
        return failed;
    }
    hb_set_t* kept = hb_subset_input_glyph_set(input.get());
    hb_set_add(kept, 0); // .notdef, which every TrueType font must keep first
    for (const unsigned glyph : glyphs) {
        hb_set_add(kept, glyph);
    }
    hb_subset_input_set_flags(input.get(), HB_SUBSET_FLAGS_RETAIN_GIDS);
    std::unique_ptr<hb_face_t, decltype(&hb_face_destroy)> cut(hb_subset_or_fail(m_face.get(), input.get()),
                                                               hb_face_destroy);
    if (!cut) {
        return failed;
    }
    std::unique_ptr<hb_blob_t, decltype(&hb_blob_destroy)> bytes(hb_face_reference_blob(cut.get()),
                                                                 hb_blob_destroy);
    unsigned length = 0;
    const char* data = hb_blob_get_data(bytes.get(), &length);
    if (length == 0) {
        return failed;
    }
    return QByteArray(data, length);
}

} // namespace baartal::core
