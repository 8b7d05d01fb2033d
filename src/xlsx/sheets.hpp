#pragma once
// The workbook's sheets, in the order they appear; each is written by a file of its own.
// Every writer writes its rows strictly top to bottom (constant-memory mode requires it) and
// returns the sheet it wrote, or nullptr when the sheet could not be added.
#include "xlsx/workbook_context.hpp"

namespace cr::xlsx {

SheetWriter* write_cover_sheet(WorkbookContext& context);    // 封面: what the workbook is, how to read it
SheetWriter* write_summary_sheet(WorkbookContext& context);  // 汇总: one row per indicator, by program
SheetWriter* write_detail_sheet(WorkbookContext& context);   // 明细: every record
SheetWriter* write_unit_sheet(WorkbookContext& context);     // 分单位: unit x indicator (when units exist)
SheetWriter* write_period_sheet(WorkbookContext& context);   // 分时段: indicator x period
SheetWriter* write_chart_sheet(WorkbookContext& context);    // 图表: native charts over 汇总 and 分时段

}  // namespace cr::xlsx
