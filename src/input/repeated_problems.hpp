#pragma once
// One cause gives one diagnostic: when the same problem recurs on many rows (a misspelt
// indicator on 42 records), it is reported once, at its first row, "以及另外 41 行".
#include <string>
#include <unordered_map>

#include "diag/diagnostic.hpp"

namespace cr::input {

class RepeatedProblems {
 public:
  // Records `d` under `key`; a later diagnostic with the same key only adds to the count, and
  // its units to the cause's units (Diagnostic::units).
  void add(const std::string& key, diag::Diagnostic d);
  // Moves every problem, with its count, into `diagnostics`.
  void flush(diag::Diagnostics& diagnostics);

 private:
  struct Entry {
    diag::Diagnostic first;
    std::size_t count = 0;
  };
  std::unordered_map<std::string, Entry> entries_;
};

}  // namespace cr::input
