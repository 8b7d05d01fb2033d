#include "input/repeated_problems.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace cr::input {
namespace {

// The units of one cause are those of all its rows; a row of no known unit unties the cause.
std::vector<std::string> joined_units(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  if (a.empty() || b.empty()) return {};
  std::vector<std::string> units = a;
  for (const std::string& unit : b)
    if (std::find(units.begin(), units.end(), unit) == units.end()) units.push_back(unit);
  return units;
}

}  // namespace

void RepeatedProblems::add(const std::string& key, diag::Diagnostic d) {
  auto [it, inserted] = entries_.try_emplace(key);
  Entry& entry = it->second;
  if (!inserted) d.units = joined_units(entry.first.units, d.units);
  if (inserted || d.line < entry.first.line)
    entry.first = std::move(d);
  else
    entry.first.units = std::move(d.units);
  ++entry.count;
}

void RepeatedProblems::flush(diag::Diagnostics& diagnostics) {
  for (auto& [key, entry] : entries_) {
    diag::Diagnostic d = std::move(entry.first);
    if (entry.count > 1) {
      d.message_zh += fmt::format("（以及另外 {} 行）", entry.count - 1);
      d.message_en += fmt::format(" (and {} more rows)", entry.count - 1);
    }
    diagnostics.add(std::move(d));
  }
  entries_.clear();
}

}  // namespace cr::input
