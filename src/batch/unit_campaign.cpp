#include "batch/unit_campaign.hpp"

#include <limits>
#include <unordered_map>
#include <vector>

namespace cr::batch {
namespace {

// Whether each unit lies in the subtree of `top` (itself included): a walk down from `top`
// through the units whose parent is the unit at hand, with a stack of its own and each unit
// visited once, so that a chain of parents as long as units.csv costs what a wide tree does. A
// parent cycle (the loader reports it) is walked once round.
std::vector<bool> in_subtree(const model::Campaign& whole, std::size_t top) {
  std::unordered_map<std::string, std::size_t> index;
  for (std::size_t i = 0; i < whole.units.size(); ++i) index.emplace(whole.units[i].id, i);
  std::vector<std::vector<std::size_t>> children(whole.units.size());
  for (std::size_t i = 0; i < whole.units.size(); ++i)
    if (auto parent = index.find(whole.units[i].parent); parent != index.end()) children[parent->second].push_back(i);
  std::vector<bool> inside(whole.units.size(), false);
  inside[top] = true;
  std::vector<std::size_t> stack{top};
  while (!stack.empty()) {
    const std::size_t at = stack.back();
    stack.pop_back();
    for (std::size_t child : children[at])
      if (!inside[child]) {
        inside[child] = true;
        stack.push_back(child);
      }
  }
  return inside;
}

}  // namespace

std::string unit_title(const model::Campaign& whole, const model::OrgUnit& unit) {
  std::string title = whole.title;
  const auto at = whole.region.empty() ? std::string::npos : title.find(whole.region);
  if (at == std::string::npos) return unit.name + title;
  return title.replace(at, whole.region.size(), unit.name);
}

model::Campaign unit_campaign(const model::Campaign& whole, std::size_t unit) {
  const model::OrgUnit& top = whole.units[unit];
  model::Campaign c;
  c.folder = whole.folder;
  c.id = whole.id;
  c.title = unit_title(whole, top);
  const auto signs = whole.unit_organizations.find(top.id);
  c.organization = signs == whole.unit_organizations.end() ? top.name : signs->second;
  c.start = whole.start;
  c.end = whole.end;
  c.short_name = whole.short_name;
  c.region = top.name;
  c.source = whole.source;
  c.published = whole.published;
  c.editors = whole.editors;
  c.programs = whole.programs;
  c.report = whole.report;
  c.indicators = whole.indicators;
  c.notes = whole.notes;
  c.narratives = whole.narratives;
  c.unit_organizations = whole.unit_organizations;

  const std::vector<bool> inside = in_subtree(whole, unit);
  constexpr auto outside = std::numeric_limits<std::uint32_t>::max();
  std::vector<std::uint32_t> renumbered(whole.units.size(), outside);
  for (std::size_t i = 0; i < whole.units.size(); ++i) {
    if (!inside[i]) continue;
    renumbered[i] = static_cast<std::uint32_t>(c.units.size());
    c.units.push_back(whole.units[i]);
  }
  c.units[renumbered[unit]].parent.clear();  // the unit is the root of its own report
  for (const model::Record& r : whole.records) {
    if (!r.has_unit() || renumbered[r.unit] == outside) continue;
    c.records.push_back(r);
    c.records.back().unit = renumbered[r.unit];
  }
  return c;
}

}  // namespace cr::batch
