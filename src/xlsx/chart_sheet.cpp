// 图表: native Excel charts with Chinese titles, axes and legends, drawn from the workbook's own
// cells: a column chart per program over 汇总, a trend line over 分时段's years, and a pie of
// the units' shares where the units' figures add up to the whole. In constant-memory mode the
// charts carry no cached data; applications compute them on opening (see workbook_writer.hpp).
#include <string>
#include <vector>

#include "xlsx/allocated.hpp"
#include "xlsx/figure_cells.hpp"
#include "xlsx/page_setup.hpp"
#include "xlsx/sheets.hpp"

namespace cr::xlsx {
namespace {

constexpr lxw_row_t rows_per_chart = 18;  // a 1.1-scaled default chart is about 16 rows tall
constexpr std::size_t most_trend_series = 6;

void insert(SheetWriter& sheet, lxw_row_t row, lxw_col_t col, lxw_chart* chart) {
  lxw_chart_options options{};
  options.x_scale = 1.3;
  options.y_scale = 1.1;
  sheet.check(worksheet_insert_chart_opt(sheet.handle(), row, col, chart, &options), row, col);
}

lxw_chart* new_chart(WorkbookContext& context, std::uint8_t type, const std::string& title) {
  lxw_chart* chart = allocated(workbook_add_chart(context.workbook, type));
  chart_title_set_name(chart, title.c_str());
  return chart;
}

lxw_row_t program_charts(SheetWriter& sheet, WorkbookContext& context, lxw_row_t row) {
  const SummaryLayout& summary = context.summary;
  for (const SummaryLayout::Group& group : summary.groups) {
    lxw_chart* chart = new_chart(context, LXW_CHART_COLUMN, group.title + " 主要指标");
    if (chart == nullptr) continue;
    lxw_chart_series* series = allocated(chart_add_series(chart, nullptr, nullptr));
    chart_series_set_categories(series, summary.sheet.c_str(), group.first, summary.name_column, group.last,
                                summary.name_column);
    chart_series_set_values(series, summary.sheet.c_str(), group.first, summary.value_column, group.last,
                            summary.value_column);
    chart_series_set_name(series, group.title.c_str());
    chart_series_set_labels(series);
    chart_axis_set_name(chart->x_axis, "指标");
    chart_axis_set_name(chart->y_axis, "数值（按各指标计量单位）");
    chart_legend_set_position(chart, LXW_CHART_LEGEND_NONE);
    insert(sheet, row, 0, chart);
    row += rows_per_chart;
  }
  return row;
}

lxw_row_t trend_chart(SheetWriter& sheet, WorkbookContext& context, lxw_row_t row) {
  const PeriodLayout& periods = context.periods;
  if (periods.rows.empty() || periods.last_bucket_column <= periods.first_bucket_column) return row;
  lxw_chart* chart = nullptr;
  std::size_t series_count = 0;
  for (const PeriodLayout::Row& line : periods.rows) {
    if (line.filled < 2 || series_count == most_trend_series) continue;
    if (chart == nullptr) chart = new_chart(context, LXW_CHART_LINE, "分年度趋势");
    if (chart == nullptr) return row;
    const model::Indicator& indicator = context.campaign.indicators[line.indicator];
    lxw_chart_series* series = allocated(chart_add_series(chart, nullptr, nullptr));
    chart_series_set_categories(series, periods.sheet.c_str(), periods.header_row,
                                periods.first_bucket_column, periods.header_row, periods.last_bucket_column);
    chart_series_set_values(series, periods.sheet.c_str(), line.row, periods.first_bucket_column, line.row,
                            periods.last_bucket_column);
    const std::string name = indicator.name + "（" + indicator.unit + "）";
    chart_series_set_name(series, name.c_str());
    chart_series_set_marker_type(series, LXW_CHART_MARKER_AUTOMATIC);
    ++series_count;
  }
  if (chart == nullptr) return row;
  chart_axis_set_name(chart->x_axis, "年度");
  chart_axis_set_name(chart->y_axis, "数值");
  chart_legend_set_position(chart, LXW_CHART_LEGEND_BOTTOM);
  insert(sheet, row, 0, chart);
  return row + rows_per_chart;
}

// The units whose figures may add up to the whole: the roots, or below a single root (the county)
// its children (the townships).
std::vector<std::uint32_t> top_level_units(const stats::Statistics& statistics) {
  std::vector<std::uint32_t> level = statistics.children(stats::whole_campaign);
  for (int depth = 0; level.size() == 1 && depth < 8; ++depth) level = statistics.children(level.front());
  return level;
}

// The first summed indicator whose top-level units' figures are all exact and add up to its
// campaign total: only then is each unit's slice a true share of the whole.
struct Shares {
  std::uint32_t indicator = 0;
  std::vector<std::pair<std::uint32_t, model::Decimal>> parts;  // root unit, value
};

std::optional<Shares> meaningful_shares(const WorkbookContext& context) {
  const model::Campaign& campaign = context.campaign;
  const std::vector<std::uint32_t> units = top_level_units(context.stats);
  for (std::uint32_t i = 0; i < campaign.indicators.size(); ++i) {
    const model::Indicator& indicator = campaign.indicators[i];
    if (indicator.aggregate != model::Aggregate::sum || indicator.is_rate()) continue;
    const stats::Lookup total = context.stats.figure(i);
    if (!total || total->quantity.qualifier != model::Qualifier::exact) continue;
    Shares shares{i, {}};
    model::Decimal sum;
    bool exact = true;
    for (std::uint32_t unit : units) {
      const stats::Lookup figure = context.stats.figure(i, {}, unit);
      if (!figure) continue;
      exact = exact && figure->quantity.qualifier == model::Qualifier::exact;
      sum += figure->quantity.value;
      shares.parts.emplace_back(unit, figure->quantity.value);
    }
    if (exact && shares.parts.size() >= 2 && sum == total->quantity.value && !sum.is_zero()) return shares;
  }
  return std::nullopt;
}

void share_chart(SheetWriter& sheet, WorkbookContext& context, lxw_row_t row) {
  const std::optional<Shares> shares = meaningful_shares(context);
  if (!shares) return;
  const model::Indicator& indicator = context.campaign.indicators[shares->indicator];
  lxw_format* header = context.formats.get(Style::header);
  lxw_format* text = context.formats.get(Style::text);
  sheet.text(row, 0, "单位", header);
  sheet.text(row, 1, indicator.name + "（" + indicator.unit + "）", header);
  lxw_row_t r = row + 1;
  for (const auto& [unit, value] : shares->parts) {
    sheet.text(r, 0, context.campaign.units[unit].name, text);
    sheet.number(r, 1, value.to_double(), context.formats.number(indicator.unit, decimals_of(value)),
                 value.to_string());
    ++r;
  }
  lxw_chart* chart = new_chart(context, LXW_CHART_PIE, indicator.name + " 各单位占比");
  if (chart == nullptr) return;
  lxw_chart_series* series = allocated(chart_add_series(chart, nullptr, nullptr));
  chart_series_set_categories(series, sheet.name().c_str(), row + 1, 0, r - 1, 0);
  chart_series_set_values(series, sheet.name().c_str(), row + 1, 1, r - 1, 1);
  chart_series_set_name(series, indicator.name.c_str());
  chart_series_set_labels_options(series, LXW_FALSE, LXW_FALSE, LXW_TRUE);  // percentages
  chart_legend_set_position(chart, LXW_CHART_LEGEND_RIGHT);
  insert(sheet, row, 3, chart);
}

}  // namespace

bool write_chart_sheet(WorkbookContext& context) {
  SheetWriter* sheet = context.add_sheet("图表");
  if (sheet == nullptr) return false;
  sheet->check(worksheet_set_row(sheet->handle(), 0, 28, nullptr), 0, 0);
  sheet->across(0, 0, 9, context.campaign.title + " 图表", context.formats.get(Style::title));
  sheet->across(1, 0, 9,
                context.constant_memory ? "图表数据取自「汇总」「分时段」等工作表，打开文件时计算显示"
                                        : "图表数据取自「汇总」「分时段」等工作表",
                context.formats.get(Style::subtitle));
  lxw_row_t row = program_charts(*sheet, context, 3);
  row = trend_chart(*sheet, context, row);
  share_chart(*sheet, context, row);
  sheet->apply_widths(8, 30);
  sheet->check(apply_page_setup(sheet->handle(), {}), 0, 0);
  return true;
}

}  // namespace cr::xlsx
