#include <doctest/doctest.h>

#include "campaign_builder.hpp"
#include "stats/summaries.hpp"

using cr::model::Period;
using cr::stats::Statistics;
using cr::test::CampaignBuilder;
using cr::test::dec;

namespace {

cr::model::Campaign campaign_with_programs() {
  CampaignBuilder b;
  b.indicator("trained", "人次", cr::model::Aggregate::sum, "suzhi")
      .indicator("villages", "个", cr::model::Aggregate::last)
      .indicator("visits", "人", cr::model::Aggregate::sum, "minxin")
      .unit("t1")
      .unit("v1", "t1")
      .unit("t2");
  auto c = b.record("trained", "100", Period::year(2014))
               .record("trained", "120", Period::year(2015))
               .record("villages", "76")
               .record("visits", "5", {}, "v1")
               .record("visits", "7", {}, "t2")
               .build();
  c.programs = {{"suzhi", "素质提升工程", "", {}},
                {"empty", "尚无指标的工程", "", {}},
                {"minxin", "冬令民心工程", "", {}}};
  return c;
}

}  // namespace

TEST_CASE("the general profile comes first, then the programs in campaign order") {
  auto c = campaign_with_programs();
  Statistics s(c);
  auto all = cr::stats::program_summaries(s);
  REQUIRE(all.size() == 4);
  CHECK(all[0].program == nullptr);
  REQUIRE(all[0].rows.size() == 1);
  CHECK(c.indicators[all[0].rows[0].indicator].id == "villages");
  CHECK(all[1].program->id == "suzhi");
  CHECK(all[2].program->id == "empty");
  CHECK(all[2].rows.empty());
  CHECK(all[3].program->id == "minxin");
  const auto& trained = all[1].rows[0];
  CHECK(trained.total->quantity.value == dec("220"));
  REQUIRE(trained.years.periods.size() == 3);  // 2014..2016
  CHECK(trained.years.cells[1]->quantity.value == dec("120"));
  CHECK(trained.years.year_on_year[1].amount->to_string() == "20.0");
}

TEST_CASE("unit summaries follow the tree and hold the indicators reported by unit") {
  auto c = campaign_with_programs();
  Statistics s(c);
  auto units = cr::stats::unit_summaries(s);
  REQUIRE(units.size() == 3);
  CHECK(c.units[units[0].unit].id == "t1");
  CHECK(c.units[units[1].unit].id == "v1");
  CHECK(units[1].depth == 1);
  CHECK(c.units[units[2].unit].id == "t2");
  REQUIRE(units[0].figures.size() == 1);  // visits only: trained and villages have no unit records
  CHECK(c.indicators[units[0].figures[0].indicator].id == "visits");
  CHECK(units[0].figures[0].figure->quantity.value == dec("5"));
  CHECK(units[2].figures[0].figure->quantity.value == dec("7"));
}
