#pragma once
// What a block draws on: the PDF writer at the current page, the resolved fonts, the line list
// and the outline tree. Blocks know their own content; the canvas knows pages and bookkeeping.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "diag/diagnostic.hpp"
#include "font/role_fonts.hpp"
#include "layout/laid_line.hpp"
#include "pdf/writer.hpp"

namespace cr::layout {

class Canvas {
 public:
  Canvas(pdf::Writer& writer, const font::FontSet& fonts, LineList& lines);

  pdf::Writer& writer() { return writer_; }
  const font::FontSet& fonts() const { return fonts_; }
  std::size_t page() const { return page_; }
  void set_page(std::size_t page) { page_ = page; }

  void record(LaidLine line);
  // An outline entry for a heading of `level` (1 = section) at `top` of the current page; level
  // 2 and deeper hang under the last entry of the level above.
  void outline(int level, const std::string& title, double top);

  // Shapes and draws one line of `text` with its left end at x and its baseline at `baseline`;
  // returns its width. For labels and page numbers; paragraphs draw through SetParagraph.
  double draw_text(font::Role role, double size, const std::string& text, double x, double baseline,
                   pdf::Color color = pdf::black);
  double measure(font::Role role, double size, const std::string& text) const;
  // draw_text, and the line recorded in the line list as a whole paragraph of `kind` (a 落款's or
  // a 版记's line, set by a block of its own).
  double draw_line(font::Role role, double size, const std::string& text, double x, double baseline,
                   TextKind kind);

 private:
  pdf::Writer& writer_;
  const font::FontSet& fonts_;
  LineList& lines_;
  std::size_t page_ = 0;
  std::vector<std::size_t> outline_stack_;  // ids of the last entry of each level
};

}  // namespace cr::layout
