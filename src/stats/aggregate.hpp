#pragma once
// The five ways an indicator's records combine into one figure (indicators.csv `aggregate`).
#include <cstdint>
#include <span>
#include <stdexcept>
#include <string>

#include "model/campaign.hpp"
#include "stats/figure.hpp"

namespace cr::stats {

// Aggregates the given records (indices into campaign.records, all of one indicator):
//   sum   the sum of the values;
//   max   the largest value;
//   last  per unit, the value of the latest period (the one ending last; a tie goes to the
//         later line), summed over units: counts of villages or members as of the end;
//   avg   the mean of the values, exact to two more decimals than the most precise part;
//   none  the single record's value; several records give Absence::not_aggregable.
// Qualifiers and scales combine by stats/qualifier_rules.hpp. No records: Absence::no_records.
// A figure past 128 bits throws FigureOverflow naming the indicator (the loader's limit on an
// indicator's total, input/figure_limits.hpp, keeps validated data from reaching it).
Lookup aggregate(const model::Campaign& campaign, std::span<const std::uint32_t> records,
                 model::Aggregate how);

struct FigureOverflow : std::overflow_error {
  explicit FigureOverflow(const model::Indicator& indicator);
  std::string indicator_id, indicator_name;
};

}  // namespace cr::stats
