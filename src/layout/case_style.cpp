#include "layout/case_style.hpp"

#include <string>

namespace cr::layout {
namespace {

constexpr double page_number_size = 10.5;  // 五号

}  // namespace

pdf::Rect CaseStyle::text_area(std::size_t) const {
  // 28 body characters wide, 24 lines high, centred on the page.
  const double width = characters_per_line * body_size;
  const double height = lines_per_page * body_leading;
  const pdf::PageSize page = page_size();
  return {(page.width - width) / 2, (page.height - height) / 2, width, height};
}

TextStyle CaseStyle::text_style(TextKind kind) const {
  using font::Role;
  const double em = body_size;
  switch (kind) {
    case TextKind::title: {
      TextStyle s = styled(Role::title, 22, 36, TextAlign::balanced);
      s.bold_role = Role::title;
      s.space_after = 6;
      return s;
    }
    case TextKind::subtitle:
      return styled(Role::subheading, em, body_leading, TextAlign::center);
    case TextKind::title_line:
      return styled(Role::subheading, em, body_leading, TextAlign::center);
    case TextKind::heading1: {
      TextStyle s = styled(Role::heading, em, body_leading, TextAlign::left);
      s.bold_role = Role::heading;
      s.space_before = body_leading * 3 / 4;
      return s;
    }
    case TextKind::heading2: {
      TextStyle s = styled(Role::subheading, em, body_leading, TextAlign::left, 2 * em);
      s.bold_role = Role::heading;
      s.space_before = body_leading / 4;
      return s;
    }
    case TextKind::heading3:
    case TextKind::heading4:
      return styled(Role::body, em, body_leading, TextAlign::left, 2 * em);
    case TextKind::lead: {
      TextStyle s = styled(Role::subheading, em, body_leading, TextAlign::justified, 2 * em);
      s.space_before = body_leading / 2;
      return s;
    }
    case TextKind::body:
    case TextKind::addressee:  // a 公文's parts: the case style does not set them
    case TextKind::attachment_list:
    case TextKind::document_note:
    case TextKind::attachment_label:
    case TextKind::imprint:
      return styled(Role::body, em, body_leading, TextAlign::justified, 2 * em);
    case TextKind::list_item: {
      TextStyle s = styled(Role::body, em, body_leading, TextAlign::justified);
      s.left_indent = 3 * em;
      return s;
    }
    case TextKind::source: {
      TextStyle s = styled(Role::body, 14, 24, TextAlign::right);
      s.space_before = body_leading / 2;
      return s;
    }
    case TextKind::note:
      return styled(Role::table, 10.5, 18, TextAlign::justified);
    case TextKind::caption: {
      TextStyle s = styled(Role::heading, 12, 22, TextAlign::center);
      s.space_before = body_leading / 2;
      s.space_after = 4;
      s.han_western_gap = false;
      return s;
    }
    case TextKind::table_header:
      return styled(Role::heading, 10.5, 16, TextAlign::center);
    case TextKind::table_body:
      return styled(Role::table, 10.5, 16, TextAlign::left);
    case TextKind::chart_label:
      return styled(Role::table, 9, 12, TextAlign::center);
    case TextKind::signature: {
      TextStyle s = styled(Role::body, em, body_leading, TextAlign::right);
      s.space_before = body_leading;
      return s;
    }
  }
  return styled(Role::body, em, body_leading, TextAlign::justified, 2 * em);
}

void CaseStyle::decorate_page(Canvas& canvas, std::size_t index) const {
  const std::string label = page_number_label(index);
  const pdf::Rect area = text_area(index);
  const double width = canvas.measure(font::Role::page_number, page_number_size, label);
  const double baseline = area.y + area.height + 2 * body_leading;
  draw_page_number(canvas, page_number_size, label, area.x + (area.width - width) / 2, baseline);
}

}  // namespace cr::layout
