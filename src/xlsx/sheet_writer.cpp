#include "xlsx/sheet_writer.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "xlsx/cell_lines.hpp"
#include "xlsx/page_setup.hpp"
#include "xlsx/text_width.hpp"

namespace cr::xlsx {

SheetWriter::SheetWriter(lxw_worksheet* sheet, std::string name) : sheet_(sheet), name_(std::move(name)) {
  worksheet_set_default_row(sheet_, row_points(1, body_points), LXW_FALSE);
}

void SheetWriter::check(lxw_error error, lxw_row_t row, lxw_col_t col) {
  if (error == LXW_NO_ERROR || error_ != LXW_NO_ERROR) return;
  error_ = error;
  char cell[32];
  lxw_rowcol_to_cell(cell, row, col);
  error_place_ = fmt::format("{}!{}", name_, cell);
}

void SheetWriter::limit_widths(double min_units, double max_units) {
  min_units_ = min_units;
  max_units_ = max_units;
}

void SheetWriter::limit_column(lxw_col_t col, double max_units) {
  if (col >= column_limits_.size()) column_limits_.resize(col + 1, 0);
  column_limits_[col] = max_units;
}

double SheetWriter::max_units(lxw_col_t col) const {
  return col < column_limits_.size() && column_limits_[col] > 0 ? column_limits_[col] : max_units_;
}

void SheetWriter::set_row_height() {
  // In constant-memory mode libxlsxwriter accepts a row's height only until the next row starts:
  // this runs before the first cell of the next row is written.
  if (row_started_ && row_points_ > 0)
    check(worksheet_set_row(sheet_, row_, row_points_, nullptr), row_, 0);
  row_points_ = 0;
}

void SheetWriter::enter_row(lxw_row_t row) {
  if (row_started_ && row == row_) return;
  set_row_height();
  row_ = row;
  row_started_ = true;
}

double SheetWriter::expected_units(lxw_col_t col, std::string_view text) const {
  constexpr double padding_units = 5.0 / 8;  // Excel adds 5 px to every column's width
  return std::clamp(column_units(text, body_points) / line_fill_share, min_units_, max_units(col)) + padding_units;
}

void SheetWriter::widen(lxw_col_t col, double units) {
  if (col >= widths_.size()) widths_.resize(col + 1, 0);
  widths_[col] = std::max(widths_[col], units);
}

void SheetWriter::text_lines(lxw_row_t row, lxw_col_t col, const std::string& value, lxw_format* format,
                             double units, double points) {
  enter_row(row);
  const double limit = max_units(col);
  // Room for a viewer's slightly wider face: the column is a little wider than the text.
  const double wanted = units / line_fill_share;
  if (wanted <= limit && value.find('\n') == std::string::npos) {
    check(worksheet_write_string(sheet_, row, col, value.c_str(), format), row, col);
    widen(col, wanted);
    return;
  }
  const CellLines lines = break_into_lines(value, limit, points);
  check(worksheet_write_string(sheet_, row, col, lines.text.c_str(), format), row, col);
  widen(col, std::min(limit, column_units(lines.text, points) / line_fill_share));
  if (lines.lines > 1) row_points_ = std::max(row_points_, row_points(lines.lines, points));
}

void SheetWriter::text(lxw_row_t row, lxw_col_t col, const std::string& value, lxw_format* format,
                       double points) {
  // A text too short to widen its column nor to need a second line is not measured: a million
  // rows of 明细 cost the time of a few thousand measurements.
  const double at_most = widest_column_units(value.size(), points) / line_fill_share;
  if (col < widths_.size() && at_most <= widths_[col] && at_most <= max_units(col) &&
      value.find('\n') == std::string::npos) {
    enter_row(row);
    check(worksheet_write_string(sheet_, row, col, value.c_str(), format), row, col);
    return;
  }
  text_lines(row, col, value, format, column_units(value, points), points);
}

void SheetWriter::text_sized(lxw_row_t row, lxw_col_t col, const std::string& value, lxw_format* format,
                             double units) {
  text_lines(row, col, value, format, units, body_points);
}

void SheetWriter::number(lxw_row_t row, lxw_col_t col, double value, lxw_format* format,
                         std::string_view shown) {
  enter_row(row);
  check(worksheet_write_number(sheet_, row, col, value, format), row, col);
  widen(col, column_units(shown, body_points) / line_fill_share);
}

void SheetWriter::formula(lxw_row_t row, lxw_col_t col, const std::string& formula, double result,
                          lxw_format* format, std::string_view shown) {
  enter_row(row);
  check(worksheet_write_formula_num(sheet_, row, col, formula.c_str(), format, result), row, col);
  widen(col, column_units(shown, body_points) / line_fill_share);
}

void SheetWriter::blank(lxw_row_t row, lxw_col_t col, lxw_format* format) {
  enter_row(row);
  check(worksheet_write_blank(sheet_, row, col, format), row, col);
}

void SheetWriter::across(lxw_row_t row, lxw_col_t first, lxw_col_t last, const std::string& value,
                         lxw_format* format) {
  // The text sits in the first cell; the others carry the same format so that Excel, WPS and
  // LibreOffice centre it over the whole selection. Its width does not widen the first column.
  enter_row(row);
  check(worksheet_write_string(sheet_, row, first, value.c_str(), format), row, first);
  for (lxw_col_t col = first + 1; col <= last; ++col) blank(row, col, format);
}

void SheetWriter::hide_column(lxw_col_t col) {
  if (col >= hidden_.size()) hidden_.resize(col + 1, false);
  hidden_[col] = true;
}

void SheetWriter::title_block(lxw_row_t row, lxw_col_t first, lxw_col_t last, const std::string& value,
                              lxw_format* format, double units, double points) {
  enter_row(row);
  const CellLines lines = break_into_lines(value, units, points);
  check(worksheet_merge_range(sheet_, row, first, row, last, lines.text.c_str(), format), row, first);
  row_points_ = std::max(row_points_, row_points(lines.lines, points));
}

void SheetWriter::apply_widths() {
  set_row_height();
  for (lxw_col_t col = 0; col < widths_.size(); ++col) {
    if (widths_[col] == 0) continue;
    widths_[col] = std::clamp(widths_[col], min_units_, std::max(min_units_, max_units(col)));
    lxw_row_col_options hidden{};
    hidden.hidden = col < hidden_.size() && hidden_[col] ? LXW_TRUE : LXW_FALSE;
    check(worksheet_set_column_opt(sheet_, col, col, widths_[col], nullptr, &hidden), 0, col);
  }
}

double SheetWriter::total_width() const {
  constexpr double padding_units = 5.0 / 8;  // Excel adds 5 px to every column's width
  double total = 0;
  for (lxw_col_t col = 0; col < widths_.size(); ++col)
    if (widths_[col] > 0 && !(col < hidden_.size() && hidden_[col])) total += widths_[col] + padding_units;
  return total;
}

void SheetWriter::finish_table(lxw_row_t header_row, lxw_col_t frozen_columns) {
  worksheet_freeze_panes(sheet_, header_row + 1, frozen_columns);
  apply_widths();
  const int repeated = static_cast<int>(header_row);
  const PageSetup setup{.total_units = total_width(),
                        .repeat_first_row = repeated,
                        .repeat_last_row = repeated,
                        .repeat_columns = static_cast<int>(frozen_columns)};
  check(apply_page_setup(sheet_, setup), header_row, 0);
}

}  // namespace cr::xlsx
