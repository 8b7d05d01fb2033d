#pragma once
// The campaign as its own tables give it. Last year's campaign, named as the base of a year-end
// report's comparisons ([compare] previous), adds its records to this one, marked
// Origin::previous (input/previous_campaign.hpp). What sets the years side by side reads them
// all; what shows the report's own figures (the workbook's 汇总, 明细, 分单位) reads this.
//
//   const model::Campaign own = model::own_records(campaign);  // 2026's records only
#include "model/campaign.hpp"

namespace cr::model {

// Whether any record of `campaign` comes from last year's campaign.
bool has_previous_records(const Campaign& campaign);

// A copy of `campaign` without last year's records: the same indicators and units (indices
// stay valid across both), the records of its own tables in their order.
Campaign own_records(const Campaign& campaign);

}  // namespace cr::model
