#include "xlsx/formats.hpp"

#include "xlsx/allocated.hpp"

#include <algorithm>

namespace cr::xlsx {
namespace {

constexpr lxw_color_t shade = 0xD9E1F2;
constexpr lxw_color_t group_shade = 0xEDEDED;
constexpr lxw_color_t grey_text = 0x595959;

// A quote cannot appear inside a quoted literal of a number format.
std::string quoted(const std::string& text) {
  std::string out;
  for (char c : text)
    if (c != '"' && c != '\\') out += c;
  return out.empty() ? std::string{} : "\"" + out + "\"";
}

std::string digits_part(int decimals) {
  decimals = std::clamp(decimals, 0, 6);
  return decimals == 0 ? "#,##0" : "#,##0." + std::string(static_cast<std::size_t>(decimals), '0');
}

}  // namespace

std::string number_format_code(const std::string& unit, int decimals, model::Qualifier qualifier) {
  const std::string word(model::word_of(qualifier));
  // As the wording layer places them: 近/约/逾... before the figure, 余/多 right after the
  // digits (10余 场), 左右/以上 after the unit (40 个左右).
  const bool before = model::stands_before(qualifier);
  const bool after_unit = qualifier == model::Qualifier::zuoyou || qualifier == model::Qualifier::yishang;
  const std::string prefix = before ? quoted(word) : std::string{};
  const std::string after_digits = before || after_unit ? std::string{} : word;
  const std::string after_all = after_unit ? word : std::string{};
  std::string tail = after_digits;
  if (unit == "%")
    tail += "%";  // a rate reads 12.5%
  else if (!unit.empty())
    tail += " " + unit;  // other units stand apart: 4,238 平方公里
  return prefix + digits_part(decimals) + quoted(tail + after_all);
}

namespace {

void set_face(lxw_format* format) {
  format_set_font_name(format, font_name);
  format_set_font_charset(format, font_charset);
}

}  // namespace

Formats::Formats(lxw_workbook* workbook) : workbook_(workbook) {
  // libxlsxwriter has no public call for the default format: it is the first of the workbook's
  // formats, made by workbook_new, and its font is written as the workbook's first font when
  // the workbook closes, so changing it here is enough.
  if (lxw_format* normal = STAILQ_FIRST(workbook_->formats); normal != nullptr) set_face(normal);
}

lxw_format* Formats::create() {
  lxw_format* format = allocated(workbook_add_format(workbook_));
  set_face(format);
  format_set_font_size(format, body_points);
  return format;
}

// Every text cell wraps: SheetWriter puts the line breaks, the format makes viewers show them.
lxw_format* Formats::bordered() {
  lxw_format* format = create();
  format_set_border(format, LXW_BORDER_THIN);
  format_set_align(format, LXW_ALIGN_VERTICAL_CENTER);
  return format;
}

lxw_format* Formats::get(Style style) {
  if (auto it = styles_.find(style); it != styles_.end()) return it->second;
  lxw_format* format = nullptr;
  switch (style) {
    case Style::title:
      format = create();
      format_set_bold(format);
      format_set_font_size(format, title_points);
      format_set_align(format, LXW_ALIGN_CENTER_ACROSS);
      format_set_align(format, LXW_ALIGN_VERTICAL_CENTER);
      break;
    case Style::title_block:
      format = create();
      format_set_bold(format);
      format_set_font_size(format, title_points);
      format_set_align(format, LXW_ALIGN_CENTER);
      format_set_align(format, LXW_ALIGN_VERTICAL_CENTER);
      format_set_text_wrap(format);
      break;
    case Style::subtitle:
      format = create();
      format_set_font_color(format, grey_text);
      format_set_align(format, LXW_ALIGN_CENTER_ACROSS);
      break;
    case Style::header:
      format = bordered();
      format_set_bold(format);
      format_set_bg_color(format, shade);
      format_set_align(format, LXW_ALIGN_CENTER);
      format_set_text_wrap(format);
      break;
    case Style::text:
      format = bordered();
      format_set_text_wrap(format);
      break;
    case Style::text_wrap:
      format = bordered();
      format_set_text_wrap(format);
      break;
    case Style::text_center:
      format = bordered();
      format_set_align(format, LXW_ALIGN_CENTER);
      format_set_text_wrap(format);
      break;
    case Style::group:
      format = bordered();
      format_set_bold(format);
      format_set_text_wrap(format);
      format_set_bg_color(format, group_shade);
      break;
    case Style::label:
      format = create();
      format_set_text_wrap(format);
      format_set_bold(format);
      format_set_align(format, LXW_ALIGN_VERTICAL_TOP);
      break;
    case Style::plain:
      format = create();
      format_set_text_wrap(format);
      format_set_align(format, LXW_ALIGN_VERTICAL_TOP);
      break;
  }
  styles_.emplace(style, format);
  return format;
}

lxw_format* Formats::number(const std::string& unit, int decimals, bool bold) {
  return number_with(unit, decimals, bold, model::Qualifier::exact);
}

lxw_format* Formats::number(const std::string& unit, int decimals, model::Qualifier qualifier) {
  return number_with(unit, decimals, false, qualifier);
}

lxw_format* Formats::number_with(const std::string& unit, int decimals, bool bold,
                                 model::Qualifier qualifier) {
  auto key = std::make_tuple(unit, std::clamp(decimals, 0, 6), bold, qualifier);
  if (auto it = numbers_.find(key); it != numbers_.end()) return it->second;
  lxw_format* format = bordered();
  format_set_num_format(format, number_format_code(unit, std::get<1>(key), qualifier).c_str());
  if (bold) {
    format_set_bold(format);
    format_set_bg_color(format, group_shade);
  }
  numbers_.emplace(key, format);
  return format;
}

lxw_format* Formats::change(const std::string& suffix) {
  if (auto it = changes_.find(suffix); it != changes_.end()) return it->second;
  lxw_format* format = bordered();
  const std::string code = suffix == "%" ? "0.0" + quoted("%") : "0.0" + quoted(" " + suffix);
  format_set_num_format(format, code.c_str());
  changes_.emplace(suffix, format);
  return format;
}

}  // namespace cr::xlsx
