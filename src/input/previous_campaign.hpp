#pragma once
// Last year's campaign as the base of a year-end report's comparisons ([compare] previous in
// campaign.toml, or `build --previous DIR`).
//
// The previous folder is the one named exception to the rule that nothing is read outside the
// campaign folder: it is read as a campaign folder of its own, with every check one gets (its
// symlinks confined to it), and its problems are reported under its path (../2023/records.csv).
//
// Its records that end before this campaign starts are added to this campaign, marked
// model::Origin::previous, so that the comparisons (the report's tables and 同比 wording, the
// workbook's 分时段 sheet) see the two years side by side from one set of figures, while what
// shows only the report's own records (the workbook's 汇总, 明细, 分单位) leaves them out:
// - an indicator is matched by its id, or by the `previous_id` column of indicators.csv when it
//   was renamed; last year's indicators matched by none are listed in a warning, their records
//   left out (they have no place in this year's tables);
// - a unit is matched by id, then by name; a unit found in one year only is listed in a warning,
//   and last year's units are kept (under their matched parent), so no figure is silently dropped;
// - a record of last year's whole campaign (no period) stands for last year's dates.
#include <filesystem>
#include <string>

#include "diag/diagnostic.hpp"
#include "model/campaign.hpp"

namespace cr::input {

// Reads `folder` (shown in messages as `shown_as`) and adds its base figures to `campaign`.
// `named_at` is where the folder was named: [compare] previous in campaign.toml, or nowhere (an
// empty position: the command line), for the problems of the folder as a whole. False, with
// diagnostics, when the folder cannot be read as a campaign.
bool add_previous_campaign(model::Campaign& campaign, const std::filesystem::path& folder,
                           const std::string& shown_as, const model::SourcePosition& named_at,
                           diag::Diagnostics& diagnostics);

// The previous folder a campaign names in [compare] previous, relative to its own folder; empty
// when it names none.
std::filesystem::path previous_folder(const model::Campaign& campaign);

}  // namespace cr::input
