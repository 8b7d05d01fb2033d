#include "text/line_fit.hpp"

#include <algorithm>
#include <array>

namespace cr::text {
namespace {

constexpr double tolerance = 1e-6;  // widths are sums of advances; rounding must not break a line

bool is_space_code_point(char32_t cp) { return cp == U' ' || cp == U'\t' || cp == 0x00A0 || cp == 0x3000; }

// Width of items [begin, end) on one line: gaps inside the line only, trailing spaces hang.
double content_width(std::span<const LineItem> items, std::size_t begin, std::size_t end) {
  double width = 0, without_trailing = 0;
  for (std::size_t i = begin; i < end; ++i) {
    if (i > begin) width += items[i].gap_before;
    width += items[i].advance;
    if (!items[i].space) without_trailing = width;
  }
  return without_trailing;
}

std::size_t content_end(std::span<const LineItem> items, std::size_t begin, std::size_t end) {
  while (end > begin && items[end - 1].space) --end;
  return end;
}

double compressible(const LineItem& item, double em) {
  if (item.compression == Compression::none) return 0;
  return std::max(0.0, item.advance - em / 2);
}

// Takes up to `needed` from the items of `members`, evenly in proportion to what each can give.
double take_from(std::span<const LineItem> items, const std::vector<std::size_t>& members, double em,
                 double needed, std::vector<double>& shrink, std::size_t begin) {
  double available = 0;
  for (std::size_t i : members) available += compressible(items[i], em);
  if (available <= 0 || needed <= 0) return 0;
  double share = std::min(1.0, needed / available);
  for (std::size_t i : members) shrink[i - begin] += compressible(items[i], em) * share;
  return std::min(needed, available);
}

// Compresses [begin, end) to `available` in TYPESETTING.md's order; empty when it cannot fit.
// With `whole_end_mark` the line-end mark keeps its full width, so that its box stays inside
// the measure (a character grid: no glyph past the text area's edge).
std::vector<double> compress(std::span<const LineItem> items, std::size_t begin, std::size_t end,
                             double available, double em, bool whole_end_mark) {
  double excess = content_width(items, begin, end) - available;
  std::size_t last = content_end(items, begin, end);
  std::array<std::vector<std::size_t>, 4> groups;  // line-end mark, brackets, pauses, stops
  for (std::size_t i = begin; i < last; ++i) {
    if (items[i].compression == Compression::none || (whole_end_mark && i + 1 == last)) continue;
    groups[i + 1 == last ? 0 : static_cast<std::size_t>(items[i].compression)].push_back(i);
  }
  std::vector<double> shrink(end - begin, 0.0);
  for (const auto& group : groups) excess -= take_from(items, group, em, excess, shrink, begin);
  if (excess > tolerance) return {};
  return shrink;
}

// The first allowed break after `from`, or the end of the items.
std::size_t next_opportunity(std::span<const LineItem> items, std::size_t from) {
  for (std::size_t i = from; i < items.size(); ++i) {
    if (items[i].break_after != BreakAfter::no) return i + 1;
  }
  return items.size();
}

// Where a forced break inside an unbreakable run goes: at least one cluster on the line.
std::size_t forced_end(std::span<const LineItem> items, std::size_t begin, std::size_t fit_end) {
  std::size_t end = std::max(fit_end, begin + 1);
  while (end < items.size() && items[end].advance == 0 && items[end].stretch_before == Stretch::none &&
         items[end].gap_before == 0 && !items[end].space)
    ++end;  // keep the rest of a cluster with its first code point
  return end;
}

struct Scan {
  std::size_t fit_end = 0;     // items [begin, fit_end) fit without compression
  std::size_t last_break = 0;  // the last opportunity within fit_end (0: none)
  bool mandatory = false;      // fit_end is a mandatory break
};

Scan scan_line(std::span<const LineItem> items, std::size_t begin, double available) {
  Scan scan{begin, 0, false};
  double width = 0, without_trailing = 0;
  for (std::size_t i = begin; i < items.size(); ++i) {
    width += (i > begin ? items[i].gap_before : 0) + items[i].advance;
    if (!items[i].space) without_trailing = width;
    if (without_trailing > available + tolerance) break;
    scan.fit_end = i + 1;
    if (items[i].break_after != BreakAfter::no) scan.last_break = i + 1;
    if (items[i].break_after == BreakAfter::mandatory) {
      scan.mandatory = true;
      break;
    }
  }
  return scan;
}

FittedLine make_line(std::span<const LineItem> items, std::size_t begin, std::size_t end, double indent,
                     double available, std::vector<double> shrink = {}) {
  FittedLine line;
  line.begin = begin;
  line.end = end;
  line.indent = indent;
  line.natural_width = content_width(items, begin, end);
  for (double s : shrink) line.natural_width -= s;
  line.extra = available - line.natural_width;
  line.last = items[end - 1].break_after == BreakAfter::mandatory;
  line.shrink = std::move(shrink);
  return line;
}

FittedLine fit_one(std::span<const LineItem> items, std::size_t begin, double indent, const LineGeometry& g) {
  double available = g.width - indent;
  Scan scan = scan_line(items, begin, available);
  if (scan.mandatory || (scan.fit_end > begin && scan.last_break == scan.fit_end))
    return make_line(items, begin, scan.fit_end, indent, available);
  std::size_t reach = next_opportunity(items, std::max(scan.fit_end, begin));
  if (auto shrink = compress(items, begin, reach, available, g.em, g.whole_end_marks); !shrink.empty())
    return make_line(items, begin, reach, indent, available, std::move(shrink));
  if (scan.last_break > begin) return make_line(items, begin, scan.last_break, indent, available);
  FittedLine line = make_line(items, begin, forced_end(items, begin, scan.fit_end), indent, available);
  line.overfull = true;
  return line;
}

// Extra space before each item of a justified line: word spaces first (up to half an em each),
// the rest evenly between characters; nothing on a last line or where no slot exists.
std::vector<double> justification(std::span<const LineItem> items, const FittedLine& line,
                                  const LineGeometry& geometry) {
  std::vector<double> spread(line.end - line.begin, 0.0);
  if (line.last || line.extra <= 0) return spread;
  std::vector<std::size_t> words, characters;
  std::size_t last = content_end(items, line.begin, line.end);
  for (std::size_t i = line.begin + 1; i < last; ++i) {
    if (items[i].stretch_before == Stretch::word_space) words.push_back(i - line.begin);
    if (items[i].stretch_before == Stretch::inter_character) characters.push_back(i - line.begin);
  }
  double left = line.extra;
  if (!words.empty()) {
    double each = characters.empty() ? left / words.size() : std::min(left / words.size(), geometry.em / 2);
    for (std::size_t k : words) spread[k] = each;
    left -= each * words.size();
  }
  if (!characters.empty() && left > 0)
    for (std::size_t k : characters) spread[k] = left / characters.size();
  return spread;
}

// The cost of a title's lines of `widths` (in ems): lines of one length cost nothing; each
// line shorter than the longest costs the square of the difference; a line shorter than the
// one below it costs half as much again (an inverted trapezoid first, then a diamond); a line
// shorter than both its neighbours (an hourglass, which GB/T 9704 does not allow) costs much;
// a break at an ideographic space (between organisations) or after a colon is worth some.
double title_cost(const std::vector<double>& widths, int preferred_breaks) {
  const double longest = *std::max_element(widths.begin(), widths.end());
  double cost = -6.0 * preferred_breaks;
  for (std::size_t i = 0; i < widths.size(); ++i) {
    cost += (longest - widths[i]) * (longest - widths[i]);
    if (i + 1 < widths.size() && widths[i + 1] > widths[i])
      cost += 0.5 * (widths[i + 1] - widths[i]) * (widths[i + 1] - widths[i]);
    if (i > 0 && i + 1 < widths.size() && widths[i] < widths[i - 1] && widths[i] < widths[i + 1]) cost += 100;
  }
  return cost;
}

bool preferred_break(std::span<const LineItem> items, std::size_t end) {
  const char32_t cp = items[end - 1].code_point;
  return cp == U'\u3000' || cp == U'\uFF1A' || cp == U':';
}

// The line ends of the best-shaped set of `count` lines (title_cost), each fitting the measure
// uncompressed and ending at an allowed break; empty when no such set exists.
std::vector<std::size_t> balanced_breaks(std::span<const LineItem> items, const LineGeometry& geometry,
                                         std::size_t count) {
  std::vector<std::size_t> candidates;
  for (std::size_t i = 0; i + 1 < items.size(); ++i)
    if (items[i].break_after == BreakAfter::allowed) candidates.push_back(i + 1);
  std::vector<std::size_t> best, ends;
  std::vector<double> widths;
  double best_cost = 0;
  int preferred = 0;
  // Depth-first over the candidates, a line at a time; lines that do not fit end the branch.
  auto search = [&](auto&& self, std::size_t begin, std::size_t from) -> void {
    const double indent = begin == 0 ? geometry.first_line_indent : 0;
    const double available = geometry.width - indent + tolerance;
    if (ends.size() + 1 == count) {
      const double width = content_width(items, begin, items.size());
      if (width > available) return;
      widths.push_back(width / geometry.em);
      const double cost = title_cost(widths, preferred);
      widths.pop_back();
      if (best.empty() || cost < best_cost - tolerance) {
        best = ends;
        best.push_back(items.size());
        best_cost = cost;
      }
      return;
    }
    for (std::size_t k = from; k < candidates.size(); ++k) {
      const std::size_t end = candidates[k];
      const double width = content_width(items, begin, end);
      if (width > available) break;
      const int bonus = preferred_break(items, end) ? 1 : 0;
      ends.push_back(end);
      widths.push_back(width / geometry.em);
      preferred += bonus;
      self(self, end, k + 1);
      preferred -= bonus;
      widths.pop_back();
      ends.pop_back();
    }
  };
  if (geometry.em > 0) search(search, 0, 0);
  return best;
}

}  // namespace

std::vector<LineItem> line_items(std::u32string_view text, std::span<const double> advances, double em,
                                 std::span<const bool> cluster_starts) {
  std::vector<BreakAfter> breaks = line_breaks(text);
  std::vector<LineItem> items(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    LineItem& item = items[i];
    char32_t cp = text[i];
    item.code_point = cp;
    item.advance = i < advances.size() ? advances[i] : 0;
    item.break_after = breaks[i];
    item.compression = compression_of(cp);
    item.opening = is_opening_mark(cp);
    item.space = is_space_code_point(cp);
    if (i == 0) continue;
    bool joins = i < cluster_starts.size() && !cluster_starts[i];
    if (joins) {
      if (items[i - 1].break_after == BreakAfter::allowed) items[i - 1].break_after = BreakAfter::no;
      continue;
    }
    if (takes_han_western_gap(text[i - 1], cp)) item.gap_before = em / 4;
    item.stretch_before = stretch_between(text[i - 1], cp);
  }
  return items;
}

std::vector<FittedLine> fit_lines(std::span<const LineItem> items, const LineGeometry& geometry) {
  std::vector<FittedLine> lines;
  bool paragraph_start = true;
  for (std::size_t begin = 0; begin < items.size();) {
    double indent = paragraph_start ? geometry.first_line_indent : 0;
    lines.push_back(fit_one(items, begin, indent, geometry));
    begin = lines.back().end;
    paragraph_start = false;
  }
  return lines;
}

namespace {

constexpr std::size_t max_searched_lines = 4;

// Lines of nearly equal length for a text too long for balanced_breaks' search: the narrowest
// measure that keeps the count of lines fit_lines gives, upper lines at least as long as lower.
std::vector<FittedLine> narrowest_fit(std::span<const LineItem> items, const LineGeometry& geometry,
                                      std::vector<FittedLine> best) {
  const std::size_t count = best.size();
  double narrow = 0, wide = geometry.width;  // `wide` keeps the count; `narrow` may not
  for (int step = 0; step < 40 && wide - narrow > tolerance; ++step) {
    LineGeometry trial = geometry;
    trial.width = (narrow + wide) / 2;
    std::vector<FittedLine> lines = fit_lines(items, trial);
    bool keeps =
        lines.size() == count && std::none_of(lines.begin(), lines.end(), [](auto& l) { return l.overfull; });
    if (keeps)
      wide = trial.width, best = std::move(lines);
    else
      narrow = trial.width;
  }
  return best;
}

}  // namespace

std::vector<FittedLine> fit_balanced(std::span<const LineItem> items, const LineGeometry& geometry) {
  std::vector<FittedLine> lines = fit_lines(items, geometry);
  const bool plain = std::none_of(lines.begin(), lines.end(), [](const FittedLine& l) { return l.overfull; }) &&
                     std::all_of(lines.begin(), lines.end() - (lines.empty() ? 0 : 1),
                                 [](const FittedLine& l) { return !l.last; });
  // A title of more lines than a title has is balanced by the measure alone: the search over
  // every set of breaks grows with the power of the count.
  if (lines.size() > max_searched_lines && plain) lines = narrowest_fit(items, geometry, std::move(lines));
  if (lines.size() > 1 && lines.size() <= max_searched_lines && plain) {
    if (auto shaped = balanced_breaks(items, geometry, lines.size()); !shaped.empty()) {
      lines.clear();
      std::size_t begin = 0;
      for (std::size_t end : shaped) {
        const double indent = begin == 0 ? geometry.first_line_indent : 0;
        lines.push_back(make_line(items, begin, end, indent, geometry.width - indent));
        begin = end;
      }
    }
  }
  for (FittedLine& line : lines) {
    line.last = true;
    line.extra = geometry.width - line.indent - line.natural_width;
  }
  return lines;
}

std::vector<double> place_line(std::span<const LineItem> items, const FittedLine& line,
                               const LineGeometry& geometry) {
  std::vector<double> spread = justification(items, line, geometry);
  std::vector<double> x(line.end - line.begin);
  double pen = line.indent;
  for (std::size_t i = line.begin; i < line.end; ++i) {
    std::size_t k = i - line.begin;
    double shrink = line.shrink.empty() ? 0 : line.shrink[k];
    if (i > line.begin) pen += items[i].gap_before + spread[k];
    x[k] = pen - (items[i].opening ? shrink : 0);
    pen += items[i].advance - shrink;
  }
  return x;
}

}  // namespace cr::text
