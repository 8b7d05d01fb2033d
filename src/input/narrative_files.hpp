#pragma once
// narrative/: the texts an office writes for each report section (background.md, approach.md,
// program-<id>.md, results.md, and for year-end reports overview.md, lessons.md, problems.md,
// plans.md). Kept as written, {{...}} placeholders included, for the report to fill.
#include <filesystem>
#include <string_view>

#include "diag/diagnostic.hpp"
#include "model/campaign.hpp"

namespace cr::input {

// Whether `section` (a file name without .md) may be a report section: any name but a
// program-<id> whose program campaign.toml does not define (templates decide the rest).
bool known_narrative_section(std::string_view section, const model::Campaign& campaign);

// Reads every narrative/*.md of the campaign folder `root` into campaign.narratives. An unknown
// section or a file that is not .md is a warning; a missing narrative/ folder is not a problem.
void read_narratives(const std::filesystem::path& root, model::Campaign& campaign,
                     diag::Diagnostics& diagnostics);

}  // namespace cr::input
