#pragma once
// Ready-made groupings of the statistics for the two tabular consumers (`summary` and the
// workbook): per program rows with per-year buckets, and per unit roll-ups.
#include <cstdint>
#include <vector>

#include "stats/buckets.hpp"
#include "stats/statistics.hpp"

namespace cr::stats {

struct IndicatorSummary {
  std::uint32_t indicator = 0;
  Lookup total;     // the whole campaign
  BucketRow years;  // per year, 未分期, and 比上年
};

struct ProgramSummary {
  const model::Program* program = nullptr;  // nullptr: the general profile (基本情况)
  std::vector<IndicatorSummary> rows;       // indicators.csv order
};

// The general profile first (when it has indicators), then each program in campaign.toml order
// (also when it has no indicators yet, so that the structure shows).
std::vector<ProgramSummary> program_summaries(const Statistics& stats);

struct UnitFigure {
  std::uint32_t indicator = 0;
  Lookup figure;  // rolled up the unit's subtree, whole campaign period
};

struct UnitSummary {
  std::uint32_t unit = 0;
  int depth = 0;                    // 0 for a root (乡镇), 1 for its 村...
  std::vector<UnitFigure> figures;  // indicators that have per-unit records, with a figure here
};

// Every unit in tree order with its rolled-up totals; empty when the campaign has no units.
std::vector<UnitSummary> unit_summaries(const Statistics& stats);

}  // namespace cr::stats
