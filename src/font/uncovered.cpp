#include "font/uncovered.hpp"

#include "font/shaping.hpp"
#include "text/utf8.hpp"

namespace cr::font {

std::vector<MissingCharacter> uncovered(const RoleFonts& fonts, std::string_view text) {
  std::vector<MissingCharacter> missing;
  if (fonts.faces.empty()) return missing;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t start = pos;
    const auto cp = text::next_code_point(text, pos);
    if (!cp) {
      ++pos;
      continue;
    }
    if (!needs_no_glyph(*cp) && fonts.face_for(*cp) == fonts.faces.size()) missing.push_back({*cp, start, fonts.role});
  }
  return missing;
}

}  // namespace cr::font
