#include "text/line_break.hpp"

#include <linebreak.h>

#include <mutex>
#include <string_view>

#include "text/utf8.hpp"

namespace cr::text {
namespace {

// libunibreak builds its tables once; its documentation asks for one call before any use.
void ensure_initialised() {
  static std::once_flag once;
  std::call_once(once, [] { init_linebreak(); });
}

bool is_digit(char32_t cp) { return (cp >= U'0' && cp <= U'9') || (cp >= U'０' && cp <= U'９'); }

bool is_dash(char32_t cp) { return cp == U'—' || cp == U'―' || cp == U'⸺'; }
bool is_ellipsis(char32_t cp) { return cp == U'…' || cp == U'⋯'; }

// UAX #14 for "zh" as libunibreak computes it.
std::vector<BreakAfter> uax14(std::u32string_view text) {
  ensure_initialised();
  std::vector<char> raw(text.size());
  static_assert(sizeof(utf32_t) == sizeof(char32_t));
  set_linebreaks_utf32(reinterpret_cast<const utf32_t*>(text.data()), text.size(), "zh", raw.data());
  std::vector<BreakAfter> breaks(text.size(), BreakAfter::no);
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (raw[i] == LINEBREAK_MUSTBREAK)
      breaks[i] = BreakAfter::mandatory;
    else if (raw[i] == LINEBREAK_ALLOWBREAK)
      breaks[i] = BreakAfter::allowed;
  }
  return breaks;
}

// GB/T 15834 forbids a break between `before` and `after` even where UAX #14 allows one.
bool tailoring_forbids(char32_t before, char32_t after) {
  if (forbidden_at_line_start(after) || forbidden_at_line_end(before)) return true;
  if (is_ellipsis(before) && is_ellipsis(after)) return true;
  if (is_dash(before) && is_dash(after)) return true;
  // A number stays whole (UAX #14 splits full-width digits) and keeps the character it counts:
  // 2016年, 3.5亿, 20次, １２个.
  if (is_digit(before) && (is_han(after) || is_digit(after))) return true;
  return is_digit(after) && (before == U'．' || is_digit(before));
}

}  // namespace

bool forbidden_at_line_start(char32_t cp) {
  // Stops and pauses (full-width, and the ASCII forms of mixed text); closing halves of paired
  // marks; dashes, wave dashes, interpuncts, slashes and ellipses; marks that belong to what
  // precedes them (iteration marks, per cent, per mille, degrees).
  static constexpr std::u32string_view marks =
      U"。，、；：？！．｡､,.;:?!"
      U"”’）〕】》〉」』］｝〗〙〛｣)]}"
      U"—―⸺～〜·・‧／/…⋯‥"
      U"々〻%％‰℃";
  if (cp >= 0x4E00 && cp <= 0x9FFF) return false;  // the common case: a Han character
  return marks.find(cp) != std::u32string_view::npos;
}

bool forbidden_at_line_end(char32_t cp) {
  static constexpr std::u32string_view marks = U"“‘（〔【《〈「『［｛〖〘〚｢([{/／";
  if (cp >= 0x4E00 && cp <= 0x9FFF) return false;  // the common case: a Han character
  return marks.find(cp) != std::u32string_view::npos;
}

// A hyphen inside a Latin word (party-building): Chinese text does not hyphenate, so the
// word stays whole like any other.
bool inside_latin_word(std::u32string_view text, std::size_t hyphen) {
  auto letter = [](char32_t c) { return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z'); };
  return text[hyphen] == U'-' && hyphen > 0 && hyphen + 1 < text.size() && letter(text[hyphen - 1]) &&
         letter(text[hyphen + 1]);
}

std::vector<BreakAfter> line_breaks(std::u32string_view text) {
  std::vector<BreakAfter> breaks = uax14(text);
  for (std::size_t i = 0; i + 1 < text.size(); ++i) {
    if (breaks[i] != BreakAfter::allowed) continue;
    if (tailoring_forbids(text[i], text[i + 1]) || inside_latin_word(text, i)) breaks[i] = BreakAfter::no;
  }
  if (!breaks.empty()) breaks.back() = BreakAfter::mandatory;
  return breaks;
}

}  // namespace cr::text
