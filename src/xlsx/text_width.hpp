#pragma once
// How wide a cell's text is, so that columns fit their contents: libxlsxwriter has no autofit,
// and one width for every character would cut Chinese text (a Han character is about twice as
// wide as a digit) or waste paper on numbers.
#include <cstddef>
#include <functional>
#include <string_view>

namespace cr::xlsx {

// The advance of a code point in em (1.0 = the font size).
using AdvanceMeasure = std::function<double(char32_t)>;

// Advances by character class, measured with HarfBuzz on Noto Sans CJK SC, the face that
// LibreOffice and WPS on Linux substitute for 宋体/等线: Han and full-width forms 1.0 em,
// digits 0.555, lower case 0.527, upper case 0.633, space 0.224, .,:;- 0.292, other ASCII
// symbols 0.45, anything else 0.6. A font layer with real metrics can replace it.
double measured_advance(char32_t cp);

// The width of `text` (its longest line) in Excel column units (multiples of the default
// font's digit width, 8 px for 等线 at 11 pt), with the cell's padding, at `font_pt` points.
double column_units(std::string_view text, double font_pt, const AdvanceMeasure& advance = measured_advance);

// The inverse of column_units: how many em of text fit on one line of a cell `units` wide.
double em_within(double units, double font_pt);

// The most column units a text of `bytes` UTF-8 bytes can take with measured_advance: no
// character is wider than 0.634 em per byte (upper-case Latin; a Han character is 1 em in 3).
double widest_column_units(std::size_t bytes, double font_pt);

}  // namespace cr::xlsx
