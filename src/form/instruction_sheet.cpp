// 填报说明: how to fill the form in, in the words a township's clerk needs, on one printed page.
#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "form/form_layout.hpp"
#include "form/form_sheets.hpp"
#include "xlsx/page_setup.hpp"
#include "xlsx/text_width.hpp"

namespace cr::form {
namespace {

constexpr double text_units = 80;  // the text column, in Excel column units: a portrait A4 page

std::vector<std::string> instructions(const FormContext& context) {
  const model::Campaign& c = context.campaign;
  return {
      fmt::format("本表由{}下发，用于“{}”的数据汇总。请{}填写后，将本文件原样交回。", c.organization, c.title,
                  context.unit.name),
      fmt::format("请在“{}”工作表中填写黄色单元格：数值、修饰、备注，并核对表头的填报单位。其余单元格已锁定。",
                  form_sheet),
      "数值填写阿拉伯数字，如 1250、3.5、1.8万；不要带计量单位（计量单位已列在表中）。",
      "约数可直接写作“约200”“近900”“10余”“1300多”，也可只写数字，在“修饰”列的下拉列表中选择“约”“余”等。",
      "计量单位为 % 的指标填写百分数，如 96.5 或 96.5%。",
      "实际为零的填 0；暂时无法统计的留空，并在“备注”中说明原因。留空的行不汇总。",
      "请勿插入或删除行、列，勿修改工作表名称，勿删除隐藏的“行编码”列和“表单信息”工作表：汇总时靠它们识别本表。",
      "请保存为 Excel 工作簿（.xlsx）。不要另存为 CSV 文件。",
      fmt::format("本表只适用于“{}”（活动编码 {}，表单指纹 {}）和{}，不能用于其他活动或其他单位。", c.title, c.id,
                  context.plan.fingerprint, context.unit.name),
  };
}

}  // namespace

lxw_error write_instruction_sheet(const FormContext& context, lxw_worksheet* sheet) {
  const FormFormats& f = context.formats;
  lxw_error error = worksheet_merge_range(sheet, 0, 0, 0, 1, "填报说明", f.title);
  worksheet_set_row(sheet, 0, 30, nullptr);
  if (error == LXW_NO_ERROR) error = worksheet_set_column(sheet, 0, 0, 5, nullptr);
  if (error == LXW_NO_ERROR) error = worksheet_set_column(sheet, 1, 1, text_units, f.prose);
  const auto lines_of = instructions(context);
  for (std::size_t i = 0; i < lines_of.size() && error == LXW_NO_ERROR; ++i) {
    const auto row = static_cast<lxw_row_t>(i + 2);
    // Spreadsheets do not grow a row for wrapped text that a file did not size: give each its lines.
    const double lines = std::ceil(xlsx::column_units(lines_of[i], 11) / text_units);
    worksheet_set_row(sheet, row, 16 * std::max(1.0, lines) + 2, nullptr);
    error = worksheet_write_string(sheet, row, 0, fmt::format("{}.", i + 1).c_str(), f.prose);
    if (error == LXW_NO_ERROR) error = worksheet_write_string(sheet, row, 1, lines_of[i].c_str(), f.prose);
  }
  xlsx::PageSetup page;
  if (error == LXW_NO_ERROR) error = xlsx::apply_page_setup(sheet, page);
  worksheet_protect(sheet, nullptr, nullptr);
  return error;
}

}  // namespace cr::form
