#include <doctest/doctest.h>

#include <vector>

#include "xlsx/page_setup.hpp"

using cr::xlsx::print_fit;
using cr::xlsx::smallest_print_scale;
using cr::xlsx::title_end;

TEST_CASE("a narrow table prints portrait, fitted to the page's width") {
  const auto fit = print_fit(60, false);
  CHECK_FALSE(fit.landscape);
  CHECK(fit.scale == 0);
}

TEST_CASE("a wider table turns landscape before it shrinks") {
  const auto fit = print_fit(90, false);
  CHECK(fit.landscape);
  CHECK(fit.scale == 0);
}

TEST_CASE("a table too wide for one page at 8 pt prints at the smallest legible scale, pages across") {
  const auto fit = print_fit(400, true);
  CHECK(fit.landscape);
  CHECK(fit.scale == smallest_print_scale);
  CHECK(11.0 * smallest_print_scale / 100 >= cr::xlsx::smallest_print_points);
}

TEST_CASE("a title spans every column of a table that fits, only the first page's of one that does not") {
  CHECK(title_end({20, 20, 20}, false) == 2);
  const std::vector<double> wide(12, 30);  // 360 units: several pages across
  const std::size_t end = title_end(wide, true);
  CHECK(end > 0);
  CHECK(end < wide.size() - 1);
  CHECK(title_end({}, true) == 0);
}
