#include "input/workbook/cell_reference.hpp"

#include "input/workbook/limits.hpp"

namespace cr::input::workbook {

bool parse_cell(std::string_view text, CellReference& cell) {
  std::size_t i = 0;
  if (i < text.size() && text[i] == '$') ++i;
  int column = 0, row = 0;
  for (; i < text.size() && text[i] >= 'A' && text[i] <= 'Z'; ++i) {
    column = column * 26 + (text[i] - 'A' + 1);
    if (column > limits::max_column) return false;
  }
  if (i < text.size() && text[i] == '$') ++i;
  for (; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i) {
    row = row * 10 + (text[i] - '0');
    if (row > limits::max_row) return false;
  }
  if (i != text.size() || column == 0) return false;
  cell = {row, column};
  return true;
}

bool parse_range(std::string_view text, CellReference& first, CellReference& last) {
  const auto colon = text.find(':');
  if (colon == std::string_view::npos) return parse_cell(text, first) && parse_cell(text, last);
  return parse_cell(text.substr(0, colon), first) && parse_cell(text.substr(colon + 1), last) &&
         first.row <= last.row && first.column <= last.column;
}

}  // namespace cr::input::workbook
