#pragma once
// Fitting a paragraph of Chinese text into lines of a given width, independent of fonts: the
// caller shapes the text and passes each code point's advance; this picks the breaks (from
// line_breaks), compresses punctuation where a mark would otherwise push a character down,
// and says where each item goes on a justified line. The last line is set ragged.
//
//   auto items = line_items(U"……", advances, 16.0);
//   auto lines = fit_lines(items, {.width = 448, .first_line_indent = 32, .em = 16});
//   for (const auto& line : lines) draw(items, line, place_line(items, line, geometry));
#include <cstddef>
#include <span>
#include <string_view>
#include <vector>

#include "text/line_break.hpp"
#include "text/line_spacing.hpp"

namespace cr::text {

// One code point of the paragraph, with what the fitter needs to know about it.
// The small members come first: 24 bytes an item, every character of the report has one.
struct LineItem {
  char32_t code_point = 0;
  BreakAfter break_after = BreakAfter::no;
  Compression compression = Compression::none;
  Stretch stretch_before = Stretch::none;  // may justification put space before this item?
  bool opening : 1 = false;  // compressed from the left (its ink is on the right)
  bool space : 1 = false;    // a word space: hangs at the end of a line, stretches first
  double advance = 0;        // as shaped; 0 for a code point that shares its cluster's glyph
  double gap_before = 0;     // Han/Western gap before this item; dropped at a line start
};
static_assert(sizeof(LineItem) == 24);

// Items for `text`: advances[i] is the advance of text[i] (missing entries count 0). When
// `cluster_starts` is given, a code point with cluster_starts[i] false belongs to the previous
// code point's glyph cluster: no break, gap or space is put before it. `em` is the font size.
std::vector<LineItem> line_items(std::u32string_view text, std::span<const double> advances, double em,
                                 std::span<const bool> cluster_starts = {});

struct LineGeometry {
  double width = 0;              // the measure: line length in the caller's unit
  double first_line_indent = 0;  // two characters for a body paragraph
  double em = 0;                 // font size: compression keeps half of it, the word-space cap
  // A line-end mark is never compressed (the marks inside the line are, or the mark goes to
  // the next line with the character before it): on a character grid no glyph's box may cross
  // the measure's edge (GB/T 9704 sets no hanging punctuation).
  bool whole_end_marks = false;
};

struct FittedLine {
  std::size_t begin = 0, end = 0;  // items [begin, end), trailing spaces included
  double indent = 0;               // where the line starts (the first line's indent)
  double natural_width = 0;        // content width without trailing spaces, after compression
  double extra = 0;                // (width - indent) - natural_width: space to spread if justified
  bool last = false;               // ends the paragraph or a forced line break: set ragged
  bool overfull = false;           // no allowed break fitted: broken inside an unbreakable run
  std::vector<double> shrink;      // empty, or per item of the line: width taken off by compression
};

// Greedy first fit: each line takes as much as fits and ends at a break opportunity. When the
// fitting point is not one (a mark or the rest of a number would start the next line), the
// line's punctuation is compressed, line-end mark first, then brackets, then ，、；：, then
// 。？！, to bring in everything up to the next opportunity; only if that fails is the line
// broken earlier. A run longer than the line (a long Latin word) is broken by force and the
// line marked overfull.
std::vector<FittedLine> fit_lines(std::span<const LineItem> items, const LineGeometry& geometry);

// Lines for a centred title (GB/T 9704 7.3.1: a long title breaks into a trapezoid or a
// diamond, never inside a word): as few lines as fit_lines gives at the full width, broken
// where the lines come closest to one length, an upper line rather longer than shorter, never
// an hourglass, a break at an ideographic space or after a colon preferred. Only the items'
// allowed breaks are used (restrict them to word ends first: word_break.hpp). Every line is
// set ragged (`last`), for the caller to centre.
std::vector<FittedLine> fit_balanced(std::span<const LineItem> items, const LineGeometry& geometry);

// Where each item of `line` starts, from the left edge of the measure (indent included):
// Han/Western gaps applied, compressed marks moved, and on a line that is not the last the
// extra space spread (word spaces first, up to half an em each, then evenly between
// characters). One entry per item of [line.begin, line.end).
std::vector<double> place_line(std::span<const LineItem> items, const FittedLine& line,
                               const LineGeometry& geometry);

}  // namespace cr::text
