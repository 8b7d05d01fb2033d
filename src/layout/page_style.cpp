#include "layout/page_style.hpp"

#include "layout/case_style.hpp"
#include "layout/gbt9704_style.hpp"
#include "model/page_style.hpp"

namespace cr::layout {

TextKind PageStyle::heading_kind(int level) const {
  switch (level) {
    case 1:
      return TextKind::heading1;
    case 2:
      return TextKind::heading2;
    case 3:
      return TextKind::heading3;
    default:
      return TextKind::heading4;
  }
}

std::string PageStyle::heading_label(const report::Heading& heading) const {
  return report::heading_label(heading);
}

std::string PageStyle::list_marker(std::size_t) const { return "●"; }

BlockPtr PageStyle::signature_block(const report::Signature&, const font::FontSet&) const { return nullptr; }

std::vector<pdf::PageLabelRange> PageStyle::page_labels(std::size_t) const {
  return {{0, pdf::PageNumbering::decimal, "", 1}};
}

std::unique_ptr<PageStyle> make_page_style(std::string_view name) {
  const auto style = model::page_style_named(name);
  if (!style) return nullptr;
  switch (*style) {
    case model::PageStyleId::case_report:
      return std::make_unique<CaseStyle>();
    case model::PageStyleId::gbt9704:
      return std::make_unique<Gbt9704Style>();
  }
  return nullptr;
}

std::vector<std::string> page_style_names() {
  std::vector<std::string> names;
  for (const auto& entry : model::page_style_table) names.emplace_back(entry.name);
  return names;
}

std::string page_number_label(std::size_t index) { return "— " + std::to_string(index + 1) + " —"; }

void draw_page_number(Canvas& canvas, double size, const std::string& label, double x, double baseline) {
  canvas.draw_text(font::Role::page_number, size, label, x, baseline);
  LaidLine line;
  line.x = x;
  line.baseline = baseline;
  line.width = canvas.measure(font::Role::page_number, size, label);
  line.text = label;
  line.page_number = true;
  canvas.record(std::move(line));
}

}  // namespace cr::layout
