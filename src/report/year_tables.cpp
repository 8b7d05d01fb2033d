#include "report/year_tables.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "report/year_wording.hpp"
#include "stats/comparison.hpp"
#include "wording/date_wording.hpp"
#include "wording/number_wording.hpp"
#include "wording/table_wording.hpp"

namespace cr::report {
namespace {

bool in_program(const model::Campaign& campaign, const model::Indicator& indicator,
                const model::Program* program) {
  if (program) return indicator.program == program->id;
  return campaign.find_program(indicator.program) == nullptr;  // the general profile
}

// A figure as every table words it (wording/table_wording.hpp): Arabic digits, the scale `options`
// chose for its row or column, and an empty cell for a sum of several rates.
Cell figure_cell(const stats::Lookup& lookup, const model::Indicator& indicator,
                 const wording::WordingOptions& options) {
  if (!lookup) return {"—", std::nullopt, 1};
  if (wording::is_sum_of_rates(indicator, lookup->record_count)) return {"", std::nullopt, 1};
  return {wording::word_quantity(lookup->quantity, options), lookup->quantity, 1};
}

// The wording of a row or column of figures: one scale for all of them.
wording::WordingOptions wording_of(const std::vector<const stats::Lookup*>& figures,
                                const model::Indicator& indicator, bool group_digits) {
  std::vector<model::Quantity> present;
  for (const stats::Lookup* f : figures)
    if (*f) present.push_back((*f)->quantity);
  return wording::row_wording(present, indicator.wording, group_digits);
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
  return wording::word_first_months(year.year + which, year.last_month);
}

}  // namespace

Table year_table(const stats::Statistics& stats, const model::Program* program,
                 const stats::ReportYear& year) {
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
    const stats::Lookup base = stats::year_figure(stats, i, year.base);
    const stats::Lookup current = stats::year_figure(stats, i, year.current);
    if (!base && !current) continue;
    const wording::WordingOptions options =
        wording_of({&base, &current}, indicator, campaign.report.group_digits);
    table.body_rows.push_back({{indicator.name, std::nullopt, 1},
                               figure_cell(base, indicator, options),
                               figure_cell(current, indicator, options),
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
    const stats::Lookup base = stats::year_figure(stats, i, year.base);
    const stats::Lookup current = stats::year_figure(stats, i, year.current);
    if (!base || !current) continue;
    auto [it, added] = chart_of_unit.try_emplace(indicator.unit, charts.size());
    if (added)
      charts.push_back({ChartKind::column,
                        title_of(program) + "（" + indicator.unit + "）",
                        {label(year, -1), label(year, 0)},
                        {},
                        indicator.unit});
    charts[it->second].series.push_back({indicator.name, {base->quantity.value, current->quantity.value}});
  }
  return charts;
}

namespace {

// Indicators reported by more than one unit: the ones a table of units compares.
std::vector<std::uint32_t> unit_indicators(const stats::Statistics& stats) {
  const model::Campaign& campaign = stats.campaign();
  std::vector<std::set<std::uint32_t>> units(campaign.indicators.size());
  for (const model::Record& r : campaign.records)
    if (r.has_unit()) units[r.indicator].insert(r.unit);
  std::vector<std::uint32_t> out;
  for (std::uint32_t i = 0; i < units.size(); ++i)
    if (units[i].size() > 1) out.push_back(i);
  return out;
}

Table unit_table(const stats::Statistics& stats, const model::Period& period,
                 const std::vector<std::uint32_t>& columns) {
  const model::Campaign& campaign = stats.campaign();
  const bool group = campaign.report.group_digits;
  Table table;
  table.title = "各单位主要指标";
  std::vector<Cell> header{{"单位", std::nullopt, 1}};
  for (std::uint32_t i : columns)
    header.push_back(
        {campaign.indicators[i].name + "（" + campaign.indicators[i].unit + "）", std::nullopt, 1});
  table.header_rows.push_back(std::move(header));
  table.alignment.assign(columns.size() + 1, Align::right);
  table.alignment[0] = Align::left;
  const auto tree = stats.units_in_tree_order();
  // Each column's figures first: a column has one scale, and its unit is in its head.
  std::vector<std::vector<stats::Lookup>> figures(columns.size());
  std::vector<wording::WordingOptions> wording;
  for (std::size_t c = 0; c < columns.size(); ++c) {
    std::vector<const stats::Lookup*> column;
    for (const auto& entry : tree)
      figures[c].push_back(stats::year_figure(stats, columns[c], period, entry.unit));
    for (const stats::Lookup& f : figures[c]) column.push_back(&f);
    wording.push_back(wording_of(column, campaign.indicators[columns[c]], group));
    wording.back().with_unit = false;
  }
  for (std::size_t r = 0; r < tree.size(); ++r) {
    // A full-width space per level: 村 under their 乡镇, as a printed table shows the tree.
    std::string name;
    for (int d = 0; d < tree[r].depth; ++d) name += "　";
    std::vector<Cell> row{{name + campaign.units[tree[r].unit].name, std::nullopt, 1}};
    for (std::size_t c = 0; c < columns.size(); ++c)
      row.push_back(figure_cell(figures[c][r], campaign.indicators[columns[c]], wording[c]));
    table.body_rows.push_back(std::move(row));
    table.group_rows.push_back(false);
  }
  return table;
}

}  // namespace

std::vector<Table> unit_tables(const stats::Statistics& stats, const model::Period& period,
                               std::size_t columns_per_table) {
  const std::vector<std::uint32_t> all = unit_indicators(stats);
  std::vector<Table> tables;
  if (all.empty() || columns_per_table == 0) return tables;
  // As few tables as the limit allows, their columns shared out evenly (7 is 3 + 2 + 2, not 3 + 3 + 1).
  const std::size_t count = (all.size() + columns_per_table - 1) / columns_per_table;
  std::size_t first = 0;
  for (std::size_t t = 0; t < count; ++t) {
    const std::size_t size = all.size() / count + (t < all.size() % count ? 1 : 0);
    const auto begin = all.begin() + static_cast<std::ptrdiff_t>(first);
    tables.push_back(unit_table(stats, period, {begin, begin + static_cast<std::ptrdiff_t>(size)}));
    first += size;
  }
  if (tables.size() > 1)  // 各单位主要指标（一）, （二）…
    for (std::size_t t = 0; t < tables.size(); ++t)
      tables[t].title += numbering_label(Numbering::chinese_paren, static_cast<int>(t + 1));
  return tables;
}

}  // namespace cr::report
