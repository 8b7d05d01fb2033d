#include "stats/statistics.hpp"

#include <algorithm>
#include <string_view>
#include <unordered_map>
#include <span>
#include <tuple>

#include "stats/aggregate.hpp"

namespace cr::stats {
namespace {

template <typename T>
std::optional<std::uint32_t> index_of(const std::vector<T>& items, std::string_view id) {
  for (std::size_t i = 0; i < items.size(); ++i)
    if (items[i].id == id) return static_cast<std::uint32_t>(i);
  return std::nullopt;
}

}  // namespace

Statistics::Statistics(const model::Campaign& campaign)
    : campaign_(campaign), by_unit_(campaign.indicators.size()) {
  for (std::size_t i = 0; i < campaign.records.size(); ++i) {
    const model::Record& r = campaign.records[i];
    if (r.indicator < by_unit_.size()) by_unit_[r.indicator][r.unit].push_back(static_cast<std::uint32_t>(i));
  }
  // Parents are looked up by hash: a linear search per unit made 50,000 units quadratic.
  std::unordered_map<std::string_view, std::uint32_t> units;
  for (std::size_t u = 0; u < campaign.units.size(); ++u)
    units.emplace(campaign.units[u].id, static_cast<std::uint32_t>(u));
  for (std::size_t u = 0; u < campaign.units.size(); ++u) {
    auto parent = campaign.units[u].parent.empty() ? units.end() : units.find(campaign.units[u].parent);
    children_[parent != units.end() ? parent->second : whole_campaign].push_back(static_cast<std::uint32_t>(u));
  }
}

std::optional<std::uint32_t> Statistics::indicator_index(std::string_view id) const {
  return index_of(campaign_.indicators, id);
}

std::optional<std::uint32_t> Statistics::unit_index(std::string_view id) const {
  return index_of(campaign_.units, id);
}

const std::vector<std::uint32_t>& Statistics::children(std::uint32_t unit) const {
  auto it = children_.find(unit);
  return it == children_.end() ? no_children_ : it->second;
}

namespace {

// Of the given records of one unit, the one `last` takes: the latest period, then the later line.
std::uint32_t latest(const model::Campaign& campaign, std::span<const std::uint32_t> records) {
  auto key = [&](std::uint32_t r) {
    const model::Record& x = campaign.records[r];
    return std::tuple(x.period.is_whole_campaign(), x.period.last, x.line);
  };
  return *std::max_element(records.begin(), records.end(),
                           [&](std::uint32_t a, std::uint32_t b) { return key(a) < key(b); });
}

// A step of a walk down the unit tree: a unit to enter at its depth, or, with `leave_to` set,
// the way back up past a unit.
struct Step {
  static constexpr std::size_t entering = static_cast<std::size_t>(-1);
  std::uint32_t unit;
  std::size_t depth;
  std::size_t leave_to = entering;
};

// Pushes `children` so that they are popped in units.csv order.
void push_children(std::vector<Step>& stack, const std::vector<std::uint32_t>& children, std::size_t depth) {
  for (auto it = children.rbegin(); it != children.rend(); ++it) stack.push_back({*it, depth});
}

}  // namespace

void Statistics::collect(std::uint32_t indicator, std::uint32_t top, const Keep& keep, Collected& into) const {
  CoveringRecords covered(campaign_);
  std::vector<Step> stack{{top, 0}};
  while (!stack.empty()) {
    const Step step = stack.back();
    stack.pop_back();
    if (step.leave_to != Step::entering) {
      covered.pop_to(step.leave_to);
      continue;
    }
    if (step.depth > campaign_.units.size()) continue;  // a parent cycle: the loader reports it
    const std::size_t mark = covered.size();
    if (const auto standing = collect_own(indicator, step.unit, keep, into, covered)) {
      if (into.note_left_out) leave_out(indicator, step.unit, *standing, into, step.depth);
      continue;
    }
    stack.push_back({step.unit, step.depth, mark});
    push_children(stack, children(step.unit), step.depth + 1);
  }
}

std::optional<std::uint32_t> Statistics::collect_own(std::uint32_t indicator, std::uint32_t unit, const Keep& keep,
                                                     Collected& into, CoveringRecords& covered) const {
  const auto& by_unit = by_unit_[indicator];
  const auto own = by_unit.find(unit);
  if (own == by_unit.end()) return std::nullopt;
  const std::size_t out_before = into.records.size();
  const auto counts = [&](std::uint32_t r) { return !into.own_only || campaign_.records[r].is_own(); };
  for (std::uint32_t r : own->second) {
    const model::Period& p = campaign_.records[r].period;
    if (!counts(r) || !keep(p)) continue;
    if (auto above = covered.first_overlapping(p)) {
      if (into.note_left_out) into.left_out.push_back({r, *above});
    } else {
      into.records.push_back(r);
    }
  }
  // What a unit states stands for its subtree over those periods: the parts below that fall in
  // them are not added again. For `last`, any own figure stands for the whole subtree.
  if (campaign_.indicators[indicator].aggregate == model::Aggregate::last && into.records.size() > out_before)
    return latest(campaign_, std::span<const std::uint32_t>(into.records).subspan(out_before));
  for (std::uint32_t r : own->second)
    if (counts(r)) covered.push(r);
  return std::nullopt;
}

void Statistics::leave_out(std::uint32_t indicator, std::uint32_t top, std::uint32_t standing, Collected& into,
                           std::size_t depth) const {
  const auto& by_unit = by_unit_[indicator];
  std::vector<Step> stack;
  push_children(stack, children(top), depth + 1);
  while (!stack.empty()) {
    const Step step = stack.back();
    stack.pop_back();
    if (step.depth > campaign_.units.size()) continue;
    if (auto own = by_unit.find(step.unit); own != by_unit.end())
      for (std::uint32_t r : own->second) into.left_out.push_back({r, standing});
    push_children(stack, children(step.unit), step.depth + 1);
  }
}

std::vector<std::uint32_t> Statistics::records_for(
    std::uint32_t indicator, std::uint32_t unit,
    const std::function<bool(const model::Period&)>& keep) const {
  return counted_records(indicator, unit, keep, false);
}

std::vector<std::uint32_t> Statistics::counted_records(std::uint32_t indicator, std::uint32_t unit, const Keep& keep,
                                                       bool own_only) const {
  Collected collected;
  collected.own_only = own_only;
  if (indicator < by_unit_.size()) collect(indicator, unit, keep, collected);
  std::sort(collected.records.begin(), collected.records.end());
  return collected.records;
}

std::vector<Statistics::LeftOut> Statistics::left_out(std::uint32_t indicator) const {
  Collected collected;
  collected.note_left_out = true;
  if (indicator < by_unit_.size())
    collect(indicator, whole_campaign, [](const model::Period&) { return true; }, collected);
  std::sort(collected.left_out.begin(), collected.left_out.end(),
            [](const LeftOut& a, const LeftOut& b) { return a.record < b.record; });
  return collected.left_out;
}

Lookup Statistics::aggregate_records(std::uint32_t indicator,
                                     const std::vector<std::uint32_t>& records) const {
  return aggregate(campaign_, records, campaign_.indicators[indicator].aggregate);
}

Lookup Statistics::figure(std::uint32_t indicator, const model::Period& period, std::uint32_t unit) const {
  if (indicator >= campaign_.indicators.size()) return Lookup::missing(Absence::unknown_indicator);
  if (unit != whole_campaign && unit >= campaign_.units.size()) return Lookup::missing(Absence::unknown_unit);
  auto records = counted_records(indicator, unit, [&](const model::Period& p) { return p.within(period); },
                                 period.is_whole_campaign());
  return aggregate_records(indicator, records);
}

Lookup Statistics::figure(std::string_view indicator_id, const model::Period& period,
                          std::string_view unit_id) const {
  auto indicator = indicator_index(indicator_id);
  if (!indicator) return Lookup::missing(Absence::unknown_indicator);
  std::uint32_t unit = whole_campaign;
  if (!unit_id.empty()) {
    auto found = unit_index(unit_id);
    if (!found) return Lookup::missing(Absence::unknown_unit);
    unit = *found;
  }
  return figure(*indicator, period, unit);
}

std::vector<Statistics::TreeEntry> Statistics::units_in_tree_order() const {
  std::vector<TreeEntry> order;
  std::vector<TreeEntry> stack;
  const auto& roots = children(whole_campaign);
  for (auto it = roots.rbegin(); it != roots.rend(); ++it) stack.push_back({*it, 0});
  while (!stack.empty() && order.size() <= campaign_.units.size()) {
    TreeEntry e = stack.back();
    stack.pop_back();
    order.push_back(e);
    const auto& kids = children(e.unit);
    for (auto it = kids.rbegin(); it != kids.rend(); ++it) stack.push_back({*it, e.depth + 1});
  }
  return order;
}

bool Statistics::has_unit_records(std::uint32_t indicator) const {
  if (indicator >= by_unit_.size()) return false;
  const auto& by_unit = by_unit_[indicator];
  return by_unit.size() > (by_unit.count(whole_campaign) ? 1u : 0u);
}

}  // namespace cr::stats
