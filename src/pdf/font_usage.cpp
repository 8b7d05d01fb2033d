#include "pdf/font_usage.hpp"

#include <algorithm>

#include "text/utf8.hpp"

namespace cr::pdf {

std::size_t FontUsage::index_of(const font::FacePtr& face) {
  auto found = std::find_if(fonts_.begin(), fonts_.end(), [&](const Font& f) { return f.face == face; });
  if (found != fonts_.end()) return static_cast<std::size_t>(found - fonts_.begin());
  fonts_.push_back({face, std::vector<Seen>(face->glyph_count(), Seen::no), {}});
  return fonts_.size() - 1;
}

void FontUsage::record(std::size_t font, const font::GlyphRun& run) {
  Font& f = fonts_[font];
  for (std::size_t i = 0; i < run.glyphs.size(); ++i) {
    const std::uint32_t glyph = run.glyphs[i].glyph;
    if (glyph >= f.seen.size()) f.seen.resize(glyph + 1, Seen::no);  // not from this face's cmap
    if (f.seen[glyph] == Seen::with_text) continue;                  // decode only a glyph's first characters
    f.seen[glyph] = Seen::drawn;
    std::string_view characters = run.characters_of(i);
    if (characters.empty()) continue;
    f.seen[glyph] = Seen::with_text;
    f.text.emplace(glyph, text::decode(characters));
  }
}

std::set<std::uint32_t> FontUsage::glyphs(std::size_t font) const {
  std::set<std::uint32_t> out;
  const auto& seen = fonts_[font].seen;
  for (std::uint32_t glyph = 0; glyph < seen.size(); ++glyph)
    if (seen[glyph] != Seen::no) out.insert(out.end(), glyph);
  return out;
}

}  // namespace cr::pdf
