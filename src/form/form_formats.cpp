#include "form/form_sheets.hpp"

namespace cr::form {
namespace {

constexpr lxw_color_t open_fill = 0xFFF2CC;   // pale yellow: "type here"
constexpr lxw_color_t header_fill = 0xDDEBF7;

lxw_format* bordered(lxw_workbook* workbook) {
  lxw_format* format = workbook_add_format(workbook);
  format_set_border(format, LXW_BORDER_THIN);
  format_set_align(format, LXW_ALIGN_VERTICAL_CENTER);
  return format;
}

}  // namespace

FormFormats::FormFormats(lxw_workbook* workbook) {
  title = workbook_add_format(workbook);
  format_set_bold(title);
  format_set_font_size(title, 16);
  format_set_align(title, LXW_ALIGN_CENTER);
  format_set_align(title, LXW_ALIGN_VERTICAL_CENTER);

  header = bordered(workbook);
  format_set_bold(header);
  format_set_bg_color(header, header_fill);
  format_set_align(header, LXW_ALIGN_CENTER);
  format_set_text_wrap(header);

  fixed = bordered(workbook);
  fixed_wrap = bordered(workbook);
  format_set_text_wrap(fixed_wrap);

  open = bordered(workbook);
  format_set_unlocked(open);
  format_set_bg_color(open, open_fill);
  format_set_text_wrap(open);

  label = workbook_add_format(workbook);
  format_set_bold(label);
  format_set_align(label, LXW_ALIGN_VERTICAL_CENTER);

  prose = workbook_add_format(workbook);
  format_set_text_wrap(prose);
  format_set_align(prose, LXW_ALIGN_VERTICAL_TOP);
}

}  // namespace cr::form
