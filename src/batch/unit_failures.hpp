#pragma once
// Which reports of a per-unit run a data error holds back. A problem in records that belong to
// units (Diagnostic::units: a bad value or period, an unknown indicator, a duplicate, in a row
// whose unit is X) leaves X's figures without that row, or with it twice: X's report fails, and
// so does the report of every unit above X and the campaign-wide report, since their figures
// are rolled up from X's. A problem in records that name no unit fails the campaign-wide report
// only. Every other report is written. A problem not tied to units (campaign.toml, indicators,
// programs, units.csv, a row that could not be read as a row) fails the whole run.
#include <cstddef>
#include <optional>
#include <vector>

#include "diag/diagnostic.hpp"
#include "model/campaign.hpp"

namespace cr::batch {

struct FailedReports {
  bool overall = false;     // the campaign-wide report
  std::vector<bool> units;  // by index into campaign.units: the unit's own report

  bool unit(std::size_t index) const { return index < units.size() && units[index]; }
};

// The reports that `diagnostics`' failures (errors; warnings too when `strict`) hold back;
// nullopt when a failure is not tied to units, so that no report can be written.
std::optional<FailedReports> failed_reports(const model::Campaign& campaign, const diag::Diagnostics& diagnostics,
                                            bool strict);

}  // namespace cr::batch
