#pragma once
// How a sheet prints: A4, one page wide, header rows on every page, centred, no gridlines,
// "第 1 页 共 3 页" in the footer. Officials print the workbook as it comes, so no text may print
// smaller than `smallest_print_points`: a table too wide for one page at that size prints at the
// smallest scale that keeps it, over more pages across, its first columns repeated on each.
#include <cstddef>
#include <vector>

#include <xlsxwriter.h>

namespace cr::xlsx {

struct PageSetup {
  double total_units = 0;     // the printed columns' width in Excel column units; 0: a narrow sheet
  bool landscape = false;     // landscape even when portrait would do
  int repeat_first_row = -1;  // 0-based rows repeated on every page; -1: none
  int repeat_last_row = -1;
  int repeat_columns = 0;  // leading columns repeated on every page across, when there are several
};

// The footer every sheet prints, within libxlsxwriter's 255-character limit.
inline constexpr const char* page_footer = "&C第 &P 页 共 &N 页";

// The smallest size body text may print at, and the scale (in %) that keeps 11 pt text there.
inline constexpr double smallest_print_points = 8;
inline constexpr int smallest_print_scale = 75;

// How a table of `total_units` prints: orientation, and either fitted to one page wide (scale 0)
// or at a fixed scale in %, over more pages across.
struct PrintFit {
  bool landscape = false;
  int scale = 0;  // 0: fit to one page wide; else a fixed scale, never below smallest_print_scale
};
PrintFit print_fit(double total_units, bool landscape);

// The last column a title may be centred across, given the widths the table's columns will take
// (column units, Excel's padding included, at least as wide as they will be): the last of all
// when the table prints one page wide, else the last that surely prints on the first page (a
// title centred across two pages would print cut at the first page's edge).
std::size_t title_end(const std::vector<double>& expected_units, bool landscape);

// Applies the page setup to `sheet`. Returns the first libxlsxwriter error, LXW_NO_ERROR if none.
lxw_error apply_page_setup(lxw_worksheet* sheet, const PageSetup& setup);

}  // namespace cr::xlsx
