#include <doctest/doctest.h>

#include <set>
#include <string_view>

#include "model/page_style.hpp"

using namespace cr::model;

TEST_CASE("each page style has one name, found both ways in the one table") {
  CHECK(page_style_named("case") == PageStyleId::case_report);
  CHECK(page_style_named("gbt9704") == PageStyleId::gbt9704);
  CHECK_FALSE(page_style_named("GBT9704").has_value());
  CHECK_FALSE(page_style_named("").has_value());
  std::set<std::string_view> names;
  for (const PageStyleName& entry : page_style_table) {
    CHECK(page_style_named(entry.name) == entry.style);
    CHECK(page_style_name(entry.style) == entry.name);
    names.insert(entry.name);
  }
  CHECK(names.size() == page_style_table.size());
  static_assert(page_style_name(PageStyleId::gbt9704) == "gbt9704");
}
