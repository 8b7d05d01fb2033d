#pragma once
// The file stem of a unit's report: [report] unit_filename of campaign.toml, for example
// "{{unit.name}}-{{campaign.short_name}}", with these placeholders:
//   {{unit.id}} {{unit.name}} {{unit.type}} {{campaign.id}} {{campaign.short_name}}
//   {{campaign.region}} {{report.filename}} (the campaign-wide report's stem)
// Without it: "{{report.filename}}-{{unit.id}}". Chinese is welcome; a stem must still be one
// file name on every system a report may be copied to: no / \ : * ? " < > |, no control
// character, no trailing dot or space, not a name Windows reserves (CON, PRN, AUX, NUL, COM1-9,
// LPT1-9), at most 200 bytes, and no two units (nor the campaign-wide report) sharing one.
#include <optional>
#include <string>

#include "diag/diagnostic.hpp"
#include "model/campaign.hpp"

namespace cr::batch {

constexpr const char* default_unit_filename = "{{report.filename}}-{{unit.id}}";

// The stem for `unit`; nullopt with an error on campaign.toml when the template holds an
// unknown placeholder or the result is not a safe file name.
std::optional<std::string> unit_stem(const model::Campaign& campaign, const model::OrgUnit& unit,
                                     diag::Diagnostics& diagnostics);

// Why `stem` cannot name a file (Chinese, English), or nullopt when it can.
std::optional<std::pair<std::string, std::string>> unsafe_stem_reason(const std::string& stem);

// Every unit's stem checked, and no two alike: what validate reports. True when all are good.
bool check_unit_stems(const model::Campaign& campaign, diag::Diagnostics& diagnostics);

}  // namespace cr::batch
