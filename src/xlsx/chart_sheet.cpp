// 图表: native Excel charts with Chinese titles, axes and legends, drawn from the workbook's own
// figures through the hidden sheet 图表数据 (chart_data.hpp). A chart never mixes units of
// measure: each program's totals are drawn per unit, as horizontal bars (long Chinese names stay
// level and legible), labelled with the figure as the report words it (近万人次, 约211户); the
// years are drawn per unit as lines, a year without a figure left as a gap; a pie shows the
// units' shares where they add up to the whole. In constant-memory mode the charts carry no
// cached data; applications compute them on opening (see workbook_writer.hpp).
#include <algorithm>
#include <cmath>
#include <map>
#include <string>
#include <vector>

#include "stats/summaries.hpp"
#include "wording/chinese_numerals.hpp"
#include "wording/date_wording.hpp"
#include "wording/number_wording.hpp"
#include "xlsx/allocated.hpp"
#include "xlsx/chart_data.hpp"
#include "xlsx/chart_style.hpp"
#include "xlsx/cell_lines.hpp"
#include "xlsx/figure_cells.hpp"
#include "xlsx/page_setup.hpp"
#include "xlsx/sheets.hpp"

namespace cr::xlsx {
namespace {

constexpr std::size_t most_bars = 8;  // more would crowd a chart: the group is split
constexpr std::size_t most_lines = 6;
// The charts span 图表's first two columns exactly. libxlsxwriter anchors a chart to cells
// counting 7 px a column unit (Calibri's digit) plus 5; a viewer stretches the chart with the
// columns as it draws them (9.33 px a unit in LibreOffice without 等线), which still fits a
// portrait page at full size.
constexpr double first_column_units = 24, second_column_units = 46;
constexpr double chart_pixels_wide = (first_column_units * 7 + 5) + (second_column_units * 7 + 5);
constexpr double default_chart_pixels_high = 288;  // libxlsxwriter's 480 x 288 at scale 1
constexpr double row_pixels = row_points(1, body_points) * 96 / 72;
// A4 portrait between the margins, in pixels at 96 dpi, less a row for the viewers' rounding.
constexpr double page_pixels = (11.69 - 1.5) * 96 - row_pixels;

// Where the next chart goes on 图表, and the page breaks that keep each chart on one page.
struct Placement {
  lxw_row_t row = 3;
  lxw_row_t page_top = 0;
  double title_pixels = 0;  // how much taller than a row the title row is, on the first page
  std::vector<lxw_row_t> breaks;

  // The row for a chart `pixels` high; the rows after it are the next chart's.
  lxw_row_t take(double pixels) {
    const auto rows = static_cast<lxw_row_t>(std::ceil(pixels / row_pixels)) + 1;
    const double above = page_top == 0 ? title_pixels : 0;
    if (row > page_top && (row + rows - page_top) * row_pixels + above > page_pixels) {
      breaks.push_back(row);
      page_top = row;
      ++row;  // a chart whose top lies on the break is drawn, clipped, on the page before too
    }
    const lxw_row_t at = row;
    row += rows;
    return at;
  }
};

struct ChartSheet {
  SheetWriter& sheet;
  ChartData data;
  Placement placement;
};

void insert(ChartSheet& charts, lxw_chart* chart, double pixels_high) {
  const lxw_row_t row = charts.placement.take(pixels_high);
  lxw_chart_options options{};
  options.x_scale = chart_pixels_wide / 480;
  options.y_scale = pixels_high / default_chart_pixels_high;
  charts.sheet.check(worksheet_insert_chart_opt(charts.sheet.handle(), row, 0, chart, &options), row, 0);
}

lxw_chart* new_chart(WorkbookContext& context, std::uint8_t type, const std::string& title) {
  lxw_chart* chart = allocated(workbook_add_chart(context.workbook, type));
  if (chart == nullptr) return nullptr;
  chart_title_set_name(chart, title.c_str());
  style_chart(chart);
  return chart;
}

// Axis numbers grouped by thousands once they reach them.
void number_axis(lxw_chart_axis* axis, double largest, const std::string& unit) {
  chart_axis_set_num_format(axis, std::fabs(largest) >= 1000 ? "#,##0" : "General");
  if (!unit.empty()) chart_axis_set_name(axis, unit.c_str());
}

// A round number at or above `value` (1, 2, 2.5 or 5 times a power of ten), for an axis's end.
double nice_ceiling(double value) {
  const double power = std::pow(10.0, std::floor(std::log10(value)));
  for (double step : {1.0, 2.0, 2.5, 5.0, 10.0})
    if (step * power >= value) return step * power;
  return 10 * power;
}

// The indicators of `rows` in groups that share a unit of measure, in order of first appearance.
template <typename Row, typename UnitOf>
std::vector<std::vector<Row>> by_unit(const std::vector<Row>& rows, UnitOf unit_of) {
  std::vector<std::vector<Row>> groups;
  for (const Row& row : rows) {
    auto it = std::find_if(groups.begin(), groups.end(),
                           [&](const std::vector<Row>& group) { return unit_of(group.front()) == unit_of(row); });
    if (it == groups.end())
      groups.push_back({row});
    else
      it->push_back(row);
  }
  return groups;
}

// Splits `rows` into chunks of at most `most`, as even as they can be.
template <typename Row>
std::vector<std::vector<Row>> chunks(const std::vector<Row>& rows, std::size_t most) {
  const std::size_t count = (rows.size() + most - 1) / most;
  std::vector<std::vector<Row>> out;
  for (std::size_t i = 0, begin = 0; i < count; ++i) {
    const std::size_t end = begin + (rows.size() - begin + (count - i) - 1) / (count - i);
    out.emplace_back(rows.begin() + static_cast<std::ptrdiff_t>(begin), rows.begin() + static_cast<std::ptrdiff_t>(end));
    begin = end;
  }
  return out;
}

// "（一）" after a title when a group takes several charts.
std::string part_suffix(std::size_t index, std::size_t count) {
  if (count < 2) return {};
  const auto number = static_cast<long long>(index + 1);
  return "（" + wording::chinese_numeral(number).value_or(std::to_string(number)) + "）";
}

// One bar chart of a program's totals in one unit, labelled as 汇总's 表述 words them.
void program_chart(ChartSheet& charts, WorkbookContext& context, const std::string& title,
                   const std::vector<stats::IndicatorSummary>& rows) {
  const model::Indicator& first = context.campaign.indicators[rows.front().indicator];
  std::vector<std::string> names, wordings;
  ChartColumn column{"数值", {}};
  double largest = 0;
  for (const stats::IndicatorSummary& row : rows) {
    const model::Indicator& indicator = context.campaign.indicators[row.indicator];
    const double value = row.total->quantity.value.to_double();
    names.push_back(indicator.name);
    wordings.push_back(wording::word_quantity(row.total->quantity, context.wording(indicator)));
    const lxw_row_t at = context.summary.rows.at(row.indicator);
    column.cells.push_back(MirroredFigure{cell_reference(context.summary.sheet, at, context.summary.value_column), value});
    largest = std::max(largest, std::fabs(value));
  }
  const ChartBlock block = charts.data.add(context, title, names, {column});
  lxw_chart* chart = new_chart(context, LXW_CHART_BAR, title);
  if (chart == nullptr) return;
  lxw_chart_series* series = allocated(chart_add_series(chart, nullptr, nullptr));
  chart_series_set_categories(series, block.sheet.c_str(), block.first, 0, block.last, 0);
  chart_series_set_values(series, block.sheet.c_str(), block.first, 1, block.last, 1);
  chart_series_set_name(series, title.c_str());
  colour_series(series, 0, false);
  std::vector<lxw_chart_data_label> labels(wordings.size());
  std::vector<lxw_chart_data_label*> label_list;
  for (std::size_t i = 0; i < wordings.size(); ++i) {
    labels[i].value = wordings[i].data();  // libxlsxwriter copies the text
    label_list.push_back(&labels[i]);
  }
  label_list.push_back(nullptr);
  charts.sheet.check(chart_series_set_labels_custom(series, label_list.data()), block.first, 0);
  chart_series_set_labels_position(series, LXW_CHART_LABEL_POSITION_OUTSIDE_END);
  lxw_chart_font label_font{};
  label_font.name = const_cast<char*>(font_name);
  label_font.size = 10;
  label_font.charset = font_charset;
  chart_series_set_labels_font(series, &label_font);
  // In a bar chart libxlsxwriter's y_axis is the upright category axis: it lists 汇总's order
  // top to bottom, as the PDF does, and the value axis (x_axis) crosses it at the bottom. The
  // value axis leaves room past the longest bar for its label, and draws no gridlines through it.
  chart_axis_set_reverse(chart->y_axis);
  chart_axis_set_crossing_max(chart->y_axis);
  number_axis(chart->x_axis, largest, first.unit);
  chart_axis_set_min(chart->x_axis, 0);
  if (largest > 0) chart_axis_set_max(chart->x_axis, nice_ceiling(largest * 1.4));
  chart_axis_major_gridlines_set_visible(chart->x_axis, LXW_FALSE);
  chart_legend_set_position(chart, LXW_CHART_LEGEND_NONE);
  // LibreOffice wraps a bar's label to the height of its band: 90 px keep 约2.625万吨 on one line.
  insert(charts, chart, 100 + 90.0 * static_cast<double>(rows.size()));
}

void program_charts(ChartSheet& charts, WorkbookContext& context) {
  for (const stats::ProgramSummary& group : stats::program_summaries(context.stats)) {
    if (group.program == nullptr) continue;  // 基本情况 describes the area, not the campaign's work
    std::vector<stats::IndicatorSummary> shown;
    for (const stats::IndicatorSummary& row : group.rows)
      if (row.total && context.summary.rows.contains(row.indicator)) shown.push_back(row);
    const auto unit_of = [&](const stats::IndicatorSummary& row) {
      return context.campaign.indicators[row.indicator].unit;
    };
    for (const auto& same_unit : by_unit(shown, unit_of)) {
      const auto parts = chunks(same_unit, most_bars);
      for (std::size_t p = 0; p < parts.size(); ++p)
        program_chart(charts, context,
                      group.program->name + "（" + unit_of(same_unit.front()) + "）" + part_suffix(p, parts.size()),
                      parts[p]);
    }
  }
}

// The years of `row`, each a mirror of its 分时段 cell or a gap.
ChartColumn year_column(const WorkbookContext& context, const PeriodLayout::Row& row,
                        const stats::IndicatorSummary& summary) {
  const model::Indicator& indicator = context.campaign.indicators[row.indicator];
  ChartColumn column{indicator.name, {}};
  for (std::size_t i = 0; i < summary.years.cells.size(); ++i) {
    const stats::Lookup& cell = summary.years.cells[i];
    if (!cell) {
      column.cells.emplace_back(std::nullopt);
      continue;
    }
    const auto col = static_cast<lxw_col_t>(context.periods.first_bucket_column + i);
    column.cells.push_back(
        MirroredFigure{cell_reference(context.periods.sheet, row.row, col), cell->quantity.value.to_double()});
  }
  return column;
}

void trend_chart(ChartSheet& charts, WorkbookContext& context, const std::string& title,
                 const std::vector<std::string>& years, const std::vector<ChartColumn>& columns,
                 const std::string& unit) {
  const ChartBlock block = charts.data.add(context, title, years, columns);
  lxw_chart* chart = new_chart(context, LXW_CHART_LINE, title);
  if (chart == nullptr) return;
  double largest = 0;
  for (std::size_t c = 0; c < columns.size(); ++c) {
    lxw_chart_series* series = allocated(chart_add_series(chart, nullptr, nullptr));
    const auto col = static_cast<lxw_col_t>(c + 1);
    chart_series_set_categories(series, block.sheet.c_str(), block.first, 0, block.last, 0);
    chart_series_set_values(series, block.sheet.c_str(), block.first, col, block.last, col);
    chart_series_set_name(series, columns[c].name.c_str());
    colour_series(series, c, true);
    for (const auto& cell : columns[c].cells)
      if (cell) largest = std::max(largest, std::fabs(cell->value));
  }
  chart_axis_set_name(chart->x_axis, "年度");
  number_axis(chart->y_axis, largest, unit);
  chart_legend_set_position(chart, LXW_CHART_LEGEND_BOTTOM);
  insert(charts, chart, 320);
}

void trend_charts(ChartSheet& charts, WorkbookContext& context) {
  const PeriodLayout& periods = context.periods;
  if (periods.rows.empty() || periods.last_bucket_column <= periods.first_bucket_column) return;
  std::map<std::uint32_t, stats::IndicatorSummary> summaries;  // as 分时段 has them
  for (const stats::ProgramSummary& group : stats::program_summaries(context.compared))
    for (const stats::IndicatorSummary& row : group.rows) summaries.emplace(row.indicator, row);
  std::vector<PeriodLayout::Row> lines;  // two years or more: one value draws no trend
  for (const PeriodLayout::Row& row : periods.rows)
    if (row.filled >= 2 && summaries.contains(row.indicator)) lines.push_back(row);
  if (lines.empty()) return;
  std::vector<std::string> years;
  for (const model::Period& period : summaries.at(lines.front().indicator).years.periods)
    years.push_back(wording::word_period(period));
  const auto unit_of = [&](const PeriodLayout::Row& row) { return context.campaign.indicators[row.indicator].unit; };
  for (const auto& same_unit : by_unit(lines, unit_of)) {
    const auto parts = chunks(same_unit, most_lines);
    for (std::size_t p = 0; p < parts.size(); ++p) {
      std::vector<ChartColumn> columns;
      for (const PeriodLayout::Row& row : parts[p]) columns.push_back(year_column(context, row, summaries.at(row.indicator)));
      const std::string unit = unit_of(same_unit.front());
      trend_chart(charts, context, "分年度趋势（" + unit + "）" + part_suffix(p, parts.size()), years, columns, unit);
    }
  }
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

// The units' shares: their figures printed as a small table on 图表, the pie below it.
void share_chart(ChartSheet& charts, WorkbookContext& context) {
  const std::optional<Shares> shares = meaningful_shares(context);
  if (!shares) return;
  SheetWriter& sheet = charts.sheet;
  const model::Indicator& indicator = context.campaign.indicators[shares->indicator];
  const double table_pixels = static_cast<double>(shares->parts.size() + 1) * row_pixels;
  const lxw_row_t row = charts.placement.take(table_pixels + default_chart_pixels_high + row_pixels);
  sheet.text(row, 0, "单位", context.formats.get(Style::header));
  sheet.text(row, 1, indicator.name + "（" + indicator.unit + "）", context.formats.get(Style::header));
  lxw_row_t r = row + 1;
  for (const auto& [unit, value] : shares->parts) {
    sheet.text(r, 0, context.campaign.units[unit].name, context.formats.get(Style::text));
    sheet.number(r, 1, value.to_double(), context.formats.number(indicator.unit, decimals_of(value)),
                 value.to_string() + " " + indicator.unit);
    ++r;
  }
  lxw_chart* chart = new_chart(context, LXW_CHART_PIE, indicator.name + " 各单位占比");
  if (chart == nullptr) return;
  lxw_chart_series* series = allocated(chart_add_series(chart, nullptr, nullptr));
  chart_series_set_categories(series, sheet.name().c_str(), row + 1, 0, r - 1, 0);
  chart_series_set_values(series, sheet.name().c_str(), row + 1, 1, r - 1, 1);
  chart_series_set_name(series, indicator.name.c_str());
  chart_series_set_labels_options(series, LXW_FALSE, LXW_FALSE, LXW_TRUE);  // percentages
  std::vector<lxw_chart_fill> fills(shares->parts.size());
  std::vector<lxw_chart_point> points(shares->parts.size());
  std::vector<lxw_chart_point*> point_list;
  for (std::size_t i = 0; i < points.size(); ++i) {
    fills[i].color = series_colour(i);
    points[i].fill = &fills[i];
    point_list.push_back(&points[i]);
  }
  point_list.push_back(nullptr);
  sheet.check(chart_series_set_points(series, point_list.data()), row, 0);
  chart_legend_set_position(chart, LXW_CHART_LEGEND_RIGHT);
  lxw_chart_options options{};
  options.x_scale = chart_pixels_wide / 480;
  options.y_scale = 1;
  sheet.check(worksheet_insert_chart_opt(sheet.handle(), r + 1, 0, chart, &options), r + 1, 0);
}

bool write_chart_data_heading(SheetWriter& data, WorkbookContext& context) {
  data.limit_widths(8, 30);
  worksheet_hide(data.handle());
  data.across(0, 0, 3, "图表数据", context.formats.get(Style::title));
  data.across(1, 0, 3, "供「图表」引用，各数值取自「汇总」「分时段」；无数据处留空，图表中为间断",
              context.formats.get(Style::subtitle));
  return true;
}

}  // namespace

bool write_chart_sheet(WorkbookContext& context) {
  SheetWriter* sheet = context.add_sheet("图表");
  if (sheet == nullptr) return false;
  SheetWriter* data = context.add_sheet("图表数据");
  if (data == nullptr) return false;
  write_chart_data_heading(*data, context);
  // Two columns as wide as the charts: the titles are centred over them, the share table fills
  // them, and the page stays one portrait page wide at full size.
  sheet->limit_widths(first_column_units, second_column_units);
  sheet->limit_column(0, first_column_units);
  sheet->widen(0, first_column_units);
  sheet->widen(1, second_column_units);
  const std::string title = context.campaign.title + " 图表";
  sheet->title_block(0, 0, 1, title, context.formats.get(Style::title_block), first_column_units + second_column_units,
                     title_points);
  const std::size_t title_lines = break_into_lines(title, first_column_units + second_column_units, title_points).lines;
  sheet->across(1, 0, 1,
                context.constant_memory ? "图表数据取自「汇总」「分时段」等工作表，打开文件时计算显示"
                                        : "图表数据取自「汇总」「分时段」等工作表",
                context.formats.get(Style::subtitle));
  ChartSheet charts{*sheet, ChartData(*data), {}};
  charts.placement.title_pixels = (row_points(title_lines, title_points) * 96 / 72) - row_pixels;
  program_charts(charts, context);
  trend_charts(charts, context);
  share_chart(charts, context);
  if (!charts.placement.breaks.empty()) {
    std::vector<lxw_row_t> breaks = charts.placement.breaks;
    breaks.push_back(0);
    sheet->check(worksheet_set_h_pagebreaks(sheet->handle(), breaks.data()), breaks.front(), 0);
  }
  sheet->apply_widths();
  sheet->check(apply_page_setup(sheet->handle(), {}), 0, 0);
  data->apply_widths();
  data->check(apply_page_setup(data->handle(), {.total_units = data->total_width()}), 0, 0);
  return true;
}

}  // namespace cr::xlsx
