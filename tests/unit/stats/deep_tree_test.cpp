#include <doctest/doctest.h>

#include <chrono>
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
