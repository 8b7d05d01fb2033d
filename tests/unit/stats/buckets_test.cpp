#include <doctest/doctest.h>

#include "campaign_builder.hpp"
#include "stats/buckets.hpp"

using cr::model::Aggregate;
using cr::model::Period;
using cr::stats::Absence;
using cr::stats::BucketSize;
using cr::stats::Statistics;
using cr::test::CampaignBuilder;
using cr::test::dec;

TEST_CASE("buckets cover the campaign and every dated record") {
  CampaignBuilder b;
  b.indicator("x", "次");
  auto c = b.record("x", "1", Period::month(2013, 12)).build();  // before the campaign (a warning upstream)
  auto years = cr::stats::buckets(c, BucketSize::year);
  REQUIRE(years.size() == 4);
  CHECK(years.front() == Period::year(2013));
  CHECK(years.back() == Period::year(2016));
  CHECK(cr::stats::buckets(c, BucketSize::quarter).size() == 10);  // 2013-Q4 .. 2016-Q1
  CHECK(cr::stats::buckets(c, BucketSize::month).size() == 28);    // 2013-12 .. 2016-03
}

TEST_CASE("a record counts in the bucket that holds its whole period, else in 未分期") {
  CampaignBuilder b;
  b.indicator("x", "次");
  auto c = b.record("x", "1", Period::month(2015, 2))
               .record("x", "2", Period::quarter(2015, 1))
               .record("x", "4", Period::year(2015))
               .record("x", "8", *Period::range(Period::month(2014, 12), Period::month(2015, 1)))
               .record("x", "16")
               .build();
  Statistics s(c);
  auto years = cr::stats::bucket_row(s, 0, cr::stats::whole_campaign, BucketSize::year);
  REQUIRE(years.periods.size() == 3);
  CHECK_FALSE(years.cells[0]);                           // 2014
  CHECK(years.cells[1]->quantity.value == dec("7"));     // 2015: month + quarter + year
  CHECK(years.unassigned->quantity.value == dec("24"));  // range + whole campaign
  auto quarters = cr::stats::bucket_row(s, 0, cr::stats::whole_campaign, BucketSize::quarter);
  CHECK(quarters.periods[1] == Period::quarter(2015, 1));
  CHECK(quarters.cells[1]->quantity.value == dec("3"));
  CHECK(quarters.unassigned->quantity.value == dec("28"));  // the year, the range, the whole
  auto months = cr::stats::bucket_row(s, 0, cr::stats::whole_campaign, BucketSize::month);
  CHECK(months.cells[3]->quantity.value == dec("1"));  // 2015-02
  CHECK(months.unassigned->quantity.value == dec("30"));
  CHECK(s.figure(0)->quantity.value == dec("31"));  // the total holds everything once
}

TEST_CASE("bucket rows carry year-on-year growth") {
  CampaignBuilder b;
  b.indicator("subsidy", "元", Aggregate::last).indicator("rate", "%", Aggregate::last);
  auto c = b.record("subsidy", "15940", Period::year(2014))
               .record("subsidy", "20940", Period::year(2015))
               .record("rate", "85.3", Period::year(2014))
               .record("rate", "87.9", Period::year(2015))
               .build();
  Statistics s(c);
  auto row = cr::stats::bucket_row(s, 0, cr::stats::whole_campaign, BucketSize::year);
  CHECK_FALSE(row.year_on_year[0]);
  CHECK(row.year_on_year[0].reason == cr::stats::NoComparison::missing_base);
  CHECK(row.year_on_year[1].amount->to_string() == "31.4");
  CHECK(row.year_on_year[2].reason == cr::stats::NoComparison::missing_current);
  CHECK(row.unassigned.absence == Absence::no_records);
  auto rate = cr::stats::bucket_row(s, 1, cr::stats::whole_campaign, BucketSize::year);
  CHECK(rate.year_on_year[1].kind == cr::stats::ComparisonKind::points);
  CHECK(rate.year_on_year[1].amount->to_string() == "2.6");
}

TEST_CASE("the base of 同比 is the same bucket a year earlier") {
  CHECK(cr::stats::year_before(Period::quarter(2015, 2)) == Period::quarter(2014, 2));
  CHECK(cr::stats::year_before(Period::month(2015, 3)) == Period::month(2014, 3));
  CHECK(cr::stats::year_before(Period::year(2015)) == Period::year(2014));
  CHECK(cr::stats::bucket_of(Period::month(2015, 3), BucketSize::quarter) == Period::quarter(2015, 1));
  CHECK_FALSE(cr::stats::bucket_of(Period::year(2015), BucketSize::quarter));
  CHECK_FALSE(cr::stats::bucket_of(Period::whole_campaign(), BucketSize::year));
}
