#include "batch/unit_failures.hpp"

#include <string>
#include <unordered_map>

namespace cr::batch {
namespace {

// Marks the unit `id` and every unit above it. Parent links were checked for cycles by the
// loader; a chain is still cut off after units.size() steps.
void mark_with_ancestors(const model::Campaign& campaign, const std::unordered_map<std::string, std::size_t>& index,
                         const std::string& id, std::vector<bool>& marked) {
  auto at = index.find(id);
  for (std::size_t steps = 0; at != index.end() && steps <= campaign.units.size(); ++steps) {
    marked[at->second] = true;
    at = index.find(campaign.units[at->second].parent);
  }
}

}  // namespace

std::optional<FailedReports> failed_reports(const model::Campaign& campaign, const diag::Diagnostics& diagnostics,
                                            bool strict) {
  std::unordered_map<std::string, std::size_t> index;
  for (std::size_t i = 0; i < campaign.units.size(); ++i) index.emplace(campaign.units[i].id, i);
  FailedReports failed{false, std::vector<bool>(campaign.units.size(), false)};
  for (const diag::Diagnostic& d : diagnostics.items()) {
    if (d.severity == diag::Severity::warning && !strict) continue;
    if (d.units.empty()) return std::nullopt;
    failed.overall = true;  // the campaign-wide figures count every record
    for (const std::string& id : d.units) {
      if (id.empty()) continue;  // a record of no unit: the campaign-wide report's alone
      if (index.count(id) == 0) return std::nullopt;
      mark_with_ancestors(campaign, index, id, failed.units);
    }
  }
  return failed;
}

}  // namespace cr::batch
