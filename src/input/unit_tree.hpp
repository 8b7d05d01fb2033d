#pragma once
// The units' parent links form a tree; a cycle (A's parent is B, B's parent is A) would make
// every roll-up loop forever, so it is found and listed.
#include <cstddef>
#include <vector>

#include "model/campaign.hpp"

namespace cr::input {

// Every cycle of parent links, each listed from its unit that comes first in the table, in
// parent order. Unknown parents end a chain (they are reported elsewhere).
std::vector<std::vector<std::size_t>> find_parent_cycles(const std::vector<model::OrgUnit>& units);

}  // namespace cr::input
