#pragma once
// A1-style cell references as OOXML writes them ("C17", "A1:F1"), within Excel's grid.
#include <string_view>

namespace cr::input::workbook {

struct CellReference {
  int row = 0, column = 0;  // 1-based; row 0 when the reference has no digits
};

// Reads "C17" (or "C" with `row` 0); false when malformed or past Excel's grid.
bool parse_cell(std::string_view text, CellReference& cell);
// Reads "A1:C5", or a single cell as a one-cell range.
bool parse_range(std::string_view text, CellReference& first, CellReference& last);

}  // namespace cr::input::workbook
