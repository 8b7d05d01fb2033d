#pragma once
// The workbook's sheets, in the order they appear; each is written by a file of its own.
// Every writer writes its rows strictly top to bottom (constant-memory mode requires it). It
// returns false only when libxlsxwriter refused to add its sheet; a sheet with nothing to show
// (分单位 without units) is left out and counts as done. Cell errors stay in the SheetWriter.
#include "xlsx/workbook_context.hpp"

namespace cr::xlsx {

bool write_cover_sheet(WorkbookContext& context);    // 封面: what the workbook is, how to read it
bool write_summary_sheet(WorkbookContext& context);  // 汇总: one row per indicator, by program
bool write_detail_sheet(WorkbookContext& context);   // 明细: every record
bool write_unit_sheet(WorkbookContext& context);     // 分单位: unit x indicator (when units exist)
bool write_period_sheet(WorkbookContext& context);   // 分时段: indicator x period
bool write_chart_sheet(WorkbookContext& context);    // 图表: native charts over 汇总 and 分时段

}  // namespace cr::xlsx
