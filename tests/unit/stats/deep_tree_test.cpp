#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <string>

#include "campaign_builder.hpp"
#include "stats/buckets.hpp"
#include "stats/statistics.hpp"

using cr::model::Period;
using cr::stats::Statistics;
using cr::test::CampaignBuilder;
using cr::test::dec;

// The loader refuses a tree this deep (input/unit_tree.hpp), so the statistics never see one
// from the command line; they must not crawl on one all the same: parents are found by hash
// (a linear search per unit took 21.8 s at 10,000).
TEST_CASE("a 5,000-deep chain of parents rolls up in linear time") {
  CampaignBuilder b;
  b.indicator("x", "次");
  cr::model::Campaign c = b.build();
  constexpr std::uint32_t depth = 5000;
  for (std::uint32_t i = 0; i < depth; ++i)
    c.units.push_back({"u" + std::to_string(i), "u", "", i == 0 ? "" : "u" + std::to_string(i - 1), {}});
  cr::model::Record leaf;
  leaf.indicator = 0;
  leaf.unit = depth - 1;
  leaf.line = 2;
  leaf.value = *cr::model::CompactDecimal::from(dec("7"));
  c.records.push_back(leaf);
  const auto started = std::chrono::steady_clock::now();
  const Statistics stats(c);
  const auto figure = stats.figure(0, Period{}, 0);
  REQUIRE(figure);
  CHECK(figure->quantity.value == dec("7"));
  CHECK(std::chrono::steady_clock::now() - started < std::chrono::seconds(5));
}

namespace {

using cr::model::Aggregate;

// A chain u0 > u1 > ... of `depth` units.
void add_chain(cr::model::Campaign& c, std::uint32_t depth) {
  for (std::uint32_t i = 0; i < depth; ++i)
    c.units.push_back({"u" + std::to_string(i), "u", "", i == 0 ? "" : "u" + std::to_string(i - 1), {}});
}

void add_record(cr::model::Campaign& c, std::uint32_t indicator, std::uint32_t unit, const Period& period,
                std::uint64_t value) {
  cr::model::Record r;
  r.indicator = indicator;
  r.unit = unit;
  r.line = static_cast<std::uint32_t>(c.records.size() + 2);
  r.period = period;
  r.value = *cr::model::CompactDecimal::from(dec(std::to_string(value).c_str()));
  c.records.push_back(r);
}

// Seconds of CPU this process has used since `started` (a std::clock()): unlike the wall clock,
// it does not grow when a loaded machine keeps the test waiting, so a bound on it catches
// quadratic work in a sanitizer build on a busy machine without failing a linear walk.
double cpu_seconds_since(std::clock_t started) {
  return static_cast<double>(std::clock() - started) / CLOCKS_PER_SEC;
}

}  // namespace

// Every walk over the tree keeps a stack of its own: a 100,000-deep chain (ten thousand times
// what the loader lets through) would overflow the call stack of a recursive one.
TEST_CASE("a 100,000-deep chain rolls up by the covering rule, without recursion, in linear time") {
  CampaignBuilder b;
  b.indicator("sum", "次");
  b.indicator("last", "个", Aggregate::last);
  cr::model::Campaign c = b.build();
  constexpr std::uint32_t depth = 100000;
  add_chain(c, depth);
  // Unit i states month 1 + i % 12 of 2015, value i + 1: each month is stated first by one of
  // u0..u11, and that figure stands for the same month of every unit below.
  for (std::uint32_t i = 0; i < depth; ++i) add_record(c, 0, i, Period::month(2015, 1 + static_cast<int>(i % 12)), i + 1);
  // `last`: every unit states 2015; the highest unit's figure stands for its whole subtree.
  for (std::uint32_t i = 0; i < depth; ++i) add_record(c, 1, i, Period::year(2015), i + 1);

  const std::clock_t started = std::clock();
  const Statistics stats(c);
  const auto root = stats.figure(0, Period{}, 0);
  REQUIRE(root);
  CHECK(root->quantity.value == dec("78"));  // 1 + 2 + ... + 12
  const auto middle = stats.figure(0, Period{}, 50000);
  REQUIRE(middle);
  CHECK(middle->quantity.value == dec("600078"));  // 50001 + ... + 50012
  const auto march = stats.figure(0, Period::month(2015, 3), 0);
  REQUIRE(march);
  CHECK(march->quantity.value == dec("3"));
  const auto whole = stats.figure(0, Period{}, cr::stats::whole_campaign);
  REQUIRE(whole);
  CHECK(whole->quantity.value == dec("78"));

  const auto left = stats.left_out(0);
  REQUIRE(left.size() == depth - 12);
  CHECK(left.front().record == 12);
  CHECK(left.front().standing == 0);
  CHECK(left.back().record == depth - 1);
  CHECK(left.back().standing == (depth - 1) % 12);

  const auto last = stats.figure(1, Period{}, 0);
  REQUIRE(last);
  CHECK(last->quantity.value == dec("1"));
  const auto last_left = stats.left_out(1);
  REQUIRE(last_left.size() == depth - 1);
  CHECK(last_left.front().record == depth + 1);
  CHECK(last_left.back().record == 2 * depth - 1);
  CHECK(std::all_of(last_left.begin(), last_left.end(), [&](const auto& l) { return l.standing == depth; }));

  const auto tree = stats.units_in_tree_order();
  REQUIRE(tree.size() == depth);
  CHECK(tree.back().unit == depth - 1);
  CHECK(tree.back().depth == static_cast<int>(depth) - 1);
  CHECK(cpu_seconds_since(started) < 20);
}

TEST_CASE("a 100,000-wide tree rolls up its children, and a root's own year stands for them") {
  CampaignBuilder b;
  b.indicator("x", "次");
  b.indicator("stated", "次");
  cr::model::Campaign c = b.build();
  constexpr std::uint32_t width = 100000;
  c.units.push_back({"root", "县", "", "", {}});
  for (std::uint32_t i = 1; i <= width; ++i) {
    c.units.push_back({"v" + std::to_string(i), "村", "", "root", {}});
    add_record(c, 0, i, Period::month(2015, 1 + static_cast<int>(i % 12)), 2);
    add_record(c, 1, i, Period::month(2015, 1 + static_cast<int>(i % 12)), 2);
  }
  add_record(c, 1, 0, Period::year(2015), 5);  // the county's own 2015 total
  const std::clock_t started = std::clock();
  const Statistics stats(c);
  const auto x = stats.figure(0, Period{}, 0);
  REQUIRE(x);
  CHECK(x->quantity.value == dec("200000"));
  CHECK(stats.left_out(0).empty());
  const auto stated = stats.figure(1, Period{}, 0);
  REQUIRE(stated);
  CHECK(stated->quantity.value == dec("5"));
  const auto left = stats.left_out(1);
  REQUIRE(left.size() == width);
  CHECK(std::all_of(left.begin(), left.end(), [&](const auto& l) { return l.standing == 2 * width; }));
  const auto village = stats.figure(1, Period{}, 7);
  REQUIRE(village);
  CHECK(village->quantity.value == dec("2"));
  CHECK(stats.units_in_tree_order().size() == width + 1);
  CHECK(cpu_seconds_since(started) < 20);
}

TEST_CASE("a parent cycle ends the walk: its units are no root's, and a figure asked of one comes back") {
  CampaignBuilder b;
  b.indicator("x", "次");
  auto c = b.unit("a", "b").unit("b", "a").unit("c").record("x", "3", Period::year(2015), "a")
               .record("x", "4", Period::year(2015), "c").build();
  const Statistics stats(c);
  const auto whole = stats.figure(0, Period{}, cr::stats::whole_campaign);
  REQUIRE(whole);
  CHECK(whole->quantity.value == dec("4"));
  CHECK(stats.units_in_tree_order().size() == 1);
  // a: walked round the cycle until the depth bound, its own figure met again and not added twice
  const auto a = stats.figure(0, Period{}, 0);
  REQUIRE(a);
  CHECK(a->quantity.value == dec("3"));
}

TEST_CASE("buckets cover only the years that hold the campaign or a record") {
  CampaignBuilder b;
  b.indicator("x", "次");
  auto c = b.record("x", "1", Period::month(2199, 12)).build();  // far from 2014-2016
  const auto months = cr::stats::buckets(c, cr::stats::BucketSize::month);
  // 2014-11 .. 2016-12 (26 months), then the twelve of 2199: no empty year between.
  REQUIRE(months.size() == 26 + 12);
  CHECK(months[25] == Period::month(2016, 12));
  CHECK(months[26] == Period::month(2199, 1));
  CHECK(months.back() == Period::month(2199, 12));
}
