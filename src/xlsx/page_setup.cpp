#include "xlsx/page_setup.hpp"

#include <cstdint>

namespace cr::xlsx {
namespace {

constexpr std::uint8_t paper_a4 = 9;
// A4 portrait with 0.7 inch margins holds about 90 columns of 7 px digits at 100%.
constexpr double portrait_units = 90;

}  // namespace

lxw_error apply_page_setup(lxw_worksheet* sheet, const PageSetup& setup) {
  worksheet_set_paper(sheet, paper_a4);
  if (setup.landscape)
    worksheet_set_landscape(sheet);
  else
    worksheet_set_portrait(sheet);
  worksheet_set_margins(sheet, 0.6, 0.6, 0.75, 0.75);  // left, right, top, bottom (inches)
  worksheet_center_horizontally(sheet);
  worksheet_gridlines(sheet, LXW_HIDE_ALL_GRIDLINES);
  worksheet_fit_to_pages(sheet, 1, 0);  // one page wide, as many tall as needed
  lxw_error error = worksheet_set_footer(sheet, page_footer);
  if (error == LXW_NO_ERROR && setup.repeat_first_row >= 0)
    error = worksheet_repeat_rows(sheet, static_cast<lxw_row_t>(setup.repeat_first_row),
                                  static_cast<lxw_row_t>(setup.repeat_last_row));
  return error;
}

bool needs_landscape(double total_column_units) { return total_column_units > portrait_units; }

}  // namespace cr::xlsx
