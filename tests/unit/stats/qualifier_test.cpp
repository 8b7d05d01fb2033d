#include <doctest/doctest.h>

#include "campaign_builder.hpp"
#include "stats/qualifier_rules.hpp"
#include "stats/statistics.hpp"

using cr::model::Aggregate;
using cr::model::Period;
using cr::model::Qualifier;
using cr::model::Scale;
using cr::stats::combined_qualifier;
using cr::stats::Statistics;
using cr::test::CampaignBuilder;
using cr::test::dec;

TEST_CASE("a total is exact only when every part is exact") {
  CHECK(combined_qualifier(Qualifier::exact, Qualifier::exact) == Qualifier::exact);
  const Qualifier exact[] = {Qualifier::exact, Qualifier::exact};
  CHECK(combined_qualifier(exact) == Qualifier::exact);
  CHECK(combined_qualifier(std::span<const Qualifier>{}) == Qualifier::exact);
}

TEST_CASE("a single part keeps its own word") {
  for (Qualifier q : {Qualifier::jin, Qualifier::yue, Qualifier::zuoyou, Qualifier::budao, Qualifier::yu,
                      Qualifier::bushaoyu}) {
    const Qualifier one[] = {q};
    CHECK(combined_qualifier(one) == q);
  }
  const Qualifier near_and_exact[] = {Qualifier::jin, Qualifier::exact};
  CHECK(combined_qualifier(near_and_exact) == Qualifier::yue);
  const Qualifier three[] = {Qualifier::exact, Qualifier::duo, Qualifier::duo};
  CHECK(combined_qualifier(three) == Qualifier::duo);
}

TEST_CASE("lower bounds stay lower bounds") {
  for (Qualifier q : {Qualifier::yu, Qualifier::duo, Qualifier::yishang, Qualifier::yu_over,
                      Qualifier::chaoguo, Qualifier::bushaoyu}) {
    CHECK(combined_qualifier(q, Qualifier::exact) == q);
    CHECK(combined_qualifier(Qualifier::exact, q) == q);
    CHECK(combined_qualifier(q, q) == q);
  }
  CHECK(combined_qualifier(Qualifier::yu, Qualifier::duo) == Qualifier::yu);
  CHECK(combined_qualifier(Qualifier::yishang, Qualifier::chaoguo) == Qualifier::yu);
}

TEST_CASE("any approximate part makes the total approximate") {
  for (Qualifier approx : {Qualifier::jin, Qualifier::yue, Qualifier::zuoyou, Qualifier::budao}) {
    for (Qualifier other :
         {Qualifier::exact, Qualifier::yu, Qualifier::duo, Qualifier::jin, Qualifier::budao}) {
      CHECK(combined_qualifier(approx, other) == Qualifier::yue);
      CHECK(combined_qualifier(other, approx) == Qualifier::yue);
    }
  }
}

TEST_CASE("10余 + 5 = 15余 through the statistics") {
  CampaignBuilder b;
  b.indicator("x", "场").indicator("y", "人").indicator("z", "元", Aggregate::max);
  auto c = b.record("x", "10", Period::year(2014), "", Qualifier::yu)
               .record("x", "5", Period::year(2015))
               .record("y", "10000", Period::year(2014), "", Qualifier::jin, Scale::wan)
               .record("y", "300", Period::year(2015), "", Qualifier::duo)
               .record("z", "3000000", Period::year(2014), "", Qualifier::duo, Scale::wan)
               .record("z", "100", Period::year(2015))
               .build();
  Statistics s(c);
  auto x = s.figure(0);
  CHECK(x->quantity.value == dec("15"));
  CHECK(x->quantity.qualifier == Qualifier::yu);
  CHECK(s.figure(0, Period::year(2015))->quantity.qualifier == Qualifier::exact);
  auto y = s.figure(1);
  CHECK(y->quantity.value == dec("10300"));
  CHECK(y->quantity.qualifier == Qualifier::yue);
  CHECK(y->quantity.written_scale == Scale::wan);            // the largest scale of the parts
  CHECK(s.figure(2)->quantity.qualifier == Qualifier::duo);  // the max of a lower bound is one too
}

TEST_CASE("近万 alone stays 近万; a sum with it becomes 约") {
  CampaignBuilder b;
  b.indicator("trained", "人次");
  auto c = b.record("trained", "10000", Period::year(2014), "", Qualifier::jin, Scale::wan)
               .record("trained", "5", Period::year(2015))
               .build();
  Statistics s(c);
  CHECK(s.figure(0, Period::year(2014))->quantity.qualifier == Qualifier::jin);
  CHECK(s.figure(0)->quantity.qualifier == Qualifier::yue);
  CHECK(s.figure(0)->quantity.value == dec("10005"));
}
