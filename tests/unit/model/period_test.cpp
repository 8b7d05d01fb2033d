#include <doctest/doctest.h>

#include "model/date.hpp"
#include "model/period.hpp"

using namespace cr::model;

TEST_CASE("dates round-trip through day numbers") {
  for (Date d : {Date{1970, 1, 1}, Date{2016, 2, 29}, Date{2000, 12, 31}, Date{1900, 3, 1}})
    CHECK(Date::from_days_since_epoch(d.days_since_epoch()) == d);
  CHECK(Date{1970, 1, 2}.days_since_epoch() == 1);
  // The ends of the years a campaign may use, and the day before 1970, as Python's datetime counts them.
  CHECK(Date{1900, 1, 1}.days_since_epoch() == -25567);
  CHECK(Date{2199, 12, 31}.days_since_epoch() == 84005);
  CHECK(Date::from_days_since_epoch(-1) == Date{1969, 12, 31});
  CHECK(Date::from_days_since_epoch(84005) == Date{2199, 12, 31});
  CHECK_FALSE(Date::valid(2015, 2, 29));
  CHECK(Date::valid(2016, 2, 29));
}

TEST_CASE("periods know containment and overlap") {
  auto q1 = Period::quarter(2015, 1);
  CHECK(q1.last == Date{2015, 3, 31});
  CHECK(Period::month(2015, 2).within(q1));
  CHECK_FALSE(Period::month(2015, 4).within(q1));
  CHECK(q1.within(Period::year(2015)));
  CHECK(q1.within(Period::whole_campaign()));
  CHECK_FALSE(Period::whole_campaign().within(q1));
  CHECK(Period::whole_campaign().overlaps(q1));
  auto r = Period::range(Period::month(2014, 11), Period::month(2015, 2));
  REQUIRE(r);
  CHECK(r->overlaps(Period::year(2015)));
  CHECK_FALSE(r->within(Period::year(2015)));
  CHECK_FALSE(Period::range(Period::year(2015), Period::year(2014)));
  CHECK(q1.canonical() == "2015-Q1");
  CHECK(Period::month(2015, 3).canonical() == "2015-03");
}
