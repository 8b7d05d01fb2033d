#pragma once
// How the tables of the workbook write a figure from stats/: a number in the indicator's unit
// (with its qualifier in the number format where the table has no qualifier column), or, when
// there is no figure, a dash and the reason in words.
#include <string>

#include "stats/comparison.hpp"
#include "stats/figure.hpp"
#include "xlsx/workbook_context.hpp"

namespace cr::xlsx {

// Fractional digits to show for a value (30.6 -> 1, 306000 -> 0), at most 6.
int decimals_of(const model::Decimal& value);

// Why there is no figure, in Chinese: 无数据, 多条记录无法汇总...
std::string absence_text(stats::Absence absence);

// A figure cell without a qualifier column beside it: 120.5 shown as "120.5多 万元", "约2,000 人".
void write_figure_cell(SheetWriter& sheet, WorkbookContext& context, lxw_row_t row, lxw_col_t col,
                       const stats::Lookup& figure);

// A year-on-year cell: growth in % or change in 个百分点, "—" when there is no comparison.
void write_comparison_cell(SheetWriter& sheet, WorkbookContext& context, lxw_row_t row, lxw_col_t col,
                           const stats::Comparison& comparison);

}  // namespace cr::xlsx
