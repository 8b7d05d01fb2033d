#include <doctest/doctest.h>

#include "campaign_builder.hpp"
#include "stats/statistics.hpp"

using cr::model::Period;
using cr::stats::Statistics;
using cr::test::CampaignBuilder;
using cr::test::dec;

namespace {

// A campaign of 2015 with last year's records beside its own ([compare] previous): last year the
// township stated its 2014 total and its village a December figure that total stands for.
cr::model::Campaign with_last_year() {
  auto c = CampaignBuilder()
               .indicator("visits", "人")
               .unit("t1")
               .unit("v1", "t1")
               .record("visits", "40", Period::year(2014), "t1")
               .record("visits", "8", Period::month(2014, 12), "v1")
               .record("visits", "10", Period::month(2015, 1), "v1")
               .record("visits", "5", Period::month(2015, 3), "")
               .build();
  c.records[0].origin = cr::model::Origin::previous;
  c.records[1].origin = cr::model::Origin::previous;
  return c;
}

}  // namespace

TEST_CASE("the whole campaign's figure counts only the campaign's own records") {
  const auto c = with_last_year();
  Statistics s(c);
  // Not 55: last year's 40 is the base of comparisons, not part of this year's total.
  CHECK(s.figure("visits", {}, "")->quantity.value == dec("15"));
  CHECK(s.figure("visits", {}, "")->record_count == 2);
  CHECK(s.figure("visits", {}, "t1")->quantity.value == dec("10"));
}

TEST_CASE("a dated period still finds last year's records") {
  const auto c = with_last_year();
  Statistics s(c);
  CHECK(s.figure("visits", Period::year(2014), "")->quantity.value == dec("40"));
  CHECK(s.figure("visits", Period::year(2014), "t1")->quantity.value == dec("40"));
  CHECK(s.figure("visits", Period::year(2015), "")->quantity.value == dec("15"));
}
