#include "xlsx/figure_cells.hpp"

#include <algorithm>

#include "wording/number_wording.hpp"

namespace cr::xlsx {

int decimals_of(const model::Decimal& value) { return std::min(value.normalized().scale(), 6); }

std::string absence_text(stats::Absence absence) {
  switch (absence) {
    case stats::Absence::none:
      return {};
    case stats::Absence::no_records:
      return "无数据";
    case stats::Absence::unknown_indicator:
      return "无此指标";
    case stats::Absence::unknown_unit:
      return "无此单位";
    case stats::Absence::not_aggregable:
      return "多条记录，汇总方式为单值，不汇总";
  }
  return {};
}

void write_figure_cell(SheetWriter& sheet, WorkbookContext& context, lxw_row_t row, lxw_col_t col,
                       const stats::Lookup& figure) {
  if (!figure) {
    sheet.text(row, col, "—", context.formats.get(Style::text));
    return;
  }
  const model::Quantity& quantity = figure->quantity;
  lxw_format* format = context.formats.number(quantity.unit, decimals_of(quantity.value), quantity.qualifier);
  const wording::WordingOptions plain{model::Wording::as_written, true, true};
  sheet.number(row, col, quantity.value.to_double(), format, wording::word_quantity(quantity, plain) + "  ");
}

void write_comparison_cell(SheetWriter& sheet, WorkbookContext& context, lxw_row_t row, lxw_col_t col,
                           const stats::Comparison& comparison) {
  if (!comparison || !comparison.amount) {
    sheet.text(row, col, "—", context.formats.get(Style::text));
    return;
  }
  const bool points = comparison.kind == stats::ComparisonKind::points;
  lxw_format* format = context.formats.change(points ? "个百分点" : "%");
  sheet.number(row, col, comparison.amount->to_double(), format, points ? "-00.0 个百分点" : "-000.0%");
}

}  // namespace cr::xlsx
