#pragma once
// What a unit states for itself stands for its whole subtree over the periods it covers
// (stats/statistics.hpp, docs/data-format.md 第 5 节): a township's own 2015 figure beside its
// villages' 2015 records makes the totals leave the villages' records out. That is the rule, not
// an error, but no record may vanish from a total unsaid: each record left out is a warning
// (`left-out-record`) at its line, naming the line that stands for it; one warning for all the
// records one line stands for. `source` is where the records were read, `period_column` its
// period field (0 if absent).
#include "diag/diagnostic.hpp"
#include "input/table_source.hpp"
#include "model/campaign.hpp"

namespace cr::input {

void check_rollup(const TableSource& source, const model::Campaign& campaign, int period_column,
                  diag::Diagnostics& diagnostics);

}  // namespace cr::input
