#include "stats/summaries.hpp"

namespace cr::stats {
namespace {

IndicatorSummary summarize(const Statistics& stats, std::uint32_t indicator) {
  return {indicator, stats.figure(indicator), bucket_row(stats, indicator, whole_campaign, BucketSize::year)};
}

}  // namespace

std::vector<ProgramSummary> program_summaries(const Statistics& stats) {
  const model::Campaign& campaign = stats.campaign();
  std::vector<ProgramSummary> out;
  ProgramSummary profile;
  for (std::uint32_t i = 0; i < campaign.indicators.size(); ++i)
    if (!campaign.find_program(campaign.indicators[i].program)) profile.rows.push_back(summarize(stats, i));
  if (!profile.rows.empty()) out.push_back(std::move(profile));
  for (const model::Program& program : campaign.programs) {
    ProgramSummary summary{&program, {}};
    for (std::uint32_t i = 0; i < campaign.indicators.size(); ++i)
      if (campaign.indicators[i].program == program.id) summary.rows.push_back(summarize(stats, i));
    out.push_back(std::move(summary));
  }
  return out;
}

std::vector<UnitSummary> unit_summaries(const Statistics& stats) {
  const model::Campaign& campaign = stats.campaign();
  std::vector<std::uint32_t> per_unit;
  for (std::uint32_t i = 0; i < campaign.indicators.size(); ++i)
    if (stats.has_unit_records(i)) per_unit.push_back(i);
  std::vector<UnitSummary> out;
  for (const auto& entry : stats.units_in_tree_order()) {
    UnitSummary summary{entry.unit, entry.depth, {}};
    for (std::uint32_t i : per_unit) {
      Lookup figure = stats.figure(i, {}, entry.unit);
      if (figure) summary.figures.push_back({i, std::move(figure)});
    }
    out.push_back(std::move(summary));
  }
  return out;
}

}  // namespace cr::stats
