#pragma once

#include "core/result/result.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>

#include <memory>

struct hb_blob_t;
struct hb_face_t;
struct hb_font_t;

namespace baartal::core {

// The font the shop poster embeds: Lohit Devanagari (Debian's fonts-lohit-deva), found through
// fontconfig, which covers Latin and Devanagari. Text is shaped with HarfBuzz, so conjuncts and
// matras come out as a Hindi or Marathi reader expects, and the PDF embeds only the glyphs used.
class PosterFont {
public:
    // One shaped glyph, positioned in 1/1000 em from the start of its line.
    struct Glyph {
        unsigned id = 0;
        double x = 0;
        double y = 0;
    };
    struct Line {
        QList<Glyph> glyphs;
        double advance = 0; // 1/1000 em
    };

    // "poster_font_missing" when fontconfig finds no font file at all.
    static Result<PosterFont> load();

    // The glyphs of one line of text, split into runs of one script each for HarfBuzz.
    Line shape(const QString& text) const;

    // Glyph advance widths in 1/1000 em, for the PDF's /W array.
    double advance(unsigned glyph) const;
    // The font's box, ascender and descender in 1/1000 em (head and hhea tables).
    QList<int> boundingBox() const;
    int ascender() const;
    int descender() const;

    // The TrueType font cut down to `glyphs`, keeping glyph ids so the PDF can map CIDs to them
    // one to one. "poster_font_subset_failed" when HarfBuzz cannot subset it.
    Result<QByteArray> subset(const QSet<unsigned>& glyphs) const;

private:
    PosterFont(std::shared_ptr<hb_blob_t> blob, std::shared_ptr<hb_face_t> face,
               std::shared_ptr<hb_font_t> font);

    double toMilliEm(double units) const;

    std::shared_ptr<hb_blob_t> m_blob;
    std::shared_ptr<hb_face_t> m_face;
    std::shared_ptr<hb_font_t> m_font;
};

} // namespace baartal::core
