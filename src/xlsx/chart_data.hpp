#pragma once
// 图表数据: the hidden sheet every chart of 图表 reads. The printed tables show "—" where a
// period has no figure; a chart reading such a cell would draw it as 0. Here each figure is a
// formula mirroring its cell in 汇总 or 分时段 (so that the charts follow a recalculation), and
// a missing figure is a blank cell, which the charts show as a gap.
#include <optional>
#include <string>
#include <vector>

#include <xlsxwriter.h>

#include "xlsx/workbook_context.hpp"

namespace cr::xlsx {

// A figure mirrored from a printed cell: sheet reference and cell ('汇总'!$B$5), and its value.
struct MirroredFigure {
  std::string cell;
  double value = 0;
};

struct ChartColumn {
  std::string name;                                  // the series' name: an indicator
  std::vector<std::optional<MirroredFigure>> cells;  // one per category; nullopt: blank (a gap)
};

// Where a block of chart data landed: its categories in `category_column`, the series in the
// columns after it, rows first..last.
struct ChartBlock {
  std::string sheet;
  lxw_row_t first = 0, last = 0;
  lxw_col_t category_column = 0;
};

class ChartData {
 public:
  explicit ChartData(SheetWriter& sheet) : sheet_(sheet) {}

  // Writes one chart's data under a heading: a row per category, a column per series.
  ChartBlock add(WorkbookContext& context, const std::string& heading, const std::vector<std::string>& categories,
                 const std::vector<ChartColumn>& columns);

  SheetWriter& sheet() { return sheet_; }

 private:
  SheetWriter& sheet_;
  lxw_row_t next_row_ = 2;
};

// The absolute reference of a cell of `sheet` for a mirroring formula: '汇总'!$B$5.
std::string cell_reference(const std::string& sheet, lxw_row_t row, lxw_col_t col);

}  // namespace cr::xlsx
