#pragma once
// The own records of the units above the one a walk of the unit tree is at: what a unit states
// stands for its subtree over those periods (stats/statistics.hpp). A stack that follows the
// walk down and back up. A record whose period is the same interval as one already held adds
// nothing, since the earlier one is always found first: a chain of units that each state the same
// twelve months holds twelve records, however long the chain.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <set>
#include <tuple>
#include <vector>

#include "model/campaign.hpp"

namespace cr::stats {

class CoveringRecords {
 public:
  explicit CoveringRecords(const model::Campaign& campaign) : campaign_(campaign) {}

  // A mark to come back to with pop_to when the walk leaves a unit.
  std::size_t size() const { return records_.size(); }
  void push(std::uint32_t record);
  void pop_to(std::size_t size);
  // The first record held (from the top of the tree down, then in file order) whose period
  // overlaps `period`.
  std::optional<std::uint32_t> first_overlapping(const model::Period& period) const;

 private:
  using Interval = std::tuple<bool, long, long>;  // whole campaign, first day, last day
  static Interval interval_of(const model::Period& period);

  const model::Campaign& campaign_;
  std::vector<std::uint32_t> records_;
  std::set<Interval> held_;
};

}  // namespace cr::stats
