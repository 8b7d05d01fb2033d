#include <doctest/doctest.h>

#include "model/decimal.hpp"

using cr::model::Decimal;

TEST_CASE("decimal arithmetic is exact") {
  auto a = *Decimal::parse("197.28"), b = *Decimal::parse("0.01");
  CHECK((a + b).to_string() == "197.29");
  CHECK((a - b).to_string() == "197.27");
  CHECK((*Decimal::parse("0.1") + *Decimal::parse("0.2")) == *Decimal::parse("0.3"));
  CHECK((*Decimal::parse("30.6") * Decimal(10000)).normalized().to_string() == "306000");
}

TEST_CASE("decimal parse rejects what is not a plain number") {
  CHECK_FALSE(Decimal::parse(""));
  CHECK_FALSE(Decimal::parse("."));
  CHECK_FALSE(Decimal::parse("1.2.3"));
  CHECK_FALSE(Decimal::parse("1e5"));
  CHECK_FALSE(Decimal::parse("12a"));
  CHECK(Decimal::parse("-4.50")->to_string() == "-4.50");
  CHECK(Decimal::parse("-4.50")->normalized().to_string() == "-4.5");
}

TEST_CASE("division rounds half away from zero") {
  CHECK(Decimal(20940).divided_by(Decimal(15940), 4)->to_string() == "1.3137");
  CHECK(Decimal(1).divided_by(Decimal(8), 2)->to_string() == "0.13");
  CHECK(Decimal(-1).divided_by(Decimal(8), 2)->to_string() == "-0.13");
  CHECK_FALSE(Decimal(1).divided_by(Decimal(0), 2));
  CHECK(Decimal::parse("2.345")->rounded(2).to_string() == "2.35");
}

TEST_CASE("shifting by powers of ten") {
  CHECK(Decimal::parse("30.6")->shifted(4).to_string() == "306000");
  CHECK(Decimal(306000).shifted(-4).to_string() == "30.6");
  CHECK(Decimal(3200000).shifted(-4).to_string() == "320");
  CHECK(Decimal(0).to_string() == "0");
  CHECK(Decimal::parse("0.05")->to_string() == "0.05");
}

TEST_CASE("compact decimals hold what officials type") {
  auto big = *Decimal::parse("123456789012345.678");
  REQUIRE(cr::model::CompactDecimal::from(big));
  CHECK(cr::model::CompactDecimal::from(big)->value() == big);
  CHECK_FALSE(cr::model::CompactDecimal::from(*Decimal::parse("12345678901234567890")));
}

TEST_CASE("arithmetic past 128 bits throws, never wraps to a wrong figure") {
  const Decimal huge = Decimal::from_parts(static_cast<cr::model::WideInt>(1) << 126, 0);
  CHECK_THROWS_AS(huge + huge, cr::model::DecimalOverflow);
  CHECK_THROWS_AS(huge * Decimal(4), cr::model::DecimalOverflow);
  CHECK_THROWS_AS(huge.shifted(2), cr::model::DecimalOverflow);
  CHECK_THROWS_AS(huge.rounded(3), cr::model::DecimalOverflow);
  CHECK_THROWS_AS((void)(huge < *Decimal::parse("0.000001")), cr::model::DecimalOverflow);
  // 10^24 at 12 decimals, the most an indicator's total may be, still adds and averages.
  const Decimal total = Decimal(1).shifted(24) + *Decimal::parse("0.000000000001");
  CHECK(total.divided_by(Decimal(3), 12).has_value());
  CHECK((total + total).to_string() == "2000000000000000000000000.000000000002");
}
