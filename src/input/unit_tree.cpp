#include "input/unit_tree.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <unordered_map>

namespace cr::input {

// Walks each chain of parents once, colouring units as it goes (0 unseen, 1 on the current
// walk, 2 done): meeting a unit of the current walk closes a cycle. Linear in the unit count.
std::vector<std::vector<std::size_t>> find_parent_cycles(const std::vector<model::OrgUnit>& units) {
  std::unordered_map<std::string, std::size_t> index;
  for (std::size_t i = 0; i < units.size(); ++i) index.emplace(units[i].id, i);
  std::vector<int> colour(units.size(), 0);
  std::vector<std::vector<std::size_t>> cycles;
  for (std::size_t start = 0; start < units.size(); ++start) {
    std::vector<std::size_t> walk;
    std::size_t at = start;
    while (colour[at] == 0) {
      colour[at] = 1;
      walk.push_back(at);
      auto parent = index.find(units[at].parent);
      if (units[at].parent.empty() || parent == index.end()) break;
      at = parent->second;
    }
    if (colour[at] == 1 && !walk.empty() && !units[at].parent.empty() && index.count(units[at].parent) != 0) {
      auto from = std::find(walk.begin(), walk.end(), at);
      std::vector<std::size_t> cycle(from, walk.end());
      std::rotate(cycle.begin(), std::min_element(cycle.begin(), cycle.end()), cycle.end());
      cycles.push_back(std::move(cycle));
    }
    for (std::size_t i : walk) colour[i] = 2;
  }
  return cycles;
}

// Depth by memo: each chain is walked up to the first unit whose depth is known, then filled in
// on the way back down, so every unit is visited a bounded number of times.
std::optional<std::size_t> first_too_deep(const std::vector<model::OrgUnit>& units, std::size_t max_levels) {
  std::unordered_map<std::string, std::size_t> index;
  for (std::size_t i = 0; i < units.size(); ++i) index.emplace(units[i].id, i);
  constexpr std::size_t unknown = 0, in_walk = static_cast<std::size_t>(-1);
  std::vector<std::size_t> level(units.size(), unknown);  // 1 for a root
  for (std::size_t start = 0; start < units.size(); ++start) {
    std::vector<std::size_t> walk;
    std::size_t at = start, base = 0;
    while (level[at] == unknown) {
      level[at] = in_walk;
      walk.push_back(at);
      auto parent = index.find(units[at].parent);
      if (units[at].parent.empty() || parent == index.end()) break;
      at = parent->second;
    }
    if (level[at] != unknown && level[at] != in_walk) base = level[at];
    for (auto it = walk.rbegin(); it != walk.rend(); ++it) level[*it] = ++base;
  }
  for (std::size_t i = 0; i < units.size(); ++i)
    if (level[i] > max_levels) return i;
  return std::nullopt;
}

}  // namespace cr::input
