#pragma once
// The layout's own record of every line it set: which text, where, in which kind of text. Tests
// check line breaking from this list (no forbidden mark at a line start or end, no split number)
// without reading the PDF back; the PDF's text layer is checked separately.
#include <cstddef>
#include <string>
#include <vector>

#include "layout/text_style.hpp"

namespace cr::layout {

struct LaidLine {
  std::size_t page = 0;  // 0-based page index
  double x = 0;          // left end of the line's first glyph, points from the page's left edge
  double baseline = 0;   // points from the page's top edge
  double width = 0;      // from x to the end of the last glyph
  std::string text;      // UTF-8, trailing spaces dropped
  TextKind kind = TextKind::body;
  bool paragraph_end = false;  // the last line of its paragraph (set ragged)
  bool justified = false;      // spread to the full measure
  bool page_number = false;    // drawn by the page style, not part of the text
};

using LineList = std::vector<LaidLine>;

}  // namespace cr::layout
