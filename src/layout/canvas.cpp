#include "layout/canvas.hpp"

#include "font/shaping.hpp"

namespace cr::layout {

Canvas::Canvas(pdf::Writer& writer, const font::FontSet& fonts, LineList& lines)
    : writer_(writer), fonts_(fonts), lines_(lines) {}

void Canvas::record(LaidLine line) {
  line.page = page_;
  lines_.push_back(std::move(line));
}

void Canvas::outline(int level, const std::string& title, double top) {
  const auto depth = static_cast<std::size_t>(level < 1 ? 1 : level);
  if (outline_stack_.size() > depth - 1) outline_stack_.resize(depth - 1);
  std::optional<std::size_t> parent;
  if (!outline_stack_.empty()) parent = outline_stack_.back();
  const std::size_t id = writer_.add_outline(title, page_, top, parent);
  // A level with no entry above it (a level-2 heading before any section) hangs one level up.
  outline_stack_.push_back(id);
}

double Canvas::draw_text(font::Role role, double size, const std::string& text, double x, double baseline,
                         pdf::Color color) {
  const font::RoleFonts& chain = fonts_.role(role);
  if (chain.faces.empty() || text.empty()) return 0;
  const font::ShapedText shaped = font::shape(chain, text, {size, true});
  double pen = x;
  for (const font::GlyphRun& run : shaped.runs) {
    writer_.draw_glyphs(page_, run, {pen, baseline}, color);
    pen += run.width();
  }
  return pen - x;
}

double Canvas::draw_line(font::Role role, double size, const std::string& text, double x, double baseline,
                         TextKind kind) {
  const double width = draw_text(role, size, text, x, baseline);
  LaidLine laid;
  laid.x = x;
  laid.baseline = baseline;
  laid.width = width;
  laid.text = text;
  laid.kind = kind;
  laid.paragraph_end = true;
  record(std::move(laid));
  return width;
}

double Canvas::measure(font::Role role, double size, const std::string& text) const {
  const font::RoleFonts& chain = fonts_.role(role);
  if (chain.faces.empty() || text.empty()) return 0;
  return font::measure(chain, text, size);
}

}  // namespace cr::layout
