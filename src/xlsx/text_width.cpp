#include "xlsx/text_width.hpp"

#include <algorithm>
#include <optional>

#include "text/utf8.hpp"

namespace cr::xlsx {
namespace {

constexpr double pixels_per_point = 96.0 / 72.0;
// A column unit is the default font's digit: 等线 11 pt's is 8 px (Chinese Excel's default column
// of 8.38 units is 72 px). LibreOffice without 等线 substitutes a wider face: page_setup.cpp.
constexpr double digit_pixels = 8.0;
constexpr double padding_pixels = 10.0;  // Excel's 5 px plus room so a printed cell never touches its border

bool is_narrow_punctuation(char32_t cp) {
  return cp == U'.' || cp == U',' || cp == U':' || cp == U';' || cp == U'-';
}

}  // namespace

double measured_advance(char32_t cp) {
  if (text::is_wide(cp)) return 1.0;
  if (cp >= U'0' && cp <= U'9') return 0.555;
  if (cp >= U'a' && cp <= U'z') return 0.527;
  if (cp >= U'A' && cp <= U'Z') return 0.633;
  if (cp == U' ') return 0.224;
  if (is_narrow_punctuation(cp)) return 0.292;
  if (cp < 0x80) return 0.45;
  return 0.6;
}

double widest_column_units(std::size_t bytes, double font_pt) {
  constexpr double widest_per_byte = 0.634;
  return (static_cast<double>(bytes) * widest_per_byte * font_pt * pixels_per_point + padding_pixels) /
         digit_pixels;
}

double em_within(double units, double font_pt) {
  return std::max(0.0, (units * digit_pixels - padding_pixels) / (font_pt * pixels_per_point));
}

double column_units(std::string_view text, double font_pt, const AdvanceMeasure& advance) {
  double widest = 0, line = 0;
  for (std::size_t pos = 0; pos < text.size();) {
    // Invalid bytes cannot reach a cell (libxlsxwriter refuses them); count one as a symbol.
    const std::optional<char32_t> decoded = text::next_code_point(text, pos);
    if (!decoded) ++pos;
    const char32_t cp = decoded.value_or(U'?');
    if (cp == U'\n') {
      widest = std::max(widest, line);
      line = 0;
      continue;
    }
    line += advance(cp);
  }
  widest = std::max(widest, line);
  const double pixels = widest * font_pt * pixels_per_point + padding_pixels;
  return pixels / digit_pixels;
}

}  // namespace cr::xlsx
