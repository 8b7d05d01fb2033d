#pragma once
// Finding an indicator or unit by what a records.csv cell says: its id, or else its name when
// exactly one entry has that name (officials often type 指标名称 instead of the code).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace cr::input {

class ReferenceIndex {
 public:
  void add(const std::string& id, const std::string& name, std::uint32_t index);
  std::optional<std::uint32_t> find(std::string_view text) const;

 private:
  static constexpr std::uint32_t ambiguous = UINT32_MAX;
  std::unordered_map<std::string, std::uint32_t> by_id_, by_name_;
};

}  // namespace cr::input
