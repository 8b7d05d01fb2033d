#pragma once
// The `case` page style: a clean A4 report in the manner of the national case collections.
// Title centred (title role, 22 pt) with the organisation and date below it, 【】 section
// headings, body 16 pt on a 28 pt pitch with a two-character indent, 28 characters a line,
// page numbers "— N —" centred at the foot.
#include "layout/page_style.hpp"
#include "model/page_style.hpp"

namespace cr::layout {

class CaseStyle : public PageStyle {
 public:
  static constexpr double body_size = 16;
  static constexpr double body_leading = 28;
  static constexpr int characters_per_line = 28;
  static constexpr int lines_per_page = 24;

  std::string_view name() const override { return model::page_style_name(model::PageStyleId::case_report); }
  pdf::PageSize page_size() const override { return pdf::a4; }
  pdf::Rect text_area(std::size_t index) const override;
  TextStyle text_style(TextKind kind) const override;
  void decorate_page(Canvas& canvas, std::size_t index) const override;
};

}  // namespace cr::layout
