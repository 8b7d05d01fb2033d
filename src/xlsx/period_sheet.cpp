// 分时段: indicator x period. A column per year, 未分年度 for figures that fit no single year (the
// whole campaign, ranges), then 比上年 growth per year (个百分点 for rates), then the months or
// quarters when the data has them. Values come from stats/ buckets, the same as the PDF's tables.
// Last year's campaign, when [compare] previous names one, is here beside this year's: its year
// is headed （上年）, the subtitle says its columns are the base of the comparisons.
#include <string>
#include <vector>

#include <fmt/format.h>

#include "stats/buckets.hpp"
#include "stats/summaries.hpp"
#include "wording/date_wording.hpp"
#include "wording/table_wording.hpp"
#include "xlsx/figure_cells.hpp"
#include "xlsx/page_setup.hpp"
#include "xlsx/sheets.hpp"

namespace cr::xlsx {
namespace {

constexpr lxw_row_t header_row = 2;
constexpr lxw_col_t first_bucket = 3;  // after 工程, 指标, 计量单位

// The finest bucket the records ask for beyond years: months, else quarters, else none.
std::optional<stats::BucketSize> finer_buckets(const model::Campaign& campaign) {
  bool quarters = false;
  for (const model::Record& record : campaign.records) {
    if (record.period.granularity == model::Granularity::month) return stats::BucketSize::month;
    quarters = quarters || record.period.granularity == model::Granularity::quarter;
  }
  return quarters ? std::optional(stats::BucketSize::quarter) : std::nullopt;
}

struct Row {
  std::uint32_t indicator;
  stats::BucketRow years;
  std::optional<stats::BucketRow> finer;
};

std::size_t filled(const stats::BucketRow& row) {
  std::size_t count = 0;
  for (const stats::Lookup& cell : row.cells) count += cell ? 1 : 0;
  return count;
}

std::vector<Row> rows_with_buckets(const WorkbookContext& context, std::optional<stats::BucketSize> finer) {
  std::vector<Row> rows;
  for (const stats::ProgramSummary& group : stats::program_summaries(context.compared))
    for (const stats::IndicatorSummary& summary : group.rows) {
      Row row{summary.indicator, summary.years, std::nullopt};
      if (finer)
        row.finer = stats::bucket_row(context.compared, summary.indicator, stats::whole_campaign, *finer);
      if (filled(row.years) > 0 || (row.finer && filled(*row.finer) > 0)) rows.push_back(std::move(row));
    }
  return rows;
}

struct Columns {
  lxw_col_t unassigned, first_growth, first_finer, last;
};

Columns columns_of(std::size_t years, std::size_t finer) {
  const lxw_col_t unassigned = first_bucket + static_cast<lxw_col_t>(years);
  const lxw_col_t first_growth = unassigned + 1;
  const lxw_col_t first_finer = first_growth + static_cast<lxw_col_t>(years > 0 ? years - 1 : 0);
  return {unassigned, first_growth, first_finer, static_cast<lxw_col_t>(first_finer + finer - 1)};
}

void write_headers(SheetWriter& sheet, WorkbookContext& context, const Row& sample, const Columns& columns) {
  lxw_format* header = context.formats.get(Style::header);
  const std::vector<model::Period>& years = sample.years.periods;
  sheet.text(header_row, 0, "工程", header);
  sheet.text(header_row, 1, "指标", header);
  sheet.text(header_row, 2, "计量单位", header);
  for (std::size_t i = 0; i < years.size(); ++i)
    sheet.text(header_row, static_cast<lxw_col_t>(first_bucket + i),
               wording::word_period(years[i]) + (context.is_base(years[i]) ? "\n（上年）" : ""), header);
  sheet.text(header_row, columns.unassigned, std::string(wording::unassigned_heading(model::Granularity::year)), header);
  for (std::size_t i = 1; i < years.size(); ++i)
    sheet.text(header_row, static_cast<lxw_col_t>(columns.first_growth + i - 1),
               wording::word_period(years[i]) + "\n比上年", header);
  if (sample.finer)
    for (std::size_t i = 0; i < sample.finer->periods.size(); ++i)
      sheet.text(header_row, static_cast<lxw_col_t>(columns.first_finer + i),
                 wording::word_period(sample.finer->periods[i]), header);
}

void write_row(SheetWriter& sheet, WorkbookContext& context, lxw_row_t r, const Row& row,
               const Columns& columns) {
  const model::Indicator& indicator = context.campaign.indicators[row.indicator];
  lxw_format* text = context.formats.get(Style::text);
  sheet.text(r, 0, context.program_name(indicator), text);
  sheet.text(r, 1, indicator.name, text);
  sheet.text(r, 2, indicator.unit, text);
  for (std::size_t i = 0; i < row.years.cells.size(); ++i)
    write_figure_cell(sheet, context, r, static_cast<lxw_col_t>(first_bucket + i), row.years.cells[i]);
  write_figure_cell(sheet, context, r, columns.unassigned, row.years.unassigned);
  for (std::size_t i = 1; i < row.years.year_on_year.size(); ++i)
    write_comparison_cell(sheet, context, r, static_cast<lxw_col_t>(columns.first_growth + i - 1),
                          row.years.year_on_year[i]);
  if (row.finer)
    for (std::size_t i = 0; i < row.finer->cells.size(); ++i)
      write_figure_cell(sheet, context, r, static_cast<lxw_col_t>(columns.first_finer + i),
                        row.finer->cells[i]);
}

// What the subtitle says of last year's columns, when there are any.
std::string base_note(const WorkbookContext& context, const Row& sample) {
  for (const model::Period& year : sample.years.periods)
    if (context.is_base(year))
      return fmt::format("；标（上年）的{}及其各时段为上年活动的数据，仅作比较基数，不计入本年汇总和明细",
                         wording::word_period(year));
  return {};
}

// The widths the sheet's columns will take: names measured, figures at a generous guess.
std::vector<double> expected_widths(const SheetWriter& sheet, const WorkbookContext& context,
                                    const std::vector<Row>& rows, lxw_col_t last) {
  std::vector<double> units(last + 1, sheet.expected_units(first_bucket, "约3,250,000.5 万元"));
  for (const Row& row : rows) {
    const model::Indicator& indicator = context.campaign.indicators[row.indicator];
    units[0] = std::max(units[0], sheet.expected_units(0, context.program_name(indicator)));
    units[1] = std::max(units[1], sheet.expected_units(1, indicator.name));
    units[2] = std::max(units[2], sheet.expected_units(2, indicator.unit));
  }
  return units;
}

}  // namespace

bool write_period_sheet(WorkbookContext& context) {
  const std::vector<Row> rows = rows_with_buckets(context, finer_buckets(context.compared.campaign()));
  if (rows.empty()) return true;  // no figure belongs to a single period: nothing to show
  SheetWriter* sheet = context.add_sheet("分时段");
  if (sheet == nullptr) return false;
  const std::size_t years = rows.front().years.periods.size();
  const std::size_t finer = rows.front().finer ? rows.front().finer->periods.size() : 0;
  const Columns columns = columns_of(years, finer);
  const lxw_col_t last = std::max(columns.last, columns.unassigned);
  sheet->limit_widths(6, 30);
  const auto title_last = static_cast<lxw_col_t>(title_end(expected_widths(*sheet, context, rows, last), false));
  sheet->check(worksheet_set_row(sheet->handle(), 0, 28, nullptr), 0, 0);
  sheet->across(0, 0, title_last, context.campaign.title + " 分时段统计", context.formats.get(Style::title));
  sheet->across(1, 0, title_last,
                fmt::format("数据截至{}　记录的时期完全落在某一时段内才计入该时段；跨时段的计入「{}」{}",
                            wording::word_date(context.as_of), wording::unassigned_heading(model::Granularity::year),
                            base_note(context, rows.front())),
                context.formats.get(Style::subtitle));
  write_headers(*sheet, context, rows.front(), columns);
  context.periods = {
      sheet->name(), header_row, first_bucket, static_cast<lxw_col_t>(first_bucket + years - 1), {}};
  lxw_row_t r = header_row + 1;
  for (const Row& row : rows) {
    context.periods.rows.push_back({row.indicator, r, filled(row.years)});
    write_row(*sheet, context, r++, row, columns);
  }
  sheet->finish_table(header_row, 3);
  return true;
}

}  // namespace cr::xlsx
