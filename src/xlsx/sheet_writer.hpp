#pragma once
// One worksheet being written: every cell goes through here, so that column widths follow the
// text, the first libxlsxwriter error is kept (not ignored), and the rows are written strictly
// top to bottom, which constant-memory mode requires.
#include <string>
#include <vector>

#include <xlsxwriter.h>

#include "xlsx/formats.hpp"

namespace cr::xlsx {

class SheetWriter {
 public:
  SheetWriter(lxw_worksheet* sheet, std::string name) : sheet_(sheet), name_(std::move(name)) {}

  lxw_worksheet* handle() const { return sheet_; }
  const std::string& name() const { return name_; }

  void text(lxw_row_t row, lxw_col_t col, const std::string& value, lxw_format* format,
            double points = body_points);
  // A text whose width the caller measured once (names repeated over a million rows).
  void text_sized(lxw_row_t row, lxw_col_t col, const std::string& value, lxw_format* format, double units);
  // A number; `shown` is how it reads (for the column width), e.g. "15,940 元".
  void number(lxw_row_t row, lxw_col_t col, double value, lxw_format* format, std::string_view shown);
  // A formula with its result stored, so viewers that do not recalculate show the number.
  void formula(lxw_row_t row, lxw_col_t col, const std::string& formula, double result, lxw_format* format,
               std::string_view shown);
  void blank(lxw_row_t row, lxw_col_t col, lxw_format* format);
  // A title centred across columns first..last (center-across-selection, not merged cells).
  void across(lxw_row_t row, lxw_col_t first, lxw_col_t last, const std::string& value, lxw_format* format);

  // Column widths: at least `units`; every text() and number() also widens its column.
  void widen(lxw_col_t col, double units);
  // Sets the measured widths, each within [min_units, max_units] (text wraps beyond that).
  void apply_widths(double min_units, double max_units);
  // The width of columns first..last after apply_widths, for choosing the page orientation.
  double total_width() const;

  // Finishes a table sheet whose header is `header_row`: panes frozen below it and right of the
  // first `frozen_columns`, widths within [6, max_units], A4 (landscape when wide), the header
  // row repeated on every printed page.
  void finish_table(lxw_row_t header_row, lxw_col_t frozen_columns, double max_units);

  // Keeps `error` if it is the sheet's first, with the cell it concerns.
  void check(lxw_error error, lxw_row_t row, lxw_col_t col);

  // The first error libxlsxwriter reported for this sheet, with where it happened.
  lxw_error error() const { return error_; }
  const std::string& error_place() const { return error_place_; }

 private:
  lxw_worksheet* sheet_;
  std::string name_;
  std::vector<double> widths_;  // by column; 0: nothing measured
  lxw_error error_ = LXW_NO_ERROR;
  std::string error_place_;
};

}  // namespace cr::xlsx
