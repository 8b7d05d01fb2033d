// The sheet a township types into: a title, the unit (a drop-down), a header, and one row per
// indicator and period. Everything is locked but the unit, value, qualifier and note cells; the
// hidden last column holds each row's id, which `collect` reads the row by.
#include <algorithm>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "form/form_layout.hpp"
#include "form/form_sheets.hpp"
#include "form/form_writer.hpp"
#include "xlsx/page_setup.hpp"
#include "xlsx/text_width.hpp"

namespace cr::form {
namespace {

constexpr lxw_col_t last_visible = description;

// A value is a number, or one once the approximate words are taken out: 约200, 10余, 1.8万,
// 96.5%, 1,250. A warning, not a stop: 十二 and 两 are read too, and collect has the last word.
const char* value_check =
    "=OR(ISNUMBER(E5),ISNUMBER(-SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(SUBSTITUTE("
    "SUBSTITUTE(E5,\"约\",\"\"),\"近\",\"\"),\"余\",\"\"),\"多\",\"\"),\"左右\",\"\"),\"以上\",\"\"),"
    "\"万\",\"\")))";

lxw_error validate(lxw_worksheet* sheet, lxw_row_t first, lxw_row_t last, lxw_col_t col,
                   lxw_data_validation validation) {
  validation.ignore_blank = LXW_VALIDATION_ON;
  return worksheet_data_validation_range(sheet, first, col, last, col, &validation);
}

lxw_error add_validations(const FormContext& context, lxw_worksheet* sheet) {
  const auto last = static_cast<lxw_row_t>(first_row + context.plan.rows.size() - 1);
  const std::string meta = fmt::format("='{}'!", meta_sheet);
  const std::string qualifier_list = meta + fmt::format("$D$1:$D${}", qualifiers.size());
  const std::string unit_list = meta + fmt::format("$E$1:$E${}", unit_choices(context).size());

  lxw_data_validation number{};
  number.validate = LXW_VALIDATION_TYPE_CUSTOM_FORMULA;
  number.value_formula = const_cast<char*>(value_check);
  number.error_type = LXW_VALIDATION_ERROR_TYPE_WARNING;
  number.input_title = const_cast<char*>("数值");
  number.input_message = const_cast<char*>("填写数字，如 1250、3.5、1.8万；约数可写作 约200、10余、1300多。");
  number.error_title = const_cast<char*>("不是数值");
  number.error_message = const_cast<char*>("请填写数字，如 1250、3.5、1.8万、约200、10余。");
  lxw_error error = validate(sheet, first_row, last, value, number);

  lxw_data_validation qualifier_choice{};
  qualifier_choice.validate = LXW_VALIDATION_TYPE_LIST_FORMULA;
  qualifier_choice.value_formula = const_cast<char*>(qualifier_list.c_str());
  qualifier_choice.error_title = const_cast<char*>("修饰");
  qualifier_choice.error_message = const_cast<char*>("请从下拉列表中选择：余 多 以上 逾 超过 不少于 近 约 左右 不到，或留空。");
  if (error == LXW_NO_ERROR) error = validate(sheet, first_row, last, qualifier, qualifier_choice);

  lxw_data_validation unit_choice{};
  unit_choice.validate = LXW_VALIDATION_TYPE_LIST_FORMULA;
  unit_choice.value_formula = const_cast<char*>(unit_list.c_str());
  unit_choice.error_title = const_cast<char*>("填报单位");
  unit_choice.error_message = const_cast<char*>("请从下拉列表中选择本单位。");
  if (error == LXW_NO_ERROR) error = validate(sheet, unit_row, unit_row, 1, unit_choice);
  return error;
}

// One figure's row: what is asked, in locked cells, then the three open cells and the row id.
lxw_error write_row(const FormContext& context, lxw_worksheet* sheet, lxw_row_t row, std::size_t index,
                    std::vector<double>& widths) {
  const FormRow& asked = context.plan.rows[index];
  const model::Indicator& indicator = context.campaign.indicators[asked.indicator];
  const FormFormats& f = context.formats;
  const std::string label = period_label(asked);
  lxw_error error = worksheet_write_number(sheet, row, serial, static_cast<double>(index + 1), f.fixed);
  const auto text = [&](lxw_col_t col, const std::string& value, lxw_format* format) {
    if (error == LXW_NO_ERROR) error = worksheet_write_string(sheet, row, col, value.c_str(), format);
    if (col < widths.size()) widths[col] = std::max(widths[col], xlsx::column_units(value, 11));
  };
  text(indicator_name, indicator.name, f.fixed);
  text(measure, indicator.unit, f.fixed);
  text(period, label, f.fixed);
  if (error == LXW_NO_ERROR) error = worksheet_write_blank(sheet, row, value, f.open);
  if (error == LXW_NO_ERROR) error = worksheet_write_blank(sheet, row, qualifier, f.open);
  if (error == LXW_NO_ERROR) error = worksheet_write_blank(sheet, row, note, f.open);
  if (error == LXW_NO_ERROR)
    error = worksheet_write_string(sheet, row, description, indicator.description.c_str(), f.fixed_wrap);
  if (error == LXW_NO_ERROR) error = worksheet_write_string(sheet, row, row_id_column, asked.id.c_str(), nullptr);
  return error;
}

lxw_error write_top(const FormContext& context, lxw_worksheet* sheet) {
  const FormFormats& f = context.formats;
  const std::string title = context.campaign.title + " 数据填报表";
  lxw_error error = worksheet_merge_range(sheet, 0, 0, 0, last_visible, title.c_str(), f.title);
  if (error == LXW_NO_ERROR) worksheet_set_row(sheet, 0, 30, nullptr);
  if (error == LXW_NO_ERROR)
    error = worksheet_write_string(sheet, unit_row, 0, std::string(unit_label).c_str(), f.label);
  if (error == LXW_NO_ERROR) error = worksheet_write_string(sheet, unit_row, 1, context.unit.name.c_str(), f.open);
  if (error == LXW_NO_ERROR)
    error = worksheet_merge_range(sheet, unit_row, 2, unit_row, last_visible,
                                  "只填黄色单元格（数值、修饰、备注），填法见“填报说明”。", nullptr);
  for (lxw_col_t col = 0; col < headers.size() && error == LXW_NO_ERROR; ++col)
    error = worksheet_write_string(sheet, header_row, col, std::string(headers[col]).c_str(), f.header);
  return error;
}

lxw_error set_columns(lxw_worksheet* sheet, const std::vector<double>& widths) {
  lxw_error error = LXW_NO_ERROR;
  for (lxw_col_t col = 0; col <= last_visible && error == LXW_NO_ERROR; ++col)
    error = worksheet_set_column(sheet, col, col, widths[col], nullptr);
  lxw_row_col_options hidden{};
  hidden.hidden = LXW_TRUE;
  if (error == LXW_NO_ERROR)
    error = worksheet_set_column_opt(sheet, row_id_column, row_id_column, 12, nullptr, &hidden);
  return error;
}

}  // namespace

lxw_error write_form_sheet(const FormContext& context, lxw_worksheet* sheet) {
  // Minimum widths: 序号, name, measure, period, value, qualifier, note, description.
  std::vector<double> widths = {6, 12, 8, 10, 14, 8, 24, 30};
  lxw_error error = write_top(context, sheet);
  widths[1] = std::max(widths[1], xlsx::column_units(context.unit.name, 11));
  for (std::size_t i = 0; i < context.plan.rows.size() && error == LXW_NO_ERROR; ++i)
    error = write_row(context, sheet, static_cast<lxw_row_t>(first_row + i), i, widths);
  widths[indicator_name] = std::min(widths[indicator_name], 40.0);
  if (error == LXW_NO_ERROR) error = set_columns(sheet, widths);
  if (error == LXW_NO_ERROR && !context.plan.rows.empty()) error = add_validations(context, sheet);
  worksheet_freeze_panes(sheet, first_row, 0);
  xlsx::PageSetup page;
  page.landscape = true;
  page.repeat_first_row = header_row;
  page.repeat_last_row = header_row;
  if (error == LXW_NO_ERROR) error = xlsx::apply_page_setup(sheet, page);
  lxw_protection protection{};
  protection.format_columns = LXW_TRUE;  // widening a column or a row is harmless and often needed
  protection.format_rows = LXW_TRUE;
  worksheet_protect(sheet, nullptr, &protection);
  return error;
}

}  // namespace cr::form
