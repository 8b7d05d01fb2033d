#include "input/repeated_problems.hpp"

#include <fmt/format.h>

namespace cr::input {

void RepeatedProblems::add(const std::string& key, diag::Diagnostic d) {
  auto [it, inserted] = entries_.try_emplace(key);
  if (inserted || d.line < it->second.first.line) it->second.first = std::move(d);
  ++it->second.count;
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
