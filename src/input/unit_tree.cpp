#include "input/unit_tree.hpp"

#include <algorithm>
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

}  // namespace cr::input
