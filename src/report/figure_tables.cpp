#include "report/figure_tables.hpp"

#include <map>

#include "stats/summaries.hpp"
#include "wording/date_wording.hpp"
#include "wording/number_wording.hpp"
#include "wording/table_wording.hpp"

namespace cr::report {
namespace {

const stats::ProgramSummary* summary_of(const std::vector<stats::ProgramSummary>& all,
                                        const model::Program* program) {
  for (const auto& s : all)
    if ((program == nullptr && s.program == nullptr) ||
        (program && s.program && s.program->id == program->id))
      return &s;
  return nullptr;
}

// A sum of several rates is shown as nothing at all; a cell without a figure reads "—".
Cell figure_cell(const stats::Lookup& lookup, const model::Indicator& indicator,
                 const wording::WordingOptions& options) {
  if (!lookup) return {"—", std::nullopt, 1};
  if (wording::is_sum_of_rates(indicator, lookup->record_count)) return {"", std::nullopt, 1};
  return {wording::word_quantity(lookup->quantity, options), lookup->quantity, 1};
}

// One body row: the indicator's name, then its figures in one scale (wording/table_wording.hpp).
std::vector<Cell> figure_row(const model::Indicator& indicator,
                             const std::vector<const stats::Lookup*>& figures, bool group_digits) {
  std::vector<model::Quantity> shown;
  for (const stats::Lookup* f : figures)
    if (*f) shown.push_back((*f)->quantity);
  const wording::WordingOptions options = wording::row_wording(shown, indicator.wording, group_digits);
  std::vector<Cell> cells{{indicator.name, std::nullopt, 1}};
  for (const stats::Lookup* f : figures) cells.push_back(figure_cell(*f, indicator, options));
  return cells;
}

// The year columns that hold at least one figure of the table.
std::vector<std::size_t> used_years(const stats::ProgramSummary& summary) {
  std::vector<std::size_t> used;
  if (summary.rows.empty()) return used;
  for (std::size_t y = 0; y < summary.rows.front().years.cells.size(); ++y) {
    for (const auto& row : summary.rows)
      if (y < row.years.cells.size() && row.years.cells[y]) {
        used.push_back(y);
        break;
      }
  }
  return used;
}

bool any_unassigned(const stats::ProgramSummary& summary) {
  for (const auto& row : summary.rows)
    if (row.years.unassigned) return true;
  return false;
}

std::string title_of(const model::Program* program) {
  return (program ? program->name : std::string("基本情况")) + "主要指标";
}

}  // namespace

Table indicator_table(const stats::Statistics& stats, const model::Program* program) {
  const model::Campaign& campaign = stats.campaign();
  auto all = stats::program_summaries(stats);
  const stats::ProgramSummary* summary = summary_of(all, program);
  Table table;
  table.title = title_of(program);
  if (!summary || summary->rows.empty()) return table;
  std::vector<std::size_t> years = used_years(*summary);
  bool unassigned = !years.empty() && any_unassigned(*summary);  // else 未分年度 would repeat the total
  std::vector<const model::Indicator*> indicators;
  for (const auto& row : summary->rows) indicators.push_back(&campaign.indicators[row.indicator]);
  std::vector<Cell> header{{"指标", std::nullopt, 1}};
  for (std::size_t y : years)
    header.push_back({wording::word_period(summary->rows.front().years.periods[y]), std::nullopt, 1});
  if (unassigned)
    header.push_back({std::string(wording::unassigned_heading(model::Granularity::year)), std::nullopt, 1});
  header.push_back({std::string(wording::total_heading(indicators)), std::nullopt, 1});
  table.header_rows.push_back(std::move(header));
  table.alignment.assign(table.header_rows[0].size(), Align::right);
  table.alignment[0] = Align::left;
  for (const auto& row : summary->rows) {
    std::vector<const stats::Lookup*> figures;
    for (std::size_t y : years) figures.push_back(&row.years.cells[y]);
    if (unassigned) figures.push_back(&row.years.unassigned);
    figures.push_back(&row.total);
    table.body_rows.push_back(
        figure_row(campaign.indicators[row.indicator], figures, campaign.report.group_digits));
    table.group_rows.push_back(false);
  }
  table.note = wording::total_note(indicators);
  return table;
}

std::vector<Chart> indicator_charts(const stats::Statistics& stats, const model::Program* program) {
  const model::Campaign& campaign = stats.campaign();
  auto all = stats::program_summaries(stats);
  const stats::ProgramSummary* summary = summary_of(all, program);
  if (!summary) return {};
  std::vector<std::size_t> years = used_years(*summary);
  std::vector<Chart> charts;
  std::map<std::string, std::size_t> chart_of_unit;  // unit of count -> index in charts
  for (const auto& row : summary->rows) {
    ChartSeries series{campaign.indicators[row.indicator].name, {}};
    int present = 0;
    for (std::size_t y : years) {
      const stats::Lookup& cell = row.years.cells[y];
      series.values.push_back(cell ? std::optional(cell->quantity.value) : std::nullopt);
      present += cell ? 1 : 0;
    }
    if (present < 2) continue;
    const std::string& unit = campaign.indicators[row.indicator].unit;
    auto [it, added] = chart_of_unit.try_emplace(unit, charts.size());
    if (added) {
      Chart chart{ChartKind::column, title_of(program) + "（" + unit + "）", {}, {}, unit};
      for (std::size_t y : years) chart.categories.push_back(wording::word_period(row.years.periods[y]));
      charts.push_back(std::move(chart));
    }
    charts[it->second].series.push_back(std::move(series));
  }
  return charts;
}

}  // namespace cr::report
