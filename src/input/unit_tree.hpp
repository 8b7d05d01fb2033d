#pragma once
// The units' parent links form a tree; a cycle (A's parent is B, B's parent is A) would make
// every roll-up loop forever, so it is found and listed.
#include <cstddef>
#include <optional>
#include <vector>

#include "model/campaign.hpp"

namespace cr::input {

// Every cycle of parent links, each listed from its unit that comes first in the table, in
// parent order. Unknown parents end a chain (they are reported elsewhere).
std::vector<std::vector<std::size_t>> find_parent_cycles(const std::vector<model::OrgUnit>& units);

// A county has four or five levels (县, 乡镇, 村, 组); a deeper tree is a mistake in units.csv,
// and each level costs every roll-up a step.
constexpr std::size_t max_unit_levels = 10;

// The first unit, in table order, that lies more than `max_levels` levels down (a root is level
// 1). Linear in the unit count, without recursion; call it on a tree without cycles.
std::optional<std::size_t> first_too_deep(const std::vector<model::OrgUnit>& units, std::size_t max_levels);

}  // namespace cr::input
