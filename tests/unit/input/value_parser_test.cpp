#include <doctest/doctest.h>

#include "input/numeral_parser.hpp"
#include "input/value_parser.hpp"

using namespace cr::input;
using cr::model::Decimal;
using cr::model::Qualifier;
using cr::model::Scale;

namespace {

ParsedValue ok(std::string_view text, std::string_view unit = {}) {
  auto parsed = parse_value(text, unit);
  REQUIRE_MESSAGE(std::holds_alternative<ParsedValue>(parsed), text);
  return std::get<ParsedValue>(parsed);
}

bool refused(std::string_view text, std::string_view unit = {}) {
  return std::holds_alternative<Problem>(parse_value(text, unit));
}

}  // namespace

TEST_CASE("plain figures, separators and full-width digits") {
  CHECK(ok("5").value == Decimal(5));
  CHECK(ok("15940").value == Decimal(15940));
  CHECK(ok("1,000").value == Decimal(1000));
  CHECK(ok("１，０００").value == Decimal(1000));
  CHECK(ok("１２．５").value == *Decimal::parse("12.5"));
  CHECK(ok("3.5").value == *Decimal::parse("3.5"));
  CHECK(ok(" 42 ").value == Decimal(42));
  CHECK(ok("1,234,567.25").value == *Decimal::parse("1234567.25"));
  CHECK(ok("-3").value == Decimal(-3));
  CHECK(ok("5").qualifier == Qualifier::exact);
  CHECK(ok("5").written_scale == Scale::one);
}

TEST_CASE("misplaced separators and text are refused") {
  CHECK(refused("1,00"));
  CHECK(refused("10,0000"));
  CHECK(refused("1.000,5"));
  CHECK(refused(""));
  CHECK(refused("N/A"));
  CHECK(refused("12a"));
  CHECK(refused("1 000"));
  CHECK(refused("1.2.3"));
  CHECK(refused("约"));
}

TEST_CASE("万 and 亿 keep the exact value and the written scale") {
  CHECK(ok("1.5万").value == Decimal(15000));
  CHECK(ok("1.5万").written_scale == Scale::wan);
  CHECK(ok("320万").value == Decimal(3200000));
  CHECK(ok("2亿").value == Decimal(200000000));
  CHECK(ok("2亿").written_scale == Scale::yi);
  CHECK(ok("30.6万").value == Decimal(306000));
  CHECK(ok("0.0001万").value == Decimal(1));
}

TEST_CASE("percentages") {
  auto v = ok("12.5%");
  CHECK(v.percent);
  CHECK(v.value == *Decimal::parse("12.5"));
  CHECK(ok("96．5％").percent);
  CHECK(refused("5%万"));
}

TEST_CASE("approximate forms: prefixes") {
  CHECK(ok("近万").value == Decimal(10000));
  CHECK(ok("近万").qualifier == Qualifier::jin);
  CHECK(ok("近万").written_scale == Scale::wan);
  CHECK(ok("近10000").qualifier == Qualifier::jin);
  CHECK(ok("近10000").value == Decimal(10000));
  CHECK(ok("约2000").qualifier == Qualifier::yue);
  CHECK(ok("逾百").qualifier == Qualifier::yu_over);
  CHECK(ok("逾百").value == Decimal(100));
  CHECK(ok("超过2000").qualifier == Qualifier::chaoguo);
  CHECK(ok("不少于2").qualifier == Qualifier::bushaoyu);
  CHECK(ok("不少于2").value == Decimal(2));
  CHECK(ok("不到10").qualifier == Qualifier::budao);
}

TEST_CASE("approximate forms: suffixes, also around 万") {
  CHECK(ok("10余").qualifier == Qualifier::yu);
  CHECK(ok("10余").value == Decimal(10));
  CHECK(ok("300多").qualifier == Qualifier::duo);
  CHECK(ok("40左右").qualifier == Qualifier::zuoyou);
  CHECK(ok("100以上").qualifier == Qualifier::yishang);
  CHECK(ok("320多万").value == Decimal(3200000));
  CHECK(ok("320多万").qualifier == Qualifier::duo);
  CHECK(ok("1万余").value == Decimal(10000));
  CHECK(ok("1万余").qualifier == Qualifier::yu);
  CHECK(ok("2000多").value == Decimal(2000));
  CHECK(refused("约2000多"));
}

TEST_CASE("Chinese numerals for small counts") {
  CHECK(ok("两").value == Decimal(2));
  CHECK(ok("九").value == Decimal(9));
  CHECK(ok("七").value == Decimal(7));
  CHECK(ok("十二").value == Decimal(12));
  CHECK(ok("一百二十").value == Decimal(120));
  CHECK(ok("三千").value == Decimal(3000));
  CHECK(ok("十万").value == Decimal(100000));
  CHECK(ok("3万5千").value == Decimal(35000));
  CHECK(ok("二十余").qualifier == Qualifier::yu);
  CHECK(ok("二十余").value == Decimal(20));
  CHECK(ok("百").value == Decimal(100));
  CHECK(refused("十二个半"));
  CHECK(refused("十二点五"));
}

TEST_CASE("the indicator's unit written in the cell is read without it") {
  CHECK(ok("5个", "个").value == Decimal(5));
  CHECK(ok("300万元", "万元").value == Decimal(300));
  CHECK(ok("300万元", "万元").written_scale == Scale::one);
  CHECK(ok("320多万元", "元").value == Decimal(3200000));
  CHECK(refused("5个", "人"));
}

TEST_CASE("an indicator counted in 万 or 亿 takes values in its own unit") {
  CHECK(ok("320万", "万元").value == Decimal(320));
  CHECK(ok("320万", "万元").written_scale == Scale::one);
  CHECK(ok("30.6万", "万人").value == *Decimal::parse("30.6"));
  CHECK(ok("2亿", "万元").value == Decimal(20000));
  CHECK(ok("900", "万元").value == Decimal(900));
  CHECK(ok("近900", "万元").qualifier == Qualifier::jin);
  CHECK(ok("1.5", "亿元").value == *Decimal::parse("1.5"));
}

TEST_CASE("the qualifier column") {
  CHECK(std::get<Qualifier>(parse_qualifier("")) == Qualifier::exact);
  CHECK(std::get<Qualifier>(parse_qualifier("余")) == Qualifier::yu);
  CHECK(std::get<Qualifier>(parse_qualifier(" 约 ")) == Qualifier::yue);
  CHECK(std::get<Qualifier>(parse_qualifier("不少于")) == Qualifier::bushaoyu);
  CHECK(std::get<Qualifier>(parse_qualifier("左右")) == Qualifier::zuoyou);
  CHECK(std::holds_alternative<Problem>(parse_qualifier("大概")));
  CHECK(std::holds_alternative<Problem>(parse_qualifier("approx")));
}

TEST_CASE("a refusal quotes the value and says why in both languages") {
  auto parsed = parse_value("1,00");
  REQUIRE(std::holds_alternative<Problem>(parsed));
  const Problem& p = std::get<Problem>(parsed);
  CHECK(p.zh.find("“1,00”") != std::string::npos);
  CHECK(p.zh.find("千位分隔符") != std::string::npos);
  CHECK(p.en.find("'1,00'") != std::string::npos);
}

TEST_CASE("Chinese numerals past 64 bits are refused, not wrapped (found by fuzz_value_period)") {
  CHECK_FALSE(cr::input::parse_chinese_numeral("3万亿亿"));
  CHECK_FALSE(cr::input::parse_chinese_numeral("九千九百九十九万亿亿亿"));
  CHECK_FALSE(cr::input::parse_chinese_numeral("999999999999999千千千"));
  CHECK(cr::input::parse_chinese_numeral("三万") == cr::model::Decimal(30000));
  CHECK(cr::input::parse_chinese_numeral("一亿二千万") == cr::model::Decimal(120000000));
}
