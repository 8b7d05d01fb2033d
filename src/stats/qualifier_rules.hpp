#pragma once
// How the precision claims of several figures combine when they are aggregated.
// A total never claims more precision than its parts (docs/data-format.md, 修饰词的传递):
// exact only when every part is exact; lower bounds stay lower bounds (10余 + 5 = 15余);
// any approximate part (近/约/左右/不到) makes the whole approximate (约).
#include <span>

#include "model/quantity.hpp"

namespace cr::stats {

// The qualifier of an aggregate of parts with these qualifiers. No parts: exact; one part: its
// own (近万 alone stays 近万). Lower bounds of one word keep it (300多 + 2000多 = 2300多); mixed
// lower-bound words give 余; two or more parts with any approximate one give 约 (近万 + 5 = 约10005).
model::Qualifier combined_qualifier(std::span<const model::Qualifier> parts);

// The same rule for two parts.
model::Qualifier combined_qualifier(model::Qualifier a, model::Qualifier b);

// The scale a total is written in: the largest of its parts' scales (30.6万 + 5000 stays in 万).
model::Scale combined_scale(model::Scale a, model::Scale b);

}  // namespace cr::stats
