#include <doctest/doctest.h>

#include "campaign_builder.hpp"
#include "stats/statistics.hpp"

using cr::model::Period;
using cr::stats::Absence;
using cr::stats::Statistics;
using cr::test::CampaignBuilder;
using cr::test::dec;

namespace {

// 县 t0 with townships t1 (villages v1, v2) and t2 (village v3).
CampaignBuilder tree() {
  CampaignBuilder b;
  b.indicator("visits", "人")
      .unit("t0")
      .unit("t1", "t0")
      .unit("t2", "t0")
      .unit("v1", "t1")
      .unit("v2", "t1")
      .unit("v3", "t2");
  return b;
}

}  // namespace

TEST_CASE("a unit's figure rolls up its villages") {
  auto c = tree()
               .record("visits", "10", {}, "v1")
               .record("visits", "15", {}, "v2")
               .record("visits", "7", {}, "v3")
               .build();
  Statistics s(c);
  CHECK(s.figure("visits", {}, "t1")->quantity.value == dec("25"));
  CHECK(s.figure("visits", {}, "t2")->quantity.value == dec("7"));
  CHECK(s.figure("visits", {}, "t0")->quantity.value == dec("32"));
  CHECK(s.figure("visits", {}, "")->quantity.value == dec("32"));  // the campaign: the roots
  CHECK(s.figure("visits", {}, "t0")->record_count == 3);
  CHECK(s.figure("visits", {}, "v2")->quantity.value == dec("15"));
}

TEST_CASE("a unit's own figure stands for its subtree and is not added to its parts") {
  auto c = tree()
               .record("visits", "10", {}, "v1")
               .record("visits", "15", {}, "v2")
               .record("visits", "30", {}, "t1")  // the township states its own total
               .record("visits", "7", {}, "v3")
               .build();
  Statistics s(c);
  CHECK(s.figure("visits", {}, "t1")->quantity.value == dec("30"));
  CHECK(s.figure("visits", {}, "t0")->quantity.value == dec("37"));
}

TEST_CASE("a campaign-wide record is the campaign's figure") {
  auto c = tree().record("visits", "10", {}, "v1").record("visits", "100").build();
  Statistics s(c);
  CHECK(s.figure("visits", {}, "")->quantity.value == dec("100"));
  CHECK(s.figure("visits", {}, "t0")->quantity.value == dec("10"));
}

TEST_CASE("unknown ids and missing data are answered, not guessed") {
  auto c = tree().record("visits", "10", {}, "v1").build();
  Statistics s(c);
  CHECK(s.figure("nothing", {}, "").absence == Absence::unknown_indicator);
  CHECK(s.figure("visits", {}, "nowhere").absence == Absence::unknown_unit);
  CHECK(s.figure("visits", {}, "t2").absence == Absence::no_records);
  CHECK_FALSE(s.figure("visits", {}, "t2"));
}

TEST_CASE("the unit tree lists townships before their villages") {
  auto c = tree().build();
  Statistics s(c);
  auto order = s.units_in_tree_order();
  REQUIRE(order.size() == 6);
  std::string ids;
  for (auto e : order) ids += c.units[e.unit].id + ":" + std::to_string(e.depth) + " ";
  CHECK(ids == "t0:0 t1:1 v1:2 v2:2 t2:1 v3:2 ");
}

TEST_CASE("a parent cycle neither loops nor crashes") {
  CampaignBuilder b;
  b.indicator("visits", "人").unit("a", "b").unit("b", "a").unit("c");
  auto c = b.record("visits", "3", {}, "a").record("visits", "4", {}, "c").build();
  Statistics s(c);
  CHECK(s.figure("visits", {}, "")->quantity.value == dec("4"));  // a and b hang from no root
  CHECK(s.figure("visits", {}, "b")->quantity.value == dec("3"));
  CHECK(s.units_in_tree_order().size() == 1);
}

TEST_CASE("sums are exact decimals") {
  CampaignBuilder b;
  b.indicator("money", "元");
  auto c =
      b.record("money", "197.28", Period::year(2015)).record("money", "0.01", Period::year(2015)).build();
  Statistics s(c);
  CHECK(s.figure("money", {}, "")->quantity.value.to_string() == "197.29");
}

TEST_CASE("a unit's own figure stands for its parts only over the periods it covers") {
  auto c =
      tree()
          .record("visits", "120", Period::month(2014, 12), "v1")
          .record("visits", "80", Period::month(2015, 1), "v2")
          .record("visits", "30", Period::month(2016, 1), "v1")  // inside the township's range
          .record("visits", "1000", *Period::range(Period::month(2015, 11), Period::month(2016, 2)), "t1")
          .record("visits", "7", Period::month(2016, 1), "v3")
          .build();
  Statistics s(c);
  CHECK(s.figure("visits", {}, "t1")->quantity.value == dec("1200"));  // 1000 + 120 + 80, not + 30
  CHECK(s.figure("visits", {}, "t1")->record_count == 3);
  CHECK(s.figure("visits", Period::year(2014), "t1")->quantity.value == dec("120"));
  // January 2016 of t1 lies inside its own Nov-Feb figure, which no year holds: no figure, not 30.
  CHECK(s.figure("visits", Period::year(2016), "t1").absence == Absence::no_records);
  CHECK(s.figure("visits", Period::year(2016), "t0")->quantity.value == dec("7"));
  CHECK(s.figure("visits", Period::year(2016), "v1")->quantity.value == dec("30"));  // the village itself
}

TEST_CASE("for `last`, a unit's own figure stands for its whole subtree") {
  CampaignBuilder b;
  b.indicator("members", "名", cr::model::Aggregate::last).unit("t1").unit("v1", "t1").unit("v2", "t1");
  auto c = b.record("members", "40", Period::year(2014), "v1")
               .record("members", "35", Period::year(2014), "v2")
               .record("members", "80", Period::year(2015), "t1")
               .build();
  Statistics s(c);
  CHECK(s.figure("members", {}, "t1")->quantity.value == dec("80"));
  CHECK(s.figure("members", Period::year(2014), "t1")->quantity.value == dec("75"));
}

namespace {

std::string left_out_lines(const cr::model::Campaign& c, const Statistics& s, std::uint32_t indicator) {
  std::string out;
  for (const auto& left : s.left_out(indicator))
    out += std::to_string(c.records[left.record].line) + "<" + std::to_string(c.records[left.standing].line) +
           " ";
  return out;
}

}  // namespace

TEST_CASE("the records a unit's own figure stands for are named, with the line that stands") {
  const Period summer = *Period::range(Period::month(2016, 6), Period::month(2016, 8));
  auto c = tree()
               .record("visits", "120", Period::month(2015, 3), "v1")  // line 2
               .record("visits", "80", Period::month(2015, 4), "v2")   // line 3
               .record("visits", "30", Period::month(2016, 1), "v1")   // line 4
               .record("visits", "1000", Period::year(2015), "t1")     // line 5
               .record("visits", "7", Period::month(2016, 7), "v3")    // line 6
               .record("visits", "50", summer)                         // line 7, no unit
               .build();
  Statistics s(c);
  // t1's 2015 stands for v1's March and v2's April; the campaign's own summer figure stands for
  // v3's July. v1's January 2016 lies outside both and counts.
  CHECK(left_out_lines(c, s, 0) == "2<5 3<5 6<7 ");
  CHECK(s.figure("visits", {}, "")->quantity.value == dec("1080"));  // 1000 + 30 + 50
}

TEST_CASE("for `last`, a unit's own figure stands for every record below it") {
  CampaignBuilder b;
  b.indicator("members", "名", cr::model::Aggregate::last).unit("t1").unit("v1", "t1").unit("v2", "t1");
  auto c = b.record("members", "40", Period::year(2014), "v1")     // line 2
               .record("members", "80", Period::year(2015), "t1")  // line 3
               .record("members", "35", Period::year(2014), "v2")  // line 4
               .record("members", "78", Period::year(2014), "t1")  // line 5
               .build();
  Statistics s(c);
  CHECK(left_out_lines(c, s, 0) == "2<3 4<3 ");  // the latest of t1's own figures stands
}

TEST_CASE("nothing is left out where no unit states a figure of its own") {
  auto c = tree()
               .record("visits", "10", Period::year(2015), "v1")
               .record("visits", "15", Period::year(2015), "v2")
               .record("visits", "7", Period::year(2015), "t2")
               .build();
  Statistics s(c);
  CHECK(s.left_out(0).empty());
}
