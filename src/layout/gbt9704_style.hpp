#pragma once
// The `gbt9704` page style: 党政机关公文格式 as GB/T 9704-2012 sets it. A4 with a text area of
// 156 x 225 mm (top margin 37 mm, left 28 mm) holding a grid of 22 lines of 28 characters of
// 3号 (16 pt) text: every line of text, headings and blank lines included, takes whole grid
// lines, and body characters advance by the grid's character pitch (156 mm / 28), so a full line
// holds exactly 28 of them. Title 2号 centred with a blank line below; headings 一、（一）1.（1）
// numbered by the Document's structure; page numbers "— N —" in 4号, 7 mm below the text area,
// odd pages at the right and even pages at the left, one character in; 落款 and 成文日期 after
// the last text as 7.3.5.2 places them, or under the office's seal as 7.3.5.1 does
// (gbt9704_signature.hpp). The parts of a 公文: the 版头 above the title (gbt9704_masthead.hpp),
// the 主送机关 under it, the 附件说明 and 附注 around the 落款, each 附件 from a new page, and the
// 版记 at the foot of the last page (gbt9704_imprint.hpp). Printed on both sides: a 版记 that needs
// a page of its own goes on the back of a sheet, and a blank page before it and its page carry no
// number (7.5).
#include "layout/page_style.hpp"
#include "model/page_style.hpp"

namespace cr::layout {

class Gbt9704Style : public PageStyle {
 public:
  static constexpr double body_size = 16;         // 3号
  static constexpr double title_size = 22;        // 2号
  static constexpr double page_number_size = 14;  // 4号
  static constexpr int characters_per_line = 28;
  static constexpr int lines_per_page = 22;
  static constexpr double top_margin_mm = 37, left_margin_mm = 28;
  static constexpr double text_width_mm = 156, text_height_mm = 225;
  static constexpr double page_number_gap_mm = 7;  // from the text area's foot to the number's top

  // The grid: line pitch (225 mm / 22) and character pitch (156 mm / 28), in points.
  static double line_pitch();
  static double character_pitch();

  std::string_view name() const override { return model::page_style_name(model::PageStyleId::gbt9704); }
  pdf::PageSize page_size() const override { return pdf::a4; }
  pdf::Rect text_area(std::size_t index) const override;
  TextStyle text_style(TextKind kind) const override;
  std::optional<double> line_grid() const override { return line_pitch(); }

  // 一、 （一） 1. （1） by level and the heading's ordinal; the template's own numbering is not used.
  std::string heading_label(const report::Heading& heading) const override;
  BlockPtr signature_block(const report::Signature& signature, const font::FontSet& fonts) const override;
  bool signs_at_end() const override { return true; }
  BlockPtr masthead_block(const report::Masthead& masthead, const font::FontSet& fonts) const override;
  bool sets_document_parts() const override { return true; }
  BlockPtr imprint_block(const report::Imprint& imprint, const font::FontSet& fonts) const override;
  bool two_sided() const override { return true; }

  void decorate_page(Canvas& canvas, std::size_t index) const override;
};

}  // namespace cr::layout
