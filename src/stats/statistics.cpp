#include "stats/statistics.hpp"

#include <algorithm>
#include <string_view>
#include <unordered_map>

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

bool overlaps_any(const model::Period& p, const std::vector<model::Period>& covered) {
  return std::any_of(covered.begin(), covered.end(), [&](const model::Period& c) { return c.overlaps(p); });
}

}  // namespace

// A unit's own records, those `keep` passes and no period above covers. Returns whether its
// subtree is to be walked too; pushes the unit's periods on `covered` when it is.
bool Statistics::collect_own(std::uint32_t indicator, std::uint32_t unit, const Keep& keep,
                             std::vector<std::uint32_t>& out, std::vector<model::Period>& covered) const {
  const auto& by_unit = by_unit_[indicator];
  auto own = by_unit.find(unit);
  if (own == by_unit.end()) return true;
  const std::size_t out_before = out.size();
  for (std::uint32_t r : own->second) {
    const model::Period& p = campaign_.records[r].period;
    if (keep(p) && !overlaps_any(p, covered)) out.push_back(r);
  }
  // What a unit states stands for its subtree over those periods: the parts below that fall
  // in them are not added again. For `last`, any own figure stands for the whole subtree.
  const bool whole = campaign_.indicators[indicator].aggregate == model::Aggregate::last;
  if (whole && out.size() > out_before) return false;
  for (std::uint32_t r : own->second) covered.push_back(campaign_.records[r].period);
  return true;
}

// Depth first with a stack of its own (a deep chain of parents must not exhaust the call
// stack); each unit is visited once, and a parent cycle (reported by the loader) is cut.
void Statistics::collect(std::uint32_t indicator, std::uint32_t unit, const Keep& keep,
                         std::vector<std::uint32_t>& out, std::vector<model::Period>& covered) const {
  struct Frame {
    std::uint32_t unit;
    std::size_t covered_before;
    std::size_t next_child;
  };
  std::vector<Frame> stack;
  std::size_t visits = 0;
  auto enter = [&](std::uint32_t u) {
    const std::size_t before = covered.size();
    if (++visits > campaign_.units.size() + 1 || !collect_own(indicator, u, keep, out, covered)) return;
    stack.push_back({u, before, 0});
  };
  enter(unit);
  while (!stack.empty()) {
    Frame& top = stack.back();
    const auto& kids = children(top.unit);
    if (top.next_child < kids.size()) {
      enter(kids[top.next_child++]);
      continue;
    }
    covered.resize(top.covered_before);
    stack.pop_back();
  }
}

std::vector<std::uint32_t> Statistics::records_for(
    std::uint32_t indicator, std::uint32_t unit,
    const std::function<bool(const model::Period&)>& keep) const {
  std::vector<std::uint32_t> out;
  std::vector<model::Period> covered;
  if (indicator < by_unit_.size()) collect(indicator, unit, keep, out, covered);
  std::sort(out.begin(), out.end());
  return out;
}

Lookup Statistics::aggregate_records(std::uint32_t indicator,
                                     const std::vector<std::uint32_t>& records) const {
  return aggregate(campaign_, records, campaign_.indicators[indicator].aggregate);
}

Lookup Statistics::figure(std::uint32_t indicator, const model::Period& period, std::uint32_t unit) const {
  if (indicator >= campaign_.indicators.size()) return Lookup::missing(Absence::unknown_indicator);
  if (unit != whole_campaign && unit >= campaign_.units.size()) return Lookup::missing(Absence::unknown_unit);
  auto records = records_for(indicator, unit, [&](const model::Period& p) { return p.within(period); });
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
