#include "xlsx/cell_lines.hpp"

#include <vector>

#include "text/line_break.hpp"
#include "text/utf8.hpp"
#include "xlsx/text_width.hpp"

namespace cr::xlsx {
namespace {

// Where the line that starts at `begin` must end (exclusive), at most `budget` em wide.
std::size_t line_end(const std::u32string& text, const std::vector<text::BreakAfter>& breaks, std::size_t begin,
                     double budget) {
  double width = 0;
  std::size_t last_allowed = 0;  // 0: no break position seen on this line yet
  for (std::size_t i = begin; i < text.size(); ++i) {
    if (text[i] != U' ') width += measured_advance(text[i]);
    if (width > budget && i > begin) {
      if (last_allowed > begin) return last_allowed;
      // No allowed break: cut before the first character that may start a line.
      std::size_t cut = i;
      while (cut > begin + 1 && text::forbidden_at_line_start(text[cut])) --cut;
      return cut;
    }
    if (breaks[i] == text::BreakAfter::mandatory) return i + 1;
    if (breaks[i] == text::BreakAfter::allowed) last_allowed = i + 1;
  }
  return text.size();
}

}  // namespace

CellLines break_into_lines(std::string_view text, double max_units, double font_pt) {
  const std::u32string code_points = text::decode(text);
  if (code_points.empty()) return {std::string(text), 1};
  const std::vector<text::BreakAfter> breaks = text::line_breaks(code_points);
  const double budget = em_within(max_units, font_pt) * line_fill_share;
  CellLines out{{}, 0};
  for (std::size_t begin = 0; begin < code_points.size();) {
    const std::size_t end = line_end(code_points, breaks, begin, budget);
    std::size_t last = end;
    while (last > begin && (code_points[last - 1] == U' ' || code_points[last - 1] == U'\n')) --last;
    if (out.lines > 0) out.text += '\n';
    out.text += text::encode(std::u32string_view(code_points).substr(begin, last - begin));
    ++out.lines;
    begin = end;
  }
  return out;
}

}  // namespace cr::xlsx
