// 分单位: each unit's figures rolled up its subtree (乡镇, then its 村 indented below it), one
// column per indicator that has per-unit records. Only written when the campaign has units.
#include <set>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "stats/summaries.hpp"
#include "wording/date_wording.hpp"
#include "xlsx/figure_cells.hpp"
#include "xlsx/page_setup.hpp"
#include "xlsx/sheets.hpp"

namespace cr::xlsx {
namespace {

constexpr lxw_row_t header_row = 2;

std::vector<std::uint32_t> indicator_columns(const std::vector<stats::UnitSummary>& units) {
  std::set<std::uint32_t> used;
  for (const stats::UnitSummary& unit : units)
    for (const stats::UnitFigure& figure : unit.figures) used.insert(figure.indicator);
  return {used.begin(), used.end()};  // indicators.csv order
}

std::string indented(const std::string& name, int depth) {
  std::string out;
  for (int i = 0; i < depth; ++i) out += "\u3000\u3000";  // two ideographic spaces a level
  return out + name;
}

void write_unit_row(SheetWriter& sheet, WorkbookContext& context, lxw_row_t row,
                    const stats::UnitSummary& unit, const std::vector<std::uint32_t>& columns) {
  const model::OrgUnit& org = context.campaign.units[unit.unit];
  lxw_format* text = context.formats.get(Style::text);
  sheet.text(row, 0, indented(org.name, unit.depth), text);
  sheet.text(row, 1, org.type, text);
  for (std::size_t c = 0; c < columns.size(); ++c) {
    const lxw_col_t col = static_cast<lxw_col_t>(c + 2);
    const stats::UnitFigure* found = nullptr;
    for (const stats::UnitFigure& figure : unit.figures)
      if (figure.indicator == columns[c]) found = &figure;
    if (found)
      write_figure_cell(sheet, context, row, col, found->figure);
    else
      sheet.blank(row, col, text);
  }
}

// The widths the sheet's columns will take: names measured, figures at a generous guess.
std::vector<double> expected_widths(const SheetWriter& sheet, const WorkbookContext& context,
                                    const std::vector<stats::UnitSummary>& units,
                                    const std::vector<std::uint32_t>& columns) {
  std::vector<double> widths(columns.size() + 2, sheet.expected_units(2, "约3,250,000.5 万元"));
  widths[0] = widths[1] = 0;
  for (const stats::UnitSummary& unit : units) {
    const model::OrgUnit& org = context.campaign.units[unit.unit];
    widths[0] = std::max(widths[0], sheet.expected_units(0, indented(org.name, unit.depth)));
    widths[1] = std::max(widths[1], sheet.expected_units(1, org.type));
  }
  for (std::size_t c = 0; c < columns.size(); ++c)
    widths[c + 2] = std::max(widths[c + 2], sheet.expected_units(static_cast<lxw_col_t>(c + 2),
                                                                 context.campaign.indicators[columns[c]].name));
  return widths;
}

}  // namespace

bool write_unit_sheet(WorkbookContext& context) {
  const std::vector<stats::UnitSummary> units = stats::unit_summaries(context.stats);
  const std::vector<std::uint32_t> columns = indicator_columns(units);
  if (units.empty() || columns.empty()) return true;  // no units: no sheet
  SheetWriter* sheet = context.add_sheet("分单位");
  if (sheet == nullptr) return false;
  Formats& formats = context.formats;
  const lxw_col_t last = static_cast<lxw_col_t>(columns.size() + 1);
  sheet->limit_widths(6, 30);
  const auto title_last =
      std::min(last, static_cast<lxw_col_t>(title_end(expected_widths(*sheet, context, units, columns), false)));
  sheet->check(worksheet_set_row(sheet->handle(), 0, 28, nullptr), 0, 0);
  sheet->across(0, 0, title_last, context.campaign.title + " 分单位统计", formats.get(Style::title));
  sheet->across(1, 0, title_last,
                fmt::format("数据截至{}　各单位数值含其下属单位（单位自报数据时以自报为准）",
                            wording::word_date(context.as_of)),
                formats.get(Style::subtitle));
  sheet->text(header_row, 0, "单位", formats.get(Style::header));
  sheet->text(header_row, 1, "类型", formats.get(Style::header));
  for (std::size_t c = 0; c < columns.size(); ++c) {
    const model::Indicator& indicator = context.campaign.indicators[columns[c]];
    sheet->text(header_row, static_cast<lxw_col_t>(c + 2), indicator.name + "\n（" + indicator.unit + "）",
                formats.get(Style::header));
  }
  lxw_row_t row = header_row + 1;
  for (const stats::UnitSummary& unit : units) write_unit_row(*sheet, context, row++, unit, columns);
  sheet->finish_table(header_row, 1);
  return true;
}

}  // namespace cr::xlsx
