#include "xlsx/sheet_writer.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "xlsx/page_setup.hpp"
#include "xlsx/text_width.hpp"

namespace cr::xlsx {

void SheetWriter::check(lxw_error error, lxw_row_t row, lxw_col_t col) {
  if (error == LXW_NO_ERROR || error_ != LXW_NO_ERROR) return;
  error_ = error;
  char cell[32];
  lxw_rowcol_to_cell(cell, row, col);
  error_place_ = fmt::format("{}!{}", name_, cell);
}

void SheetWriter::widen(lxw_col_t col, double units) {
  if (col >= widths_.size()) widths_.resize(col + 1, 0);
  widths_[col] = std::max(widths_[col], units);
}

void SheetWriter::text(lxw_row_t row, lxw_col_t col, const std::string& value, lxw_format* format,
                       double points) {
  check(worksheet_write_string(sheet_, row, col, value.c_str(), format), row, col);
  // A text too short to widen its column is not measured: a million rows of 明细 cost the time
  // of a few thousand measurements.
  if (col < widths_.size() && widths_[col] > 0 && widest_column_units(value.size(), points) <= widths_[col])
    return;
  widen(col, column_units(value, points));
}

void SheetWriter::text_sized(lxw_row_t row, lxw_col_t col, const std::string& value, lxw_format* format,
                             double units) {
  check(worksheet_write_string(sheet_, row, col, value.c_str(), format), row, col);
  widen(col, units);
}

void SheetWriter::number(lxw_row_t row, lxw_col_t col, double value, lxw_format* format,
                         std::string_view shown) {
  check(worksheet_write_number(sheet_, row, col, value, format), row, col);
  widen(col, column_units(shown, body_points));
}

void SheetWriter::formula(lxw_row_t row, lxw_col_t col, const std::string& formula, double result,
                          lxw_format* format, std::string_view shown) {
  check(worksheet_write_formula_num(sheet_, row, col, formula.c_str(), format, result), row, col);
  widen(col, column_units(shown, body_points));
}

void SheetWriter::blank(lxw_row_t row, lxw_col_t col, lxw_format* format) {
  check(worksheet_write_blank(sheet_, row, col, format), row, col);
}

void SheetWriter::across(lxw_row_t row, lxw_col_t first, lxw_col_t last, const std::string& value,
                         lxw_format* format) {
  // The text sits in the first cell; the others carry the same format so that Excel, WPS and
  // LibreOffice centre it over the whole selection. Its width does not widen the first column.
  check(worksheet_write_string(sheet_, row, first, value.c_str(), format), row, first);
  for (lxw_col_t col = first + 1; col <= last; ++col) blank(row, col, format);
}

void SheetWriter::apply_widths(double min_units, double max_units) {
  for (lxw_col_t col = 0; col < widths_.size(); ++col) {
    if (widths_[col] == 0) continue;
    widths_[col] = std::clamp(widths_[col], min_units, max_units);
    check(worksheet_set_column(sheet_, col, col, widths_[col], nullptr), 0, col);
  }
}

double SheetWriter::total_width() const {
  double total = 0;
  for (double width : widths_) total += width;
  return total;
}

void SheetWriter::finish_table(lxw_row_t header_row, lxw_col_t frozen_columns, double max_units) {
  worksheet_freeze_panes(sheet_, header_row + 1, frozen_columns);
  apply_widths(6, max_units);
  const int repeated = static_cast<int>(header_row);
  const PageSetup setup{
      .landscape = needs_landscape(total_width()), .repeat_first_row = repeated, .repeat_last_row = repeated};
  check(apply_page_setup(sheet_, setup), header_row, 0);
}

}  // namespace cr::xlsx
