#pragma once
// Where 明细 keeps what: other sheets' formulas (SUMIFS over 明细) depend on these positions.
#include <cstddef>
#include <string>

#include <xlsxwriter.h>

namespace cr::xlsx::detail {

inline constexpr const char* sheet_name = "明细";

enum Column : lxw_col_t {
  indicator_id = 0,  // 指标编码: what the 汇总 formulas match on
  indicator_name,    // 指标名称
  program,           // 所属工程
  unit,              // 单位
  period,            // 时期
  value,             // 数值, in the indicator's unit
  measure,           // 计量单位
  qualifier,         // 修饰
  wording,           // 表述: how the figure reads in a report
  counted,           // 计入合计: 是 when the record is part of the campaign total (roll-up rule)
  note,              // 备注
  source_line,       // 源数据行: the line in records.csv
  column_count
};

inline constexpr lxw_row_t title_row = 0;
inline constexpr lxw_row_t subtitle_row = 1;
inline constexpr lxw_row_t header_row = 2;
inline constexpr lxw_row_t first_data_row = 3;

// The text of 计入合计 for records that make the campaign total; the 汇总 formulas match it.
inline constexpr const char* counted_mark = "是";
inline constexpr const char* not_counted_mark = "否";

// The cells of one 明细 column over all `record_count` records, absolute, with the sheet:
// '明细'!$F$4:$F$1003. With no records the range is the one empty row below the header.
std::string column_range(const std::string& detail_sheet_name, Column column, std::size_t record_count);

}  // namespace cr::xlsx::detail
