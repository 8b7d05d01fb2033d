#include <doctest/doctest.h>

#include "campaign_builder.hpp"
#include "stats/statistics.hpp"

using cr::model::Aggregate;
using cr::model::Period;
using cr::stats::Absence;
using cr::stats::Statistics;
using cr::test::CampaignBuilder;
using cr::test::dec;

TEST_CASE("sum adds every record") {
  CampaignBuilder b;
  b.indicator("x", "次");
  auto c = b.record("x", "3", Period::year(2014)).record("x", "4.5", Period::year(2015)).build();
  CHECK(Statistics(c).figure(0)->quantity.value == dec("7.5"));
}

TEST_CASE("max takes the largest value") {
  CampaignBuilder b;
  b.indicator("x", "人", Aggregate::max);
  auto c = b.record("x", "3", Period::year(2014))
               .record("x", "9", Period::year(2015))
               .record("x", "5", Period::month(2015, 3))
               .build();
  CHECK(Statistics(c).figure(0)->quantity.value == dec("9"));
}

TEST_CASE("last takes each unit's latest period and adds the units") {
  CampaignBuilder b;
  b.indicator("members", "名", Aggregate::last).unit("t1").unit("t2");
  auto c = b.record("members", "20", Period::year(2015), "t1")
               .record("members", "18", Period::year(2014), "t1")
               .record("members", "11", Period::month(2014, 6), "t2")
               .record("members", "12", Period::month(2014, 12), "t2")
               .build();
  Statistics s(c);
  CHECK(s.figure(0)->quantity.value == dec("32"));                      // 20 + 12
  CHECK(s.figure(0, Period::year(2014))->quantity.value == dec("30"));  // 18 + 12
  CHECK(s.figure(0)->record_count == 2);
}

TEST_CASE("last of the subsidy is the later year's") {
  CampaignBuilder b;
  b.indicator("subsidy", "元", Aggregate::last);
  auto c =
      b.record("subsidy", "20940", Period::year(2015)).record("subsidy", "15940", Period::year(2014)).build();
  CHECK(Statistics(c).figure(0)->quantity.value == dec("20940"));
}

TEST_CASE("avg is the exact mean, two decimals finer than the parts") {
  CampaignBuilder b;
  b.indicator("x", "元", Aggregate::avg).indicator("y", "元", Aggregate::avg);
  auto c = b.record("x", "15940", Period::year(2014))
               .record("x", "20940", Period::year(2015))
               .record("y", "10", Period::year(2014))
               .record("y", "10", Period::year(2015))
               .record("y", "11", Period::month(2015, 1))
               .build();
  Statistics s(c);
  CHECK(s.figure(0)->quantity.value == dec("18440"));
  CHECK(s.figure(1)->quantity.value.to_string() == "10.33");
}

TEST_CASE("none gives the single value and refuses to combine several") {
  CampaignBuilder b;
  b.indicator("standard", "人", Aggregate::none);
  auto one = b.record("standard", "2").build();
  CHECK(Statistics(one).figure(0)->quantity.value == dec("2"));
  auto two = b.record("standard", "3", Period::year(2015)).build();
  CHECK(Statistics(two).figure(0).absence == Absence::not_aggregable);
  CHECK(Statistics(two).figure(0, Period::year(2015))->quantity.value == dec("3"));
}

TEST_CASE("a period takes the records that lie wholly inside it") {
  CampaignBuilder b;
  b.indicator("x", "次");
  auto c = b.record("x", "1", Period::month(2015, 3))
               .record("x", "10", Period::year(2015))
               .record("x", "100", *Period::range(Period::month(2014, 12), Period::month(2015, 2)))
               .record("x", "1000")
               .build();
  Statistics s(c);
  CHECK(s.figure(0, Period::year(2015))->quantity.value == dec("11"));
  CHECK(s.figure(0, Period::quarter(2015, 1))->quantity.value == dec("1"));
  CHECK(s.figure(0, Period::year(2014)).absence == Absence::no_records);
  CHECK(s.figure(0)->quantity.value == dec("1111"));
}
