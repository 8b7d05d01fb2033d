#pragma once
// Tables and charts of a program's indicators (or the general profile's), built from the
// statistics for the year-end summary and any template that asks for them. Cells carry the
// exact Quantity beside the official wording, so a chart is drawn from numbers, not from words.
#include <vector>

#include "model/campaign.hpp"
#include "report/document.hpp"
#include "stats/statistics.hpp"

namespace cr::report {

// 指标 | 2014年 | 2015年 | … | 未分年度 (when some record fits no year, and there are years) | 合计 or
// 全期, one row per indicator of `program` (nullptr: the general profile) in indicators.csv order; a year
// column only where some indicator of the table has a figure for it. Figures follow
// wording/table_wording.hpp: one scale a row, Arabic digits, no sum of rates (an empty cell), and under
// 全期 a note says what the figures that are not sums hold. A cell without a figure reads "—".
// Empty (no rows) when the program has no indicators.
Table indicator_table(const stats::Statistics& stats, const model::Program* program);

// Column charts of the indicators of `program` that have figures for two or more years: one
// chart per unit of count (人次, 万元…), the years as categories, an indicator per series.
std::vector<Chart> indicator_charts(const stats::Statistics& stats, const model::Program* program);

}  // namespace cr::report
