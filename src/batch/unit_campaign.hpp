#pragma once
// The campaign as one unit sees it, for its own report: the unit is the root, with its sub-units
// below it and the records of those units only, so every figure is the unit's own, rolled up
// from its sub-units by the same statistics as the whole. Everything else (programs,
// indicators, narratives, dates, the template) is the campaign's.
//
// The report speaks for the unit: its region is the unit's name, its title is the campaign's
// with the campaign's region replaced by the unit's name (清源县冬春…行动 → 东关镇冬春…行动), or
// the unit's name put before it when the title does not name the region, and its 落款 is the
// unit's `organization` (组织单位) column, else its name.
#include <cstddef>

#include "model/campaign.hpp"

namespace cr::batch {

model::Campaign unit_campaign(const model::Campaign& whole, std::size_t unit);

// The title of `unit`'s own report, as above.
std::string unit_title(const model::Campaign& whole, const model::OrgUnit& unit);

}  // namespace cr::batch
