#include "pdf/font_usage.hpp"

#include <algorithm>

#include "text/utf8.hpp"

namespace cr::pdf {

std::size_t FontUsage::index_of(const font::FacePtr& face) {
  auto found = std::find(faces_.begin(), faces_.end(), face);
  if (found != faces_.end()) return static_cast<std::size_t>(found - faces_.begin());
  faces_.push_back(face);
  glyphs_.emplace_back();
  text_.emplace_back();
  return faces_.size() - 1;
}

void FontUsage::record(std::size_t font, const font::GlyphRun& run) {
  for (std::size_t i = 0; i < run.glyphs.size(); ++i) {
    std::uint32_t glyph = run.glyphs[i].glyph;
    glyphs_[font].insert(glyph);
    auto& text = text_[font];
    if (text.find(glyph) != text.end()) continue;  // decode only a glyph's first characters
    std::string_view characters = run.characters_of(i);
    if (!characters.empty()) text.emplace(glyph, text::decode(characters));
  }
}

}  // namespace cr::pdf
