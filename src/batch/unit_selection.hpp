#pragma once
// Which units get a report of their own in `build --per-unit`, and which of them one shard of a
// run builds.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "diag/diagnostic.hpp"
#include "model/campaign.hpp"

namespace cr::batch {

struct UnitChoice {
  std::string type;               // --unit-type: every unit of this type
  std::vector<std::string> ids;   // --units: these units (and, with a type, of that type)
};

// Indices into campaign.units, in units.csv order: the units of `choice`, else the roots'
// direct children. nullopt with an error for an id that is not a unit, or a choice that
// matches no unit (a scheduled job should not succeed quietly at doing nothing).
std::optional<std::vector<std::size_t>> select_units(const model::Campaign& campaign, const UnitChoice& choice,
                                                     diag::Diagnostics& diagnostics);

// "i/N" with 0 <= i < N, as --shard takes it; nullopt when malformed.
struct Shard {
  int index = 0, count = 1;
};
std::optional<Shard> parse_shard(const std::string& text);

// The units of `selected` that shard `shard` builds: every count-th one from its index, so the
// shards are disjoint, their union is the whole, and each unit's shard never depends on the
// machine or the run.
std::vector<std::size_t> shard_slice(const std::vector<std::size_t>& selected, Shard shard);

}  // namespace cr::batch
