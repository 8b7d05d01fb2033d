#include "layout/gbt9704_style.hpp"

#include <string>

#include "layout/gbt9704_imprint.hpp"
#include "layout/gbt9704_masthead.hpp"
#include "layout/gbt9704_signature.hpp"

namespace cr::layout {
namespace {

// Text on the grid: one grid line per line, characters on the character pitch.
TextStyle on_grid(font::Role role, TextAlign align, int indent_characters = 0) {
  TextStyle s;
  s.role = role;
  s.bold_role = font::Role::heading;
  s.size = Gbt9704Style::body_size;
  s.leading = Gbt9704Style::line_pitch();
  s.tracking = Gbt9704Style::character_pitch() - Gbt9704Style::body_size;
  s.align = align;
  s.first_line_indent = indent_characters * Gbt9704Style::character_pitch();
  return s;
}

}  // namespace

double Gbt9704Style::line_pitch() { return pdf::mm(text_height_mm) / lines_per_page; }
double Gbt9704Style::character_pitch() { return pdf::mm(text_width_mm) / characters_per_line; }

pdf::Rect Gbt9704Style::text_area(std::size_t) const {
  return {pdf::mm(left_margin_mm), pdf::mm(top_margin_mm), pdf::mm(text_width_mm), pdf::mm(text_height_mm)};
}

TextStyle Gbt9704Style::text_style(TextKind kind) const {
  using font::Role;
  switch (kind) {
    case TextKind::title: {
      // 2号 on the 3号 grid: each title line takes one grid line, a blank grid line follows.
      TextStyle s = on_grid(Role::title, TextAlign::balanced);
      s.size = title_size;
      s.tracking = 0;
      s.bold_role = Role::title;
      s.space_after = line_pitch();
      return s;
    }
    case TextKind::subtitle:
      return on_grid(Role::subheading, TextAlign::center);
    case TextKind::title_line:
      return on_grid(Role::body, TextAlign::center);
    case TextKind::heading1: {
      TextStyle s = on_grid(Role::heading, TextAlign::left, 2);
      s.bold_role = Role::heading;
      return s;
    }
    case TextKind::heading2: {
      TextStyle s = on_grid(Role::subheading, TextAlign::left, 2);
      s.bold_role = Role::heading;
      return s;
    }
    case TextKind::heading3:
    case TextKind::heading4:
      return on_grid(Role::body, TextAlign::left, 2);
    case TextKind::lead:
    case TextKind::body:
      return on_grid(Role::body, TextAlign::justified, 2);
    case TextKind::list_item: {
      TextStyle s = on_grid(Role::body, TextAlign::justified);
      s.left_indent = 3 * character_pitch();
      return s;
    }
    // 来源 and 责编 read as a 附注 (7.3.6): 3号, two characters in.
    case TextKind::source:
      return on_grid(Role::body, TextAlign::left, 2);
    case TextKind::note: {
      TextStyle s = on_grid(Role::table, TextAlign::justified);
      s.size = page_number_size;
      s.tracking = 0;
      return s;
    }
    case TextKind::caption: {
      TextStyle s = on_grid(Role::heading, TextAlign::center);
      s.han_western_gap = false;
      return s;
    }
    // Text off the grid (inside tables and charts, which are blocks of their own height).
    case TextKind::table_header:
      return styled(Role::heading, 12, 18, TextAlign::center);
    case TextKind::table_body:
      return styled(Role::table, 12, 18, TextAlign::left);
    case TextKind::chart_label:
      return styled(Role::table, 9, 12, TextAlign::center);
    case TextKind::signature:
      return on_grid(Role::body, TextAlign::right);
    // 主送机关 flush left, continued flush left (7.3.2).
    case TextKind::addressee:
      return on_grid(Role::body, TextAlign::justified);
    // 附件说明 one blank line below the body, two characters in (7.3.4); the blocks hang each
    // name after 附件： and its number (document_blocks.cpp).
    case TextKind::attachment_list: {
      TextStyle s = on_grid(Role::body, TextAlign::justified, 2);
      s.space_before = line_pitch();
      return s;
    }
    // 附注 on the line below the 成文日期, two characters in, in its parentheses (7.3.6).
    case TextKind::document_note:
      return on_grid(Role::body, TextAlign::justified, 2);
    // 附件1 in 3号黑体 flush left on the first line, the title on the third (7.3.7).
    case TextKind::attachment_label: {
      TextStyle s = on_grid(Role::heading, TextAlign::left);
      s.space_after = line_pitch();
      return s;
    }
    // 版记 in 4号仿宋 (7.4.2, 7.4.3), one grid line each.
    case TextKind::imprint: {
      TextStyle s = on_grid(Role::body, TextAlign::justified);
      s.size = page_number_size;
      s.tracking = 0;
      return s;
    }
  }
  return on_grid(Role::body, TextAlign::justified, 2);
}

std::string Gbt9704Style::heading_label(const report::Heading& heading) const {
  return report::numbering_label(report::official_numbering(heading.level), heading.ordinal) + heading.text;
}

BlockPtr Gbt9704Style::signature_block(const report::Signature& signature, const font::FontSet&) const {
  return std::make_unique<Gbt9704Signature>(signature, text_style(TextKind::signature), character_pitch());
}

BlockPtr Gbt9704Style::masthead_block(const report::Masthead& masthead, const font::FontSet& fonts) const {
  return std::make_unique<Gbt9704Masthead>(masthead, fonts, line_pitch(), character_pitch(), body_size);
}

BlockPtr Gbt9704Style::imprint_block(const report::Imprint& imprint, const font::FontSet& fonts) const {
  return std::make_unique<Gbt9704Imprint>(imprint, fonts, text_style(TextKind::imprint));
}

void Gbt9704Style::decorate_page(Canvas& canvas, std::size_t index) const {
  // "— N —": half-width digits between em dashes; one 4号 character in from the text area's
  // right edge on odd pages (index 0, 2, …), from its left edge on even pages.
  const std::string label = page_number_label(index);
  const pdf::Rect area = text_area(index);
  const double width = canvas.measure(font::Role::page_number, page_number_size, label);
  const bool odd = index % 2 == 0;
  const double x = odd ? area.x + area.width - page_number_size - width : area.x + page_number_size;
  // The number's em box (0.88 em above the baseline) starts 7 mm below the text area.
  const double baseline = area.y + area.height + pdf::mm(page_number_gap_mm) + 0.88 * page_number_size;
  draw_page_number(canvas, page_number_size, label, x, baseline);
}

}  // namespace cr::layout
