#pragma once
// Plain lines down pages of one size, for text that is shown rather than read (the font
// specimen's characters): no line-breaking rules, a line is full when the next glyph would pass
// the right margin, and a page is full when the next line would pass the bottom margin. Prose is
// set by ParagraphBlock and the page loop instead, which break where Chinese allows it.
#include <cstddef>
#include <string>

#include "font/role_fonts.hpp"
#include "font/shaping.hpp"
#include "pdf/geometry.hpp"
#include "pdf/writer.hpp"

namespace cr::layout {

class PlainFlow {
 public:
  // Starts the first page; `margin` is the same on all four sides.
  PlainFlow(pdf::Writer& writer, pdf::PageSize page_size, double margin);

  // Sets `text` shaped in `fonts` at `size`, from the start of a new line `leading` below the
  // last one, wrapping onto further lines as it goes.
  void text(const font::RoleFonts& fonts, const std::string& text, double size, double leading,
            bool replace_missing);
  // Leaves `points` of space below the last line.
  void gap(double points) { y_ += points; }
  std::size_t page() const { return page_; }
  // The baseline of the last line set, in points from the page's top edge.
  double y() const { return y_; }

 private:
  void new_page();
  void next_line(double leading);
  void draw(const font::GlyphRun& run, double x);

  pdf::Writer& writer_;
  pdf::PageSize page_size_;
  double margin_;
  std::size_t page_ = 0;
  double y_ = 0;
};

}  // namespace cr::layout
