#include "input/reference_index.hpp"

namespace cr::input {

void ReferenceIndex::add(const std::string& id, const std::string& name, std::uint32_t index) {
  by_id_.emplace(id, index);
  auto [it, inserted] = by_name_.emplace(name, index);
  if (!inserted) it->second = ambiguous;
}

std::optional<std::uint32_t> ReferenceIndex::find(std::string_view text) const {
  const std::string key(text);
  if (auto it = by_id_.find(key); it != by_id_.end()) return it->second;
  if (auto it = by_name_.find(key); it != by_name_.end() && it->second != ambiguous) return it->second;
  return std::nullopt;
}

}  // namespace cr::input
