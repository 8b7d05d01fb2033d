#include "batch/unit_selection.hpp"

#include <algorithm>
#include <charconv>
#include <set>

#include <fmt/format.h>

namespace cr::batch {
namespace {

std::set<std::string> root_ids(const model::Campaign& campaign) {
  std::set<std::string> roots;
  for (const model::OrgUnit& u : campaign.units)
    if (u.parent.empty()) roots.insert(u.id);
  return roots;
}

bool unknown_ids(const model::Campaign& campaign, const UnitChoice& choice, diag::Diagnostics& diagnostics) {
  bool unknown = false;
  for (const std::string& id : choice.ids) {
    if (campaign.find_unit(id) != nullptr) continue;
    diagnostics.error("", 0, 0, "unknown-unit", fmt::format("--units 中的“{}”不是 units.csv 的单位编码", id),
                      fmt::format("'{}' of --units is not a unit id of units.csv", id));
    unknown = true;
  }
  return unknown;
}

}  // namespace

std::optional<std::vector<std::size_t>> select_units(const model::Campaign& campaign, const UnitChoice& choice,
                                                     diag::Diagnostics& diagnostics) {
  if (unknown_ids(campaign, choice, diagnostics)) return std::nullopt;
  const std::set<std::string> roots = root_ids(campaign);
  const std::set<std::string> ids(choice.ids.begin(), choice.ids.end());
  std::vector<std::size_t> selected;
  for (std::size_t i = 0; i < campaign.units.size(); ++i) {
    const model::OrgUnit& u = campaign.units[i];
    const bool by_type = !choice.type.empty() && u.type == choice.type;
    const bool by_id = ids.count(u.id) != 0;
    const bool wanted = !choice.type.empty() && !ids.empty() ? by_type && by_id
                        : !choice.type.empty()              ? by_type
                        : !ids.empty()                      ? by_id
                                                            : roots.count(u.parent) != 0;
    if (wanted) selected.push_back(i);
  }
  if (selected.empty()) {
    const std::string what = !choice.type.empty() ? fmt::format("类型为“{}”的单位", choice.type) : "下级单位";
    const std::string what_en = !choice.type.empty() ? fmt::format("units of type '{}'", choice.type) : "sub-units";
    diagnostics.error("units.csv", 0, 0, "no-units-selected", fmt::format("units.csv 中没有所选的{}", what),
                      fmt::format("units.csv has none of the chosen {}", what_en));
    return std::nullopt;
  }
  return selected;
}

std::optional<Shard> parse_shard(const std::string& text) {
  const auto slash = text.find('/');
  if (slash == std::string::npos) return std::nullopt;
  Shard shard;
  const char* begin = text.data();
  const char* end = text.data() + text.size();
  auto [after_index, e1] = std::from_chars(begin, begin + slash, shard.index);
  auto [after_count, e2] = std::from_chars(begin + slash + 1, end, shard.count);
  if (e1 != std::errc{} || e2 != std::errc{} || after_index != begin + slash || after_count != end) return std::nullopt;
  if (shard.count < 1 || shard.index < 0 || shard.index >= shard.count) return std::nullopt;
  return shard;
}

std::vector<std::size_t> shard_slice(const std::vector<std::size_t>& selected, Shard shard) {
  std::vector<std::size_t> slice;
  for (std::size_t k = static_cast<std::size_t>(shard.index); k < selected.size();
       k += static_cast<std::size_t>(shard.count))
    slice.push_back(selected[k]);
  return slice;
}

}  // namespace cr::batch
