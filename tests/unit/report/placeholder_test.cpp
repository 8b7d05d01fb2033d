#include <doctest/doctest.h>

#include "report/placeholder.hpp"

using namespace cr;
using namespace cr::report;

namespace {

const model::SourcePosition at{"narrative/a.md", 7, 10};

}  // namespace

TEST_CASE("name, unit, period and filters, in either order, with their columns") {
  diag::Diagnostics d;
  auto p = parse_placeholder("visits[t1]@2015|万", at, d);
  REQUIRE(p);
  CHECK(p->name.text == "visits");
  CHECK(p->name.at.column == 10);
  CHECK(p->unit->text == "t1");
  CHECK(p->unit->at.column == 17);
  CHECK(p->period_text->text == "2015");
  CHECK(p->period_text->at.column == 21);
  CHECK(*p->period == model::Period::year(2015));
  REQUIRE(p->filters.size() == 1);
  CHECK(p->filters[0].text == "万");
  CHECK(p->filters[0].at.column == 26);
  auto q = parse_placeholder(" visits @2015-Q2 [t1] | 同比 ", at, d);
  REQUIRE(q);
  CHECK(q->name.text == "visits");
  CHECK(q->name.at.column == 11);
  CHECK(*q->period == model::Period::quarter(2015, 2));
  CHECK(q->unit->text == "t1");
  CHECK(q->filters[0].text == "同比");
  CHECK(d.empty());
}

TEST_CASE("full-width signs typed with a Chinese input method") {
  diag::Diagnostics d;
  auto p = parse_placeholder("visits［t1］＠2015｜汉字", at, d);
  REQUIRE(p);
  CHECK(p->unit->text == "t1");
  CHECK(p->filters[0].text == "汉字");
  CHECK(p->filters[0].at.column == 10 + 16);
}

TEST_CASE("period selectors") {
  CHECK(parse_period_selector("2015") == model::Period::year(2015));
  CHECK(parse_period_selector("2015-03") == model::Period::month(2015, 3));
  CHECK(parse_period_selector("2015-3") == model::Period::month(2015, 3));
  CHECK(parse_period_selector("2015-03-01") == model::Period::day(model::Date(2015, 3, 1)));
  CHECK(parse_period_selector("2014/2015") ==
        model::Period::range(model::Period::year(2014), model::Period::year(2015)));
  CHECK(parse_period_selector("2015年") == model::Period::year(2015));
  CHECK(parse_period_selector("2015年3月") == model::Period::month(2015, 3));
  CHECK(parse_period_selector("2015年3月1日") == model::Period::day(model::Date(2015, 3, 1)));
  CHECK_FALSE(parse_period_selector("2015年13月"));
  CHECK_FALSE(parse_period_selector("2015-13"));
  CHECK_FALSE(parse_period_selector("2015-02-30"));
  CHECK_FALSE(parse_period_selector("去年"));
  CHECK_FALSE(parse_period_selector("15"));
}

TEST_CASE("malformed placeholders are errors at the offending character") {
  auto first_error = [](std::string_view inner) {
    diag::Diagnostics d;
    CHECK_FALSE(parse_placeholder(inner, at, d));
    REQUIRE(d.items().size() == 1);
    return d.items()[0];
  };
  auto e = first_error("");
  CHECK(e.code == "bad-placeholder");
  CHECK(e.column == 10);
  CHECK(first_error("visits[t1").column == 16);
  CHECK(first_error("visits@2015@2016").column == 21);
  auto period = first_error("visits@2015-13");
  CHECK(period.column == 17);
  CHECK(period.message_zh.find("2015-13") != std::string::npos);
  CHECK(first_error("visits|").column == 16);
  CHECK(first_error("visits[t1]x").column == 20);
}
