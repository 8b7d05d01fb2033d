#include <doctest/doctest.h>

#include "wording/date_wording.hpp"

using cr::model::Date;
using cr::model::Period;

TEST_CASE("dates without leading zeros, years never grouped") {
  CHECK(cr::wording::word_date(Date{2016, 11, 21}) == "2016年11月21日");
  CHECK(cr::wording::word_date(Date{2015, 3, 1}) == "2015年3月1日");
}

TEST_CASE("periods as column headers and in running text") {
  CHECK(cr::wording::word_period(Period::year(2015)) == "2015年");
  CHECK(cr::wording::word_period(Period::quarter(2015, 2)) == "2015年第二季度");
  CHECK(cr::wording::word_period(Period::month(2015, 3)) == "2015年3月");
  CHECK(cr::wording::word_period(Period::day(Date{2015, 3, 1})) == "2015年3月1日");
  CHECK(cr::wording::word_period(*Period::range(Period::month(2015, 1), Period::month(2015, 6))) ==
        "2015年1月1日至2015年6月30日");
  CHECK(cr::wording::word_period(Period::whole_campaign()) == "全期");
}
