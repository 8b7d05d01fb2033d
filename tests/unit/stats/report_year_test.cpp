#include <doctest/doctest.h>

#include "campaign_builder.hpp"
#include "stats/report_year.hpp"
#include "stats/statistics.hpp"

using cr::model::Aggregate;
using cr::model::Date;
using cr::model::Period;
using cr::model::Qualifier;
using cr::stats::Statistics;
using cr::test::CampaignBuilder;
using cr::test::dec;

namespace {

CampaignBuilder year_campaign(int last_month) {
  CampaignBuilder b;
  b.indicator("x", "次");
  for (int m = 1; m <= last_month; ++m) b.record("x", "1", Period::month(2025, m));
  return b;
}

cr::model::Campaign spanning(CampaignBuilder b, Date start, Date end) {
  auto c = b.build();
  c.start = start;
  c.end = end;
  return c;
}

}  // namespace

TEST_CASE("a year the data covers to December is compared whole with the year before") {
  auto c = spanning(year_campaign(12), {2025, 1, 1}, {2025, 12, 31});
  auto year = cr::stats::report_year(c, 2025);
  CHECK_FALSE(year.partial());
  CHECK(year.current == Period::year(2025));
  CHECK(year.base == Period::year(2024));
  CHECK(year.against() == "比上年");
}

TEST_CASE("a year whose latest record ends in September is compared with the same months") {
  auto c = spanning(year_campaign(9), {2025, 1, 1}, {2025, 12, 31});
  auto year = cr::stats::report_year(c, 2025);
  CHECK(year.partial());
  CHECK(year.last_month == 9);
  CHECK(year.current == *Period::range(Period::month(2025, 1), Period::month(2025, 9)));
  CHECK(year.base == *Period::range(Period::month(2024, 1), Period::month(2024, 9)));
  CHECK(year.against() == "比上年同期");
}

TEST_CASE("a campaign that ends in June cuts the year there, whatever the records say") {
  auto c = spanning(year_campaign(12), {2025, 1, 1}, {2025, 6, 30});
  CHECK(cr::stats::report_year(c, 2025).last_month == 6);
}

TEST_CASE("an earlier year of the data is whole, and the chosen year falls back to the end's") {
  auto c = spanning(year_campaign(9), {2024, 1, 1}, {2025, 12, 31});
  CHECK_FALSE(cr::stats::report_year(c, 2024).partial());
  CHECK(cr::stats::chosen_year(c) == 2025);
  c.report.year = 2024;
  CHECK(cr::stats::chosen_year(c) == 2024);
}

// Figures worked by hand: the latest record is October's, so 2025 is 1至10月, against 2024年1至10月.
TEST_CASE("the year's figures of every aggregate, against a hand-worked expectation") {
  CampaignBuilder b;
  b.unit("t1").unit("v1", "t1").unit("v2", "t1");
  b.indicator("trainees", "人次")                    // sum
      .indicator("peak", "件", Aggregate::max)       // max
      .indicator("villages", "个", Aggregate::last)  // last, as of the end
      .indicator("rate", "%", Aggregate::last)       // a rate
      .indicator("funds", "万元")                    // money in 万元
      .indicator("people", "人次");                  // approximate values
  b.record("trainees", "30", Period::month(2025, 1), "v1")
      .record("trainees", "45", Period::month(2025, 9), "v2")
      .record("trainees", "100", Period::month(2025, 10), "v1")  // the latest record: 1至10月
      .record("trainees", "20", Period::month(2024, 3), "v1")
      .record("trainees", "40", Period::month(2024, 11), "v2")  // the base stops at October too
      .record("peak", "61", Period::month(2025, 2), "t1")
      .record("peak", "88", Period::month(2025, 7), "t1")
      .record("peak", "70", Period::month(2024, 8), "t1")
      .record("villages", "12", Period::month(2025, 3))
      .record("villages", "13", Period::month(2025, 8))
      .record("rate", "93.8", Period::quarter(2025, 1))
      .record("rate", "95.7", Period::quarter(2025, 3))
      .record("rate", "93.1", Period::quarter(2024, 3))
      .record("funds", "22.7", Period::month(2025, 4), "t1")
      .record("funds", "18.35", Period::month(2025, 5), "t1")
      .record("people", "300", Period::month(2025, 6), "v1", Qualifier::yu)
      .record("people", "118", Period::month(2025, 6), "v2");
  auto c = spanning(b, {2024, 1, 1}, {2025, 12, 31});
  Statistics s(c);
  auto year = cr::stats::report_year(c, 2025);
  REQUIRE(year.last_month == 10);
  CHECK(s.figure(0, year.current)->quantity.value == dec("175"));  // 30 + 45 + 100
  CHECK(s.figure(0, year.base)->quantity.value == dec("20"));      // November is not in the base
  CHECK(s.figure(1, year.current)->quantity.value == dec("88"));
  CHECK(s.figure(1, year.base)->quantity.value == dec("70"));
  CHECK(s.figure(2, year.current)->quantity.value == dec("13"));  // the latest: August
  CHECK_FALSE(s.figure(2, year.base));                            // no base: nothing to compare
  CHECK(s.figure(3, year.current)->quantity.value == dec("95.7"));
  CHECK(s.figure(3, year.base)->quantity.value == dec("93.1"));
  CHECK(s.figure(4, year.current)->quantity.value == dec("41.05"));
  CHECK(s.figure(4, year.current)->quantity.unit == "万元");
  auto people = s.figure(5, year.current);
  CHECK(people->quantity.value == dec("418"));
  CHECK(people->quantity.qualifier == Qualifier::yu);  // 418余: a lower bound stays one
}
