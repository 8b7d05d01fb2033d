#pragma once
// The tables and charts of a year-end report: the year beside the year before, and the units.
//
//   指标 | 2023年 | 2024年 | 比上年增减       (2023年1至9月 | 2024年1至9月 | 比上年同期增减 for part of a
//   year)
//
// Cells carry the exact Quantity beside their words (report/document.hpp), as every table does.
// A change without a base (no figure, zero, approximate) reads "—": a cell, never a sentence.
#include <optional>
#include <vector>

#include "model/campaign.hpp"
#include "report/document.hpp"
#include "stats/report_year.hpp"
#include "stats/statistics.hpp"

namespace cr::report {

// One row per indicator of `program` (nullptr: the general profile) that has a figure in either
// year, in indicators.csv order. Empty (no rows) when there is none.
Table year_table(const stats::Statistics& stats, const model::Program* program,
                 const stats::ReportYear& year);

// Column charts of the indicators of `program` with figures in both years: one chart per unit
// of count, the two years as categories, an indicator per series.
std::vector<Chart> year_charts(const stats::Statistics& stats, const model::Program* program,
                               const stats::ReportYear& year);

// 分单位: each unit in tree order (a 村 indented under its 乡镇), one column per indicator that
// more than one unit reports, its figure over `period` (the report year, or the whole campaign).
// At most `columns_per_table` indicators a table, so that a portrait page holds it; more make
// further tables of the same rows. Empty when no indicator is reported by several units.
std::vector<Table> unit_tables(const stats::Statistics& stats, const model::Period& period,
                               std::size_t columns_per_table = 3);

}  // namespace cr::report
