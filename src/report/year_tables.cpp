#include "report/year_tables.hpp"

#include <map>

#include "report/year_wording.hpp"
#include "stats/comparison.hpp"
#include "text/date_wording.hpp"
#include "text/number_wording.hpp"

namespace cr::report {
namespace {

bool in_program(const model::Campaign& campaign, const model::Indicator& indicator,
                const model::Program* program) {
  if (program) return indicator.program == program->id;
  return campaign.find_program(indicator.program) == nullptr;  // the general profile
}

Cell figure_cell(const stats::Lookup& lookup, const model::Indicator& indicator, bool group_digits) {
  if (!lookup) return {"—", std::nullopt, 1};
  return {text::word_quantity(lookup->quantity, {indicator.wording, group_digits, true}), lookup->quantity, 1};
}

// 增长12.5%, 下降3.1%, 持平, 提高2.6个百分点; "—" where there is no comparison.
Cell change_cell(const stats::Lookup& base, const stats::Lookup& current, const model::Indicator& indicator) {
  return {comparison_clause(stats::year_on_year(base, current, indicator.is_rate()), "").value_or("—"),
          std::nullopt, 1};
}

std::string title_of(const model::Program* program) {
  return (program ? program->name : std::string("基本情况")) + "主要指标";
}

std::string label(const stats::ReportYear& year, int which) {
  return text::word_first_months(year.year + which, year.last_month);
}

}  // namespace

Table year_table(const stats::Statistics& stats, const model::Program* program, const stats::ReportYear& year) {
  const model::Campaign& campaign = stats.campaign();
  Table table;
  table.title = title_of(program);
  table.header_rows.push_back({{"指标", std::nullopt, 1},
                               {label(year, -1), std::nullopt, 1},
                               {label(year, 0), std::nullopt, 1},
                               {year.against() + "增减", std::nullopt, 1}});
  table.alignment = {Align::left, Align::right, Align::right, Align::right};
  for (std::uint32_t i = 0; i < campaign.indicators.size(); ++i) {
    const model::Indicator& indicator = campaign.indicators[i];
    if (!in_program(campaign, indicator, program)) continue;
    const stats::Lookup base = stats.figure(i, year.base);
    const stats::Lookup current = stats.figure(i, year.current);
    if (!base && !current) continue;
    const bool group = campaign.report.group_digits;
    table.body_rows.push_back({{indicator.name, std::nullopt, 1},
                               figure_cell(base, indicator, group),
                               figure_cell(current, indicator, group),
                               change_cell(base, current, indicator)});
    table.group_rows.push_back(false);
  }
  return table;
}

std::vector<Chart> year_charts(const stats::Statistics& stats, const model::Program* program,
                               const stats::ReportYear& year) {
  const model::Campaign& campaign = stats.campaign();
  std::vector<Chart> charts;
  std::map<std::string, std::size_t> chart_of_unit;  // unit of count -> index in charts
  for (std::uint32_t i = 0; i < campaign.indicators.size(); ++i) {
    const model::Indicator& indicator = campaign.indicators[i];
    if (!in_program(campaign, indicator, program)) continue;
    const stats::Lookup base = stats.figure(i, year.base);
    const stats::Lookup current = stats.figure(i, year.current);
    if (!base || !current) continue;
    auto [it, added] = chart_of_unit.try_emplace(indicator.unit, charts.size());
    if (added)
      charts.push_back({ChartKind::column, title_of(program) + "（" + indicator.unit + "）",
                        {label(year, -1), label(year, 0)}, {}, indicator.unit});
    charts[it->second].series.push_back({indicator.name, {base->quantity.value, current->quantity.value}});
  }
  return charts;
}

Table unit_table(const stats::Statistics& stats, const model::Period& period) {
  const model::Campaign& campaign = stats.campaign();
  Table table;
  table.title = "各单位主要指标";
  std::vector<std::uint32_t> columns;
  std::vector<Cell> header{{"单位", std::nullopt, 1}};
  for (std::uint32_t i = 0; i < campaign.indicators.size(); ++i) {
    if (!stats.has_unit_records(i)) continue;
    columns.push_back(i);
    header.push_back({campaign.indicators[i].name + "（" + campaign.indicators[i].unit + "）", std::nullopt, 1});
  }
  if (columns.empty()) return table;
  table.header_rows.push_back(std::move(header));
  table.alignment.assign(columns.size() + 1, Align::right);
  table.alignment[0] = Align::left;
  for (const auto& entry : stats.units_in_tree_order()) {
    // A full-width space per level: 村 under their 乡镇, as a printed table shows the tree.
    std::string name;
    for (int d = 0; d < entry.depth; ++d) name += "　";
    std::vector<Cell> row{{name + campaign.units[entry.unit].name, std::nullopt, 1}};
    for (std::uint32_t i : columns) {
      const stats::Lookup figure = stats.figure(i, period, entry.unit);
      Cell cell = figure_cell(figure, campaign.indicators[i], campaign.report.group_digits);
      if (figure) cell.text = text::word_quantity(figure->quantity, {campaign.indicators[i].wording,
                                                                     campaign.report.group_digits, false});
      row.push_back(std::move(cell));
    }
    table.body_rows.push_back(std::move(row));
    table.group_rows.push_back(false);
  }
  return table;
}

}  // namespace cr::report
