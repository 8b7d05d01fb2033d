#include <doctest/doctest.h>

#include "stats/comparison.hpp"

using cr::model::Qualifier;
using cr::model::Quantity;
using cr::stats::Comparison;
using cr::stats::ComparisonKind;
using cr::stats::Figure;
using cr::stats::Lookup;
using cr::stats::NoComparison;

namespace {

Lookup figure(const char* value, const char* unit = "元", Qualifier q = Qualifier::exact) {
  return Lookup::found(Figure{Quantity{*cr::model::Decimal::parse(value), q, unit, {}}, 1});
}
Lookup nothing() { return Lookup::missing(cr::stats::Absence::no_records); }

}  // namespace

TEST_CASE("growth in % with one decimal, rounded half away from zero") {
  auto up = cr::stats::year_on_year(figure("100"), figure("112.5"), false);
  CHECK(up.kind == ComparisonKind::growth);
  CHECK(up.amount->to_string() == "12.5");
  CHECK(up.direction() == 1);
  auto down = cr::stats::year_on_year(figure("1000"), figure("969"), false);
  CHECK(down.amount->to_string() == "-3.1");
  CHECK(down.direction() == -1);
  CHECK(cr::stats::year_on_year(figure("15940"), figure("20940"), false).amount->to_string() == "31.4");
  CHECK(cr::stats::year_on_year(figure("3"), figure("3"), false).amount->is_zero());
}

TEST_CASE("no growth without a usable base") {
  CHECK(cr::stats::year_on_year(nothing(), figure("5"), false).reason == NoComparison::missing_base);
  CHECK(cr::stats::year_on_year(figure("5"), nothing(), false).reason == NoComparison::missing_current);
  auto zero = cr::stats::year_on_year(figure("0"), figure("5"), false);
  CHECK(zero.reason == NoComparison::zero_base);
  CHECK_FALSE(zero);
  CHECK_FALSE(zero.amount);
  CHECK(cr::stats::year_on_year(figure("10", "场", Qualifier::yu), figure("20", "场"), false).reason ==
        NoComparison::inexact);
  CHECK(cr::stats::year_on_year(figure("10", "场"), figure("20", "次"), false).reason ==
        NoComparison::unit_mismatch);
}

TEST_CASE("a rate changes in 个百分点, also from zero") {
  auto c = cr::stats::year_on_year(figure("85.3", "%"), figure("87.9", "%"), true);
  CHECK(c.kind == ComparisonKind::points);
  CHECK(c.amount->to_string() == "2.6");
  CHECK(cr::stats::change_in_points(figure("0", "%"), figure("2.6", "%")).amount->to_string() == "2.6");
  CHECK(cr::stats::change_in_points(figure("5", "%"), figure("4.5", "%")).amount->to_string() == "-0.5");
  CHECK(cr::stats::change_in_points(nothing(), figure("4.5", "%")).reason == NoComparison::missing_base);
}

TEST_CASE("a share of a whole") {
  auto s = cr::stats::share_of(figure("352", "人"), figure("1000", "人"));
  CHECK(s.kind == ComparisonKind::share);
  CHECK(s.amount->to_string() == "35.2");
  CHECK(cr::stats::share_of(figure("1", "人"), figure("3", "人")).amount->to_string() == "33.3");
  CHECK(cr::stats::share_of(figure("1", "人"), figure("0", "人")).reason == NoComparison::zero_base);
  CHECK(cr::stats::share_of(figure("1", "人"), nothing()).reason == NoComparison::missing_base);
}

TEST_CASE("before and after keeps both figures, even inexact ones") {
  auto c = cr::stats::before_after(figure("15940"), figure("20940"));
  REQUIRE(c);
  CHECK(c.amount->to_string() == "5000");
  CHECK(c.base->value.to_string() == "15940");
  CHECK(c.current->value.to_string() == "20940");
  auto rough = cr::stats::before_after(figure("10", "个", Qualifier::yu), figure("20", "个", Qualifier::duo));
  CHECK(rough);
  CHECK_FALSE(rough.amount);
  CHECK(rough.direction() == 1);
  CHECK_FALSE(cr::stats::before_after(nothing(), figure("1")));
}
