#pragma once
// What a document draws with each face: the glyphs (to subset) and the characters each glyph
// stood for where it was drawn (for the ToUnicode CMap). A glyph that two characters share
// (二 U+4E8C and the radical ⼆ U+2F06 in Noto CJK) maps back to the character the text used:
// the first one drawn with it.
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "font/face.hpp"
#include "font/shaping.hpp"

namespace cr::pdf {

class FontUsage {
 public:
  // The index of `face` (its /F resource number - 1), registering it on first use.
  std::size_t index_of(const font::FacePtr& face);
  // Records the glyphs of `run` and the characters they show.
  void record(std::size_t font, const font::GlyphRun& run);

  std::size_t size() const { return fonts_.size(); }
  const font::FacePtr& face(std::size_t font) const { return fonts_[font].face; }
  // The glyph IDs drawn with the face, in order.
  std::set<std::uint32_t> glyphs(std::size_t font) const;
  // Glyph ID -> the characters it was first drawn for.
  const std::map<std::uint32_t, std::u32string>& text(std::size_t font) const { return fonts_[font].text; }

 private:
  // Every glyph of every page passes through record(): a flag per glyph ID of the face, not a
  // tree, keeps that cheap.
  enum class Seen : std::uint8_t { no, drawn, with_text };
  struct Font {
    font::FacePtr face;
    std::vector<Seen> seen;                        // by glyph ID
    std::map<std::uint32_t, std::u32string> text;  // filled on a glyph's first sight only
  };
  std::vector<Font> fonts_;
};

}  // namespace cr::pdf
