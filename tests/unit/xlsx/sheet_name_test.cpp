#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "text/utf8.hpp"
#include "xlsx/sheet_name.hpp"

using cr::xlsx::fit_sheet_name;

TEST_CASE("a Chinese name within the limit is kept") {
  CHECK(fit_sheet_name("汇总", {}) == "汇总");
  CHECK(fit_sheet_name("  明细 ", {}) == "明细");
}

TEST_CASE("forbidden characters become their full-width forms") {
  CHECK(fit_sheet_name("2015/2016", {}) == "2015／2016");
  CHECK(fit_sheet_name("a[b]:c*d?e\\f", {}) == "a［b］：c＊d？e＼f");
  CHECK(fit_sheet_name("'引号'", {}) == "引号");
  CHECK(fit_sheet_name("''", {}) == "工作表");
  CHECK(fit_sheet_name("", {}) == "工作表");
}

TEST_CASE("long names keep their first 31 code points, not bytes") {
  const std::string long_name =
      "绥棱县党建之冬活动素质提升工程堡垒建设工程作风整治工程冬令民心工程分单位统计";
  const std::string fitted = fit_sheet_name(long_name, {});
  CHECK(cr::text::decode(fitted).size() == 31);
  CHECK(long_name.starts_with(fitted));
}

TEST_CASE("clashes get a numbered suffix within the limit, ignoring ASCII case") {
  CHECK(fit_sheet_name("明细", {"明细"}) == "明细(2)");
  CHECK(fit_sheet_name("明细", {"明细", "明细(2)"}) == "明细(3)");
  CHECK(fit_sheet_name("Data", {"DATA"}) == "Data(2)");
  CHECK(fit_sheet_name("history", {}) == "history(2)");
  const std::string base(40, 'x');
  const std::string first = fit_sheet_name(base, {});
  const std::string second = fit_sheet_name(base, {first});
  CHECK(second == std::string(28, 'x') + "(2)");
  CHECK(second.size() == 31);
}

TEST_CASE("the same wish gives the same name every time") {
  const std::vector<std::string> taken{"汇总"};
  CHECK(fit_sheet_name("汇总", taken) == fit_sheet_name("汇总", taken));
}
