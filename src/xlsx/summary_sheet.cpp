// 汇总: one row per indicator, grouped by program in campaign.toml's order (the general profile
// first). No sums across indicators: their units differ. Each total is a live formula over 明细
// where its aggregate has one, with the figure of stats/ stored as its result.
#include <array>
#include <map>
#include <string>

#include <fmt/format.h>

#include "stats/comparison.hpp"
#include "stats/summaries.hpp"
#include "wording/date_wording.hpp"
#include "wording/number_wording.hpp"
#include "xlsx/figure_cells.hpp"
#include "xlsx/sheets.hpp"
#include "xlsx/summary_formula.hpp"

namespace cr::xlsx {
namespace {

// The unit stands between the number and its qualifier, so that a printed row never reads
// "10 场余"; the id stands before the count, so that a number never runs into an id.
enum Column : lxw_col_t {
  name = 0,
  value,
  unit,
  qualifier,
  wording,
  change,
  aggregate,
  id,
  records,
  column_count
};
constexpr std::array<const char*, column_count> headers{"指标",     "数值",     "计量单位", "修饰",  "表述",
                                                        "年度变化", "汇总方式", "指标编码", "记录数"};
constexpr lxw_row_t header_row = 2;

const char* aggregate_name(model::Aggregate how) {
  switch (how) {
    case model::Aggregate::sum:
      return "合计";
    case model::Aggregate::max:
      return "最大值";
    case model::Aggregate::last:
      return "最新值";
    case model::Aggregate::avg:
      return "平均值";
    case model::Aggregate::none:
      return "单值";
  }
  return "";
}

// Formulas match ids as text, ignoring case as spreadsheets do: an id that differs from another
// only in case would pick up the other's rows, so its total is written as a value instead.
std::map<std::string, int> ids_ignoring_case(const model::Campaign& campaign) {
  std::map<std::string, int> count;
  for (const model::Indicator& indicator : campaign.indicators) {
    std::string key = indicator.id;
    for (char& c : key) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
    ++count[key];
  }
  return count;
}

bool unique_ignoring_case(const std::map<std::string, int>& ids, std::string id) {
  for (char& c : id) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
  auto it = ids.find(id);
  return it != ids.end() && it->second == 1;
}

void write_total(SheetWriter& sheet, WorkbookContext& context, lxw_row_t row,
                 const model::Indicator& indicator, const stats::Figure& figure, bool formula_allowed) {
  const model::Quantity& quantity = figure.quantity;
  const int decimals = decimals_of(quantity.value);
  lxw_format* format = context.formats.number(quantity.unit, decimals);
  const std::string shown =
      wording::word_quantity(quantity, {model::Wording::as_written, true, false}) + " " + quantity.unit + "  ";
  const double result = quantity.value.to_double();
  const auto formula =
      formula_allowed ? total_formula(indicator, context.campaign.records.size(), decimals) : std::nullopt;
  if (formula)
    sheet.formula(row, value, *formula, result, format, shown);
  else
    sheet.number(row, value, result, format, shown);
}

// 由15940元提高到20940元: the first year with a figure against the last, when there are two.
std::string yearly_change(const WorkbookContext& context, const stats::IndicatorSummary& summary) {
  const std::vector<stats::Lookup>& cells = summary.years.cells;
  const stats::Lookup* first = nullptr;
  const stats::Lookup* last = nullptr;
  for (const stats::Lookup& cell : cells)
    if (cell) {
      if (first == nullptr) first = &cell;
      last = &cell;
    }
  if (first == nullptr || first == last) return {};
  const stats::Comparison comparison = stats::before_after(*first, *last);
  if (!comparison || !comparison.base || !comparison.current) return {};
  const model::Indicator& indicator = context.campaign.indicators[summary.indicator];
  return wording::word_before_after(*comparison.base, *comparison.current, context.wording(indicator));
}

void write_indicator(SheetWriter& sheet, WorkbookContext& context, lxw_row_t row,
                     const stats::IndicatorSummary& summary, bool formula_allowed) {
  const model::Indicator& indicator = context.campaign.indicators[summary.indicator];
  lxw_format* text = context.formats.get(Style::text);
  sheet.text(row, name, indicator.name, text);
  if (summary.total) {
    write_total(sheet, context, row, indicator, *summary.total, formula_allowed);
    sheet.text(row, qualifier, std::string(model::word_of(summary.total->quantity.qualifier)),
               context.formats.get(Style::text_center));
    sheet.text(row, wording, wording::word_quantity(summary.total->quantity, context.wording(indicator)), text);
  } else {
    sheet.text(row, value, "—", text);
    sheet.blank(row, qualifier, context.formats.get(Style::text_center));
    sheet.text(row, wording, absence_text(summary.total.absence), text);
  }
  sheet.text(row, unit, indicator.unit, context.formats.get(Style::text_center));
  const std::string changed = yearly_change(context, summary);
  if (changed.empty())
    sheet.blank(row, change, text);
  else
    sheet.text(row, change, changed, text);
  sheet.text(row, aggregate, aggregate_name(indicator.aggregate), text);
  const std::size_t count = summary.total ? summary.total->record_count : 0;
  sheet.number(row, records, static_cast<double>(count), context.formats.number("", 0),
               std::to_string(count));
  sheet.text(row, id, indicator.id, text);
}

void write_heading(SheetWriter& sheet, WorkbookContext& context) {
  Formats& formats = context.formats;
  sheet.check(worksheet_set_row(sheet.handle(), 0, 28, nullptr), 0, 0);
  sheet.across(0, 0, column_count - 1, context.campaign.title + " 汇总", formats.get(Style::title));
  sheet.across(
      1, 0, column_count - 1,
      fmt::format("数据截至{}　数值为对「明细」的公式，按各指标汇总方式计算", wording::word_date(context.as_of)),
      formats.get(Style::subtitle));
  for (lxw_col_t col = 0; col < column_count; ++col)
    sheet.text(header_row, col, headers[col], formats.get(Style::header));
}

}  // namespace

bool write_summary_sheet(WorkbookContext& context) {
  SheetWriter* sheet = context.add_sheet("汇总");
  if (sheet == nullptr) return false;
  context.summary = {sheet->name(), name, value, {}, {}};
  sheet->limit_widths(6, 45);
  sheet->hide_column(id);  // 汇总 prints names; the ids stay for filters and formulas
  write_heading(*sheet, context);
  const auto ids = ids_ignoring_case(context.campaign);
  lxw_row_t row = header_row + 1;
  for (const stats::ProgramSummary& group : stats::program_summaries(context.stats)) {
    const std::string title = group.program ? group.program->name : "基本情况";
    sheet->text(row, name, title, context.formats.get(Style::group));
    for (lxw_col_t col = name + 1; col < column_count; ++col)
      sheet->blank(row, col, context.formats.get(Style::group));
    ++row;
    const lxw_row_t first = row;
    for (const stats::IndicatorSummary& summary : group.rows) {
      const model::Indicator& indicator = context.campaign.indicators[summary.indicator];
      context.summary.rows[summary.indicator] = row;
      write_indicator(*sheet, context, row++, summary, unique_ignoring_case(ids, indicator.id));
    }
    if (group.program && row > first) context.summary.groups.push_back({title, first, row - 1});
  }
  sheet->finish_table(header_row, 1);
  return true;
}

}  // namespace cr::xlsx
