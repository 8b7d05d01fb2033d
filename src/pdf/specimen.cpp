#include "pdf/specimen.hpp"

#include "font/shaping.hpp"
#include "pdf/writer.hpp"

namespace cr::pdf {
namespace {

// A cursor down A4 pages: plain lines, a new page when the next line does not fit.
class Flow {
 public:
  Flow(Writer& writer, const SpecimenStyle& style) : writer_(writer), style_(style) { new_page(); }

  // Sets `text` in `fonts`, breaking wherever the next glyph would pass the right margin.
  void text(const font::RoleFonts& fonts, const std::string& text, double size, bool replace_missing) {
    double leading = size * 1.6;
    double right = a4.width - style_.margin;
    next_line(leading);
    double x = style_.margin;
    for (const auto& run : font::shape(fonts, text, {size, replace_missing}).runs) {
      std::size_t first = 0;
      double width = 0;
      for (std::size_t i = 0; i < run.glyphs.size(); ++i) {
        if (x + width + run.glyphs[i].advance > right && (i > first || x > style_.margin)) {
          draw(run.slice(first, i), x);
          next_line(leading);
          x = style_.margin;
          first = i;
          width = 0;
        }
        width += run.glyphs[i].advance;
      }
      draw(run.slice(first, run.glyphs.size()), x);
      x += width;
    }
  }

  void gap(double points) { y_ += points; }
  std::size_t page() const { return page_; }
  double y() const { return y_; }

 private:
  void new_page() {
    page_ = writer_.add_page(a4);
    y_ = style_.margin;
  }
  void next_line(double leading) {
    if (y_ + leading > a4.height - style_.margin) new_page();
    y_ += leading;
  }
  void draw(const font::GlyphRun& run, double x) { writer_.draw_glyphs(page_, run, {x, y_}); }

  Writer& writer_;
  const SpecimenStyle& style_;
  std::size_t page_ = 0;
  double y_ = 0;
};

}  // namespace

bool write_specimen(const font::FontSet& fonts, const std::vector<SpecimenSection>& sections,
                    const DocumentInfo& info, const SpecimenStyle& style, bool replace_missing,
                    std::string& bytes, diag::Diagnostics& diagnostics) {
  Writer writer(info);
  Flow flow(writer, style);
  for (std::size_t i = 0; i < sections.size(); ++i) {
    const auto& section = sections[i];
    const auto& role = fonts.role(section.role);
    if (role.faces.empty()) continue;
    if (i > 0) flow.gap(style.text_size);
    flow.text(role, section.heading, style.heading_size, replace_missing);
    writer.add_outline(section.heading, flow.page(), flow.y() - style.heading_size * 1.6);
    if (!section.characters.empty()) flow.text(role, section.characters, style.text_size, replace_missing);
    if (section.role == font::Role::body)
      flow.text(role, specimen_test_line, style.text_size, replace_missing);
  }
  return writer.write(bytes, diagnostics);
}

}  // namespace cr::pdf
