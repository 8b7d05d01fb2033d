#pragma once
// How a sheet prints: A4, one page wide, header rows on every page, centred, no gridlines,
// "第 1 页 共 3 页" in the footer. Officials print the workbook as it comes.
#include <xlsxwriter.h>

namespace cr::xlsx {

struct PageSetup {
  bool landscape = false;     // for sheets wider than a portrait page
  int repeat_first_row = -1;  // 0-based rows repeated on every page; -1: none
  int repeat_last_row = -1;
};

// The footer every sheet prints, within libxlsxwriter's 255-character limit.
inline constexpr const char* page_footer = "&C第 &P 页 共 &N 页";

// Applies the page setup to `sheet`. Returns the first libxlsxwriter error, LXW_NO_ERROR if none.
lxw_error apply_page_setup(lxw_worksheet* sheet, const PageSetup& setup);

// Whether a table of this total width (in Excel column units) needs landscape to stay legible
// when fitted to one A4 page wide.
bool needs_landscape(double total_column_units);

}  // namespace cr::xlsx
