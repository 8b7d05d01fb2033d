#pragma once
// Lines inside a cell. Excel, WPS and LibreOffice wrap Chinese text wherever the width runs out,
// so a line may start with "，" or end with "（"; and none of them grows a row for wrapped text
// on its own when the file says how tall the row is. The workbook therefore breaks every long
// text itself, where GB/T 15834 allows (text/line_break), and sets each row's height from the
// number of lines of its tallest cell.
#include <cstddef>
#include <string>
#include <string_view>

namespace cr::xlsx {

// How much of a cell's width a line fills at most: a viewer's face may be a little wider than
// the measured one, and must never wrap a line a second time.
inline constexpr double line_fill_share = 0.94;

struct CellLines {
  std::string text;       // the value with a line feed at each break
  std::size_t lines = 1;  // how many lines it prints on
};

// `text` broken into lines no wider than `max_units` Excel column units at `font_pt` points,
// measured as column_units() measures (text_width.hpp). Line feeds already in the text stay.
// A break goes only where text::line_breaks allows one; a run with no break position wider
// than the cell (a long code) is cut where it must, never before a character that may not
// start a line. Spaces at the end of a broken line are dropped.
CellLines break_into_lines(std::string_view text, double max_units, double font_pt);

// The height in points of a row whose tallest cell prints `lines` lines at `font_pt` points:
// Noto Sans CJK's line is 1.45 em (等线's a little less), and two points of room above and below.
constexpr double row_points(std::size_t lines, double font_pt) {
  constexpr double line_height = 1.45, room = 4;
  return static_cast<double>(lines == 0 ? 1 : lines) * font_pt * line_height + room;
}

}  // namespace cr::xlsx
