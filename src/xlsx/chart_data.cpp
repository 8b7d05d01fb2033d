#include "xlsx/chart_data.hpp"

#include <fmt/format.h>

namespace cr::xlsx {

std::string cell_reference(const std::string& sheet, lxw_row_t row, lxw_col_t col) {
  char cell[32];
  lxw_rowcol_to_cell_abs(cell, row, col, LXW_TRUE, LXW_TRUE);
  return sheet_reference(sheet) + cell;
}

ChartBlock ChartData::add(WorkbookContext& context, const std::string& heading,
                          const std::vector<std::string>& categories, const std::vector<ChartColumn>& columns) {
  lxw_format* text = context.formats.get(Style::text);
  lxw_format* number = text;  // General: the charts format their own axes
  sheet_.text(next_row_, 0, heading, context.formats.get(Style::group));
  const lxw_row_t header = next_row_ + 1;
  sheet_.text(header, 0, "类别", context.formats.get(Style::header));
  for (std::size_t c = 0; c < columns.size(); ++c)
    sheet_.text(header, static_cast<lxw_col_t>(c + 1), columns[c].name, context.formats.get(Style::header));
  ChartBlock block{sheet_.name(), header + 1, header, 0};
  for (std::size_t r = 0; r < categories.size(); ++r) {
    const lxw_row_t row = header + 1 + static_cast<lxw_row_t>(r);
    sheet_.text(row, 0, categories[r], text);
    for (std::size_t c = 0; c < columns.size(); ++c) {
      const lxw_col_t col = static_cast<lxw_col_t>(c + 1);
      const std::optional<MirroredFigure>& cell = r < columns[c].cells.size() ? columns[c].cells[r] : std::nullopt;
      if (cell)
        sheet_.formula(row, col, "=" + cell->cell, cell->value, number, fmt::format("{}", cell->value));
      else
        sheet_.blank(row, col, text);
    }
    block.last = row;
  }
  next_row_ = block.last + 2;
  return block;
}

}  // namespace cr::xlsx
