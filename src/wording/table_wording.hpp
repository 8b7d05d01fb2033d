#pragma once
// Figures in a table, as the report's indicator tables show them (kept here, apart from the
// report, so that every table of the project can follow them):
// - one unit of measure and one scale per row, the scale the row's largest value is shown in, so
//   that the columns compare at a glance: 约2.3万吨 | 0.36万余吨, never 约2.3万吨 | 3600余吨;
// - Arabic digits: an indicator's `wording = 汉字` is for running text (新建公厕十二座 in a
//   sentence, 12座 in a table);
// - a sum of several rates means nothing, and is not shown.
// And what the column heads say: 未分年度 over the figures no single year holds; 合计 over the
// whole-campaign figures when every row sums, else 全期, with a note saying what the others hold.
#include <cstddef>
#include <span>
#include <string>
#include <string_view>

#include "model/campaign.hpp"
#include "model/period.hpp"
#include "model/quantity.hpp"
#include "wording/number_wording.hpp"

namespace cr::wording {

// The wording of every cell of one row: the row's figures (the empty cells left out) in the
// indicator's unit and wording. Arabic digits, the scale of the row's largest value.
WordingOptions row_wording(std::span<const model::Quantity> row, model::Wording wording, bool group_digits);

// Whether a figure of `indicator` made of `records` records is a sum of several rates (shown as
// an empty cell: 96.5% + 93% is no figure at all).
bool is_sum_of_rates(const model::Indicator& indicator, std::size_t records);

// The head over the figures that fit no single bucket of this size: 未分年度, 未分季度, 未分月份.
std::string_view unassigned_heading(model::Granularity bucket);

// The head over the whole-campaign figures of these indicators: 合计 when each is summed and none
// is a rate, else 全期 (a latest figure, a mean or a rate is not a 合计).
std::string_view total_heading(std::span<const model::Indicator* const> indicators);
// Under 全期, a note saying what the figures that are not sums hold:
// "注：“全期”栏中，乡镇、群众满意度为期末数，其余为各期合计。" Empty under 合计.
std::string total_note(std::span<const model::Indicator* const> indicators);

}  // namespace cr::wording
