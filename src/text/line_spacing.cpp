#include "text/line_spacing.hpp"

#include <string_view>

#include "text/utf8.hpp"

namespace cr::text {
namespace {

bool is_space(char32_t cp) { return cp == U' ' || cp == U'\t' || cp == 0x00A0 || cp == 0x3000; }

// Marks that join what stands on either side: spreading space next to them tears the pair apart.
bool is_connector(char32_t cp) {
  if (cp >= 0x4E00 && cp <= 0x9FFF) return false;  // the common case: a Han character
  static constexpr std::u32string_view marks = U"—―⸺～〜-–·・‧/／…⋯";
  return marks.find(cp) != std::u32string_view::npos;
}

}  // namespace

Compression compression_of(char32_t cp) {
  static constexpr std::u32string_view brackets = U"“”‘’（）《》〈〉【】〔〕「」『』〖〗［］";
  static constexpr std::u32string_view pauses = U"，、；：";
  static constexpr std::u32string_view stops = U"。？！";
  if (cp >= 0x4E00 && cp <= 0x9FFF) return Compression::none;  // the common case: a Han character
  if (brackets.find(cp) != std::u32string_view::npos) return Compression::bracket;
  if (pauses.find(cp) != std::u32string_view::npos) return Compression::pause;
  if (stops.find(cp) != std::u32string_view::npos) return Compression::stop;
  return Compression::none;
}

bool is_opening_mark(char32_t cp) {
  if (cp >= 0x4E00 && cp <= 0x9FFF) return false;  // the common case: a Han character
  static constexpr std::u32string_view marks = U"“‘（《〈【〔「『〖［";
  return marks.find(cp) != std::u32string_view::npos;
}

bool is_western(char32_t cp) {
  if ((cp >= U'0' && cp <= U'9') || (cp >= U'A' && cp <= U'Z') || (cp >= U'a' && cp <= U'z')) return true;
  if (cp == U'%' || cp == U'‰') return true;
  return (cp >= 0x00C0 && cp <= 0x024F && cp != 0x00D7 && cp != 0x00F7) ||  // Latin letters
         (cp >= 0x0370 && cp <= 0x03FF) || (cp >= 0x0400 && cp <= 0x04FF);  // Greek, Cyrillic
}

bool is_ideographic(char32_t cp) {
  return is_han(cp) || (cp >= 0x3040 && cp <= 0x30FF && cp != U'・') || (cp >= 0xAC00 && cp <= 0xD7AF);
}

bool takes_han_western_gap(char32_t before, char32_t after) {
  return (is_ideographic(before) && is_western(after)) || (is_western(before) && is_ideographic(after));
}

Stretch stretch_between(char32_t before, char32_t after) {
  if (is_space(before)) return is_space(after) ? Stretch::none : Stretch::word_space;
  if (is_space(after) || is_connector(before) || is_connector(after)) return Stretch::none;
  if (is_western(before) && is_western(after)) return Stretch::none;
  // Latin punctuation inside a word or number (e.g., 3.5, don't) stays tight too.
  if (before < 0x2000 && after < 0x2000) return Stretch::none;
  return Stretch::inter_character;
}

}  // namespace cr::text
