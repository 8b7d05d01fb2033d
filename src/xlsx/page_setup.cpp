#include "xlsx/page_setup.hpp"

#include <cstdint>

namespace cr::xlsx {
namespace {

constexpr std::uint8_t paper_a4 = 9;
constexpr double left_right_margin = 0.6, top_margin = 0.75, bottom_margin = 0.75;  // inches
// A4's printable width between the margins, in pixels at 96 dpi.
constexpr double portrait_pixels = (8.27 - 2 * left_right_margin) * 96;
constexpr double landscape_pixels = (11.69 - 2 * left_right_margin) * 96;

// The pixels of a width in column units on the widest viewer: a unit is the default font's
// digit, 8 px in 等线 but 9.33 px in DejaVu Sans, which LibreOffice substitutes where 等线 is not
// installed (measured: a 27.86-unit column printed 260 px wide). Counting the widest keeps the
// 8 pt promise everywhere; a viewer with 等线 prints a little larger.
constexpr double widest_digit_pixels = 9.33;
double pixels_of(double units) { return units * widest_digit_pixels; }

}  // namespace

PrintFit print_fit(double total_units, bool landscape) {
  const double wanted = pixels_of(total_units);
  PrintFit fit{landscape || wanted > portrait_pixels, 0};
  const double room = fit.landscape ? landscape_pixels : portrait_pixels;
  const double scale = 100 * room / wanted;
  if (scale < smallest_print_scale) fit.scale = smallest_print_scale;
  return fit;
}

std::size_t title_end(const std::vector<double>& expected_units, bool landscape) {
  if (expected_units.empty()) return 0;
  double total = 0;
  for (double width : expected_units) total += width;
  const PrintFit fit = print_fit(total, landscape);
  if (fit.scale == 0) return expected_units.size() - 1;
  const double room = (fit.landscape ? landscape_pixels : portrait_pixels) * 100 / fit.scale;
  double used = 0;
  for (std::size_t col = 0; col < expected_units.size(); ++col) {
    used += pixels_of(expected_units[col]);
    if (used > room) return col == 0 ? 0 : col - 1;
  }
  return expected_units.size() - 1;
}

lxw_error apply_page_setup(lxw_worksheet* sheet, const PageSetup& setup) {
  const PrintFit fit = print_fit(setup.total_units, setup.landscape);
  worksheet_set_paper(sheet, paper_a4);
  if (fit.landscape)
    worksheet_set_landscape(sheet);
  else
    worksheet_set_portrait(sheet);
  worksheet_set_margins(sheet, left_right_margin, left_right_margin, top_margin, bottom_margin);
  worksheet_center_horizontally(sheet);
  worksheet_gridlines(sheet, LXW_HIDE_ALL_GRIDLINES);
  if (fit.scale == 0)
    worksheet_fit_to_pages(sheet, 1, 0);  // one page wide, as many tall as needed
  else
    worksheet_set_print_scale(sheet, static_cast<std::uint16_t>(fit.scale));
  lxw_error error = worksheet_set_footer(sheet, page_footer);
  if (error == LXW_NO_ERROR && setup.repeat_first_row >= 0)
    error = worksheet_repeat_rows(sheet, static_cast<lxw_row_t>(setup.repeat_first_row),
                                  static_cast<lxw_row_t>(setup.repeat_last_row));
  if (error == LXW_NO_ERROR && fit.scale != 0 && setup.repeat_columns > 0)
    error = worksheet_repeat_columns(sheet, 0, static_cast<lxw_col_t>(setup.repeat_columns - 1));
  return error;
}

}  // namespace cr::xlsx
