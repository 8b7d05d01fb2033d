#pragma once
// Text in a role at a size -> glyphs with advances, through HarfBuzz. This is how the layout
// measures text and what the PDF writer draws: characters beyond the BMP (𠮷 U+20BB7) are
// ordinary glyphs here. A character the role's first face lacks comes from the next face of
// the chain that has it, so one string may become several runs.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "font/face.hpp"
#include "font/role_fonts.hpp"
#include "font/uncovered.hpp"

namespace cr::font {

// The replacement mark set for an uncovered character when that is allowed (--allow-missing-glyphs).
inline constexpr char32_t replacement_mark = U'\u3013';  // 〓

struct ShapedGlyph {
  std::uint32_t glyph = 0;            // glyph ID in the run's face (of the whole font, not of a subset)
  std::uint32_t cluster = 0;          // byte offset in the shaped text of the first character it shows
  double advance = 0;                 // horizontal advance, points; layout may widen it to justify
  double x_offset = 0, y_offset = 0;  // points, from the pen position
};

struct GlyphRun {
  FacePtr face;
  double size = 0;                  // points
  std::vector<ShapedGlyph> glyphs;  // in visual (left to right) order
  std::size_t begin = 0, end = 0;   // the run's byte range in the shaped text
  std::string text;                 // that range's UTF-8, so a run stands on its own

  double width() const;
  // The characters glyph `i` shows (its cluster's text; empty for the 2nd+ glyph of a cluster).
  std::string_view characters_of(std::size_t i) const;
  // Glyphs [first, last) with the text they show: for breaking a run into lines.
  GlyphRun slice(std::size_t first, std::size_t last) const;
};

struct ShapedText {
  std::vector<GlyphRun> runs;
  std::vector<MissingCharacter> missing;  // characters no face of the chain covers: uncovered()
  double width() const;
};

struct ShapeOptions {
  double size = 12;              // points
  bool replace_missing = false;  // set 〓 for an uncovered character instead of the .notdef glyph
};

// Shapes `text` (valid UTF-8; line breaks are the layout's business and must not be in it).
ShapedText shape(const RoleFonts& fonts, std::string_view text, const ShapeOptions& options);

// Advance width of `text` in points: shape(...).width().
double measure(const RoleFonts& fonts, std::string_view text, double size);

// True for characters that need no glyph of their own (controls, joiners, variation selectors).
bool needs_no_glyph(char32_t cp);

}  // namespace cr::font
