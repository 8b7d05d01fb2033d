#include "layout/plain_flow.hpp"

namespace cr::layout {

PlainFlow::PlainFlow(pdf::Writer& writer, pdf::PageSize page_size, double margin)
    : writer_(writer), page_size_(page_size), margin_(margin) {
  new_page();
}

void PlainFlow::text(const font::RoleFonts& fonts, const std::string& text, double size, double leading,
                     bool replace_missing) {
  double right = page_size_.width - margin_;
  next_line(leading);
  double x = margin_;
  for (const auto& run : font::shape(fonts, text, {size, replace_missing}).runs) {
    std::size_t first = 0;
    double width = 0;
    for (std::size_t i = 0; i < run.glyphs.size(); ++i) {
      // Only a line that already holds a glyph is ended: a glyph wider than the whole measure
      // stands on a line of its own instead of opening empty line after empty line.
      if (x + width + run.glyphs[i].advance > right && (i > first || x > margin_)) {
        draw(run.slice(first, i), x);
        next_line(leading);
        x = margin_;
        first = i;
        width = 0;
      }
      width += run.glyphs[i].advance;
    }
    draw(run.slice(first, run.glyphs.size()), x);
    x += width;
  }
}

void PlainFlow::new_page() {
  page_ = writer_.add_page(page_size_);
  y_ = margin_;
}

void PlainFlow::next_line(double leading) {
  if (y_ + leading > page_size_.height - margin_) new_page();
  y_ += leading;
}

void PlainFlow::draw(const font::GlyphRun& run, double x) { writer_.draw_glyphs(page_, run, {x, y_}); }

}  // namespace cr::layout
