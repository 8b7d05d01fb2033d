#pragma once
// One worksheet being written: every cell goes through here, so that column widths follow the
// text, a text wider than its column is broken into lines (cell_lines.hpp) and its row made tall
// enough for them, the first libxlsxwriter error is kept (not ignored), and the rows are written
// strictly top to bottom, which constant-memory mode requires.
#include <string>
#include <vector>

#include <xlsxwriter.h>

#include "xlsx/formats.hpp"

namespace cr::xlsx {

class SheetWriter {
 public:
  // Every row is one line of body text tall unless a cell of it needs more.
  SheetWriter(lxw_worksheet* sheet, std::string name);

  lxw_worksheet* handle() const { return sheet_; }
  const std::string& name() const { return name_; }

  // A text, broken into lines when wider than the column's limit (its format must wrap).
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

  // The range every measured column width is kept within; a text wider than `max_units` is
  // broken into lines. Set before the first cell: the line breaks depend on it.
  void limit_widths(double min_units, double max_units);
  // A column wider than the others' limit (封面's values); only before its first cell.
  void limit_column(lxw_col_t col, double max_units);
  // The width a column of `text` will take, Excel's padding included, before it is written:
  // for choosing how far a title may be centred across (page_setup.hpp's title_end).
  double expected_units(lxw_col_t col, std::string_view text) const;
  // A title over columns first..last that together are `units` wide, set before (封面, 图表):
  // merged and wrapped, broken where GB/T 15834 allows, its row as tall as its lines, so that a
  // title longer than the columns is never cut.
  void title_block(lxw_row_t row, lxw_col_t first, lxw_col_t last, const std::string& value, lxw_format* format,
                   double units, double points);
  // Column widths: at least `units`; every text() and number() also widens its column.
  void widen(lxw_col_t col, double units);
  // Sets the measured widths within their limits, and the height of the last row written.
  void apply_widths();
  // Keeps a column (ids that formulas match on) off the printed page.
  void hide_column(lxw_col_t col);
  // The printed width of the columns after apply_widths, Excel's padding of 5 px a column
  // included, for choosing the page orientation and scale.
  double total_width() const;

  // Finishes a table sheet whose header is `header_row`: panes frozen below it and right of the
  // first `frozen_columns`, the measured widths, A4 (landscape when wide; more pages across
  // rather than a scale below page_setup.hpp's smallest), the header row repeated on every page.
  void finish_table(lxw_row_t header_row, lxw_col_t frozen_columns);

  // Keeps `error` if it is the sheet's first, with the cell it concerns.
  void check(lxw_error error, lxw_row_t row, lxw_col_t col);

  // The first error libxlsxwriter reported for this sheet, with where it happened.
  lxw_error error() const { return error_; }
  const std::string& error_place() const { return error_place_; }

 private:
  double max_units(lxw_col_t col) const;
  // Before a cell of `row`: when a new row starts, the one before gets its height.
  void enter_row(lxw_row_t row);
  void set_row_height();
  void text_lines(lxw_row_t row, lxw_col_t col, const std::string& value, lxw_format* format, double units,
                  double points);

  lxw_worksheet* sheet_;
  std::string name_;
  std::vector<double> widths_;  // by column; 0: nothing measured
  std::vector<double> column_limits_;  // by column; 0: the sheet's limit
  std::vector<bool> hidden_;           // by column
  double min_units_ = 6, max_units_ = 40;
  lxw_row_t row_ = 0;        // the row being written
  double row_points_ = 0;    // the height it needs; 0: the default
  bool row_started_ = false;
  lxw_error error_ = LXW_NO_ERROR;
  std::string error_place_;
};

}  // namespace cr::xlsx
