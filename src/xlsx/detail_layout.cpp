#include "xlsx/detail_layout.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "xlsx/workbook_context.hpp"

namespace cr::xlsx::detail {

std::string column_range(const std::string& detail_sheet_name, Column column, std::size_t record_count) {
  const lxw_row_t first = first_data_row;
  const lxw_row_t last = first + static_cast<lxw_row_t>(std::max<std::size_t>(record_count, 1)) - 1;
  char from[32], to[32];
  lxw_rowcol_to_cell_abs(from, first, column, 1, 1);
  lxw_rowcol_to_cell_abs(to, last, column, 1, 1);
  return fmt::format("{}{}:{}", sheet_reference(detail_sheet_name), from, to);
}

}  // namespace cr::xlsx::detail
