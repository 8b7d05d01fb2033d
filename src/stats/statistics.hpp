#pragma once
// The campaign's figures on demand: "the aggregate of indicator X over period P for unit U".
// Every consumer asks here (the report's placeholders, the workbook, `summary`); nothing else
// adds records up.
//
// Rules (docs/data-format.md):
// - Period: a record counts for period P when its own period lies wholly inside P. The whole
//   campaign (an empty period) takes every record of the campaign's own tables; last year's
//   records, added for a year-end report's comparisons ([compare] previous), count only for the
//   dated periods they lie in (model/own_records.hpp).
// - Unit: a unit's figure is rolled up its subtree. What a unit states for itself stands for its
//   whole subtree over the periods it covers: a record below that overlaps one of them (the
//   township's 2015 total beside its villages' monthly 2015 figures) is not added again, while
//   parts of other periods still count. For `last`, a unit's own figure for the period asked
//   stands for its whole subtree. The campaign level (no unit) is the same rule one step up:
//   records without a unit over the roots of the tree.
// - Aggregate: the indicator's own (stats/aggregate.hpp); qualifiers per stats/qualifier_rules.hpp.
//
// Example:
//   cr::stats::Statistics stats(campaign);
//   auto subsidy = stats.figure("subsidy", cr::model::Period::year(2015), "");
//   if (subsidy) use(subsidy->quantity);  // 20940 元, exact
//   else explain(subsidy.absence);
#include <cstdint>
#include <functional>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/campaign.hpp"
#include "stats/covering_records.hpp"
#include "stats/figure.hpp"

namespace cr::stats {

inline constexpr std::uint32_t whole_campaign = model::Record::no_unit;  // "no unit": the whole campaign

class Statistics {
 public:
  // Indexes the campaign's records; the campaign must outlive this object.
  explicit Statistics(const model::Campaign& campaign);

  const model::Campaign& campaign() const { return campaign_; }
  std::optional<std::uint32_t> indicator_index(std::string_view id) const;
  std::optional<std::uint32_t> unit_index(std::string_view id) const;

  // The aggregate of `indicator` over `period` for `unit` (rolled up its subtree).
  Lookup figure(std::uint32_t indicator, const model::Period& period = {},
                std::uint32_t unit = whole_campaign) const;
  // The same by ids, as placeholders name them: an empty unit id is the whole campaign.
  // Unknown ids give Absence::unknown_indicator / unknown_unit.
  Lookup figure(std::string_view indicator_id, const model::Period& period, std::string_view unit_id) const;

  // The records a figure of `indicator` for `unit` is made of, among those whose period passes
  // `keep`, with the roll-up rule above applied. Ascending record order.
  std::vector<std::uint32_t> records_for(std::uint32_t indicator, std::uint32_t unit,
                                         const std::function<bool(const model::Period&)>& keep) const;
  // A record the totals leave out by the rule above, and the record of a unit above it (or of the
  // campaign, with no unit) that stands for it: a village's March figure and its township's 2015.
  struct LeftOut {
    std::uint32_t record;
    std::uint32_t standing;
  };
  // Every record of `indicator` the campaign's total leaves out, in record order. `validate`
  // names them (input/rollup_checks.hpp), so that no figure vanishes from a total unsaid.
  std::vector<LeftOut> left_out(std::uint32_t indicator) const;
  // Aggregates such records by the indicator's own aggregate.
  Lookup aggregate_records(std::uint32_t indicator, const std::vector<std::uint32_t>& records) const;

  // The unit tree: children in units.csv order; children(whole_campaign) gives the roots
  // (units without a parent, or whose parent is unknown).
  const std::vector<std::uint32_t>& children(std::uint32_t unit) const;
  // Every unit reachable from the roots, each parent before its children (乡镇, then their 村),
  // with its depth (0 for a root). Units caught in a parent cycle are not reachable.
  struct TreeEntry {
    std::uint32_t unit;
    int depth;
  };
  std::vector<TreeEntry> units_in_tree_order() const;
  // Whether any record of `indicator` names a unit (so per-unit figures exist).
  bool has_unit_records(std::uint32_t indicator) const;

 private:
  using Keep = std::function<bool(const model::Period&)>;
  struct Collected {
    std::vector<std::uint32_t> records;  // those that make the figure
    std::vector<LeftOut> left_out;       // those a unit above stands for, when asked
    bool note_left_out = false;
    bool own_only = false;  // last year's records neither count nor cover (the whole campaign)
  };
  // Walks `top`'s subtree, each parent before its children, with a stack of its own (never
  // recursion: a chain of parents may be as long as units.csv). The own records of the units
  // above a unit stand for what lies below them over their periods. Each unit is visited once,
  // and each record is checked against the distinct periods stated above it.
  void collect(std::uint32_t indicator, std::uint32_t top, const Keep& keep, Collected& into) const;
  // collect's records in ascending order; with `own_only`, the campaign's own records alone.
  std::vector<std::uint32_t> counted_records(std::uint32_t indicator, std::uint32_t unit, const Keep& keep,
                                             bool own_only) const;
  // The own records of `unit`: kept, or left out for a record above that covers them. For `last`,
  // when the unit has a figure of its own, returns the record that stands for its whole subtree;
  // otherwise its records join `covered`.
  std::optional<std::uint32_t> collect_own(std::uint32_t indicator, std::uint32_t unit, const Keep& keep,
                                           Collected& into, CoveringRecords& covered) const;
  // Every record below `top` (at `depth`), left out for `standing`, in the walk's order.
  void leave_out(std::uint32_t indicator, std::uint32_t top, std::uint32_t standing, Collected& into,
                 std::size_t depth) const;

  const model::Campaign& campaign_;
  // Per indicator: unit (or whole_campaign) -> its records, in file order.
  std::vector<std::unordered_map<std::uint32_t, std::vector<std::uint32_t>>> by_unit_;
  std::unordered_map<std::uint32_t, std::vector<std::uint32_t>> children_;
  std::vector<std::uint32_t> no_children_;
};

}  // namespace cr::stats
