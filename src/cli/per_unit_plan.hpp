#pragma once
// Which reports a `build` run writes, and under which names: the campaign-wide report, and with
// --per-unit one per chosen unit (batch/unit_selection.hpp), named by [report] unit_filename
// (batch/unit_filename.hpp). With --shard i/N only that shard's units, and the campaign-wide
// report in shard 0 only.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "batch/unit_selection.hpp"
#include "cli/commands.hpp"
#include "diag/diagnostic.hpp"
#include "model/campaign.hpp"

namespace cr::cli {

struct PlannedReport {
  std::optional<std::size_t> unit;  // index into campaign.units; none: the campaign-wide report
  std::string stem;
};

struct RunPlan {
  std::vector<PlannedReport> reports;
  bool sharded = false;
  batch::Shard shard;
};

// nullopt with diagnostics, and `exit_code` set (usage or data error), when the run cannot be
// planned.
std::optional<RunPlan> plan_run(const BuildOptions& build, const model::Campaign& campaign,
                                diag::Diagnostics& diagnostics, int& exit_code);

}  // namespace cr::cli
