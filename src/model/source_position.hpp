#pragma once
// Where a value came from, so that every later diagnostic can point at it.
#include <string>

namespace cr::model {

struct SourcePosition {
  std::string file;  // relative to the campaign folder: "records.csv", "narrative/results.md"
  int line = 0;      // 1-based physical line; 0 for a file-level position
  int column = 0;    // 1-based field (CSV) or character (text); 0 when not known
};

}  // namespace cr::model
