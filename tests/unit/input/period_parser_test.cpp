#include <doctest/doctest.h>

#include "input/period_parser.hpp"

using namespace cr::input;
using cr::model::Date;
using cr::model::Granularity;
using cr::model::Period;

namespace {

ParsedPeriod ok(std::string_view text) {
  auto parsed = parse_period(text);
  REQUIRE_MESSAGE(std::holds_alternative<ParsedPeriod>(parsed), text);
  return std::get<ParsedPeriod>(parsed);
}

std::string canonical(std::string_view text) { return ok(text).period.canonical(); }
bool refused(std::string_view text) { return std::holds_alternative<Problem>(parse_period(text)); }

}  // namespace

TEST_CASE("ISO-like forms") {
  CHECK(ok("").period.is_whole_campaign());
  CHECK(ok("  ").period.is_whole_campaign());
  CHECK(canonical("2015") == "2015");
  CHECK(canonical("2015-03") == "2015-03");
  CHECK(canonical("2015-3") == "2015-03");
  CHECK(canonical("2015-Q1") == "2015-Q1");
  CHECK(canonical("2015Q4") == "2015-Q4");
  CHECK(canonical("2015-q2") == "2015-Q2");
  CHECK(canonical("2015-03-01") == "2015-03-01");
  CHECK(canonical("２０１５－０３") == "2015-03");
  CHECK(ok("2015-02").period.last == Date{2015, 2, 28});
  CHECK(ok("2016-02").period.last == Date{2016, 2, 29});
}

TEST_CASE("what Excel and WPS make of them") {
  CHECK(canonical("2015/3") == "2015-03");
  CHECK(ok("2015/3/1").period == Period::day(Date{2015, 3, 1}));
  CHECK(ok("2015/3/1").slash_date);
  CHECK_FALSE(ok("2015-03-01").slash_date);
  CHECK(canonical("2015年") == "2015");
  CHECK(canonical("2015年3月") == "2015-03");
  CHECK(canonical("2015年03月") == "2015-03");
  CHECK(canonical("2015年3月8日") == "2015-03-08");
  CHECK(canonical("2015年第一季度") == "2015-Q1");
  CHECK(canonical("2015年一季度") == "2015-Q1");
  CHECK(canonical("2015年第4季度") == "2015-Q4");
  CHECK(canonical("2015年三季") == "2015-Q3");
  CHECK(canonical("2015.3") == "2015-03");
  CHECK(canonical("2015.3.8") == "2015-03-08");
  CHECK(canonical("Mar-15") == "2015-03");
  CHECK(canonical("2015-03-08 0:00") == "2015-03-08");
  CHECK(ok("2015/3/1 00:00:00").slash_date);
  CHECK(canonical("dec-2016") == "2016-12");
}

TEST_CASE("ranges") {
  CHECK(canonical("2015-01/2015-06") == "2015-01-01/2015-06-30");
  CHECK(canonical("2015/2016") == "2015-01-01/2016-12-31");
  CHECK(canonical("2014-Q4/2015-Q1") == "2014-10-01/2015-03-31");
  CHECK(canonical("2015年1月至2015年6月") == "2015-01-01/2015-06-30");
  CHECK(canonical("2015年上半年") == "2015-01-01/2015-06-30");
  CHECK(canonical("2015年下半年") == "2015-07-01/2015-12-31");
  CHECK(ok("2015/2016").period.granularity == Granularity::range);
  CHECK(canonical("2015年1-6月") == "2015-01-01/2015-06-30");
  CHECK(canonical("2015年1月-6月") == "2015-01-01/2015-06-30");
  CHECK(canonical("2015年1至3月") == "2015-01-01/2015-03-31");
  CHECK(canonical("2015年10月~12月") == "2015-10-01/2015-12-31");
}

TEST_CASE("refused") {
  CHECK(refused("2015-13"));
  CHECK(refused("2015-02-30"));
  CHECK(refused("2015-Q5"));
  CHECK(refused("2015年第五季度"));
  CHECK(refused("15"));
  CHECK(refused("二〇一五年"));
  CHECK(refused("去年"));
  CHECK(refused("2015年1"));
  CHECK(refused("2015-06/2015-01"));
  CHECK(refused("2015-03-01x"));
  CHECK(refused("20150"));
  CHECK(refused("2015年6-1月"));
  CHECK(refused("2015年1-13月"));
  CHECK(refused("Mrz-15"));
  CHECK(refused("Mar-1"));
  CHECK(refused("2015-03-08 12:30"));
  auto p = parse_period("2015-13");
  CHECK(std::get<Problem>(p).zh.find("“2015-13”") != std::string::npos);
}
