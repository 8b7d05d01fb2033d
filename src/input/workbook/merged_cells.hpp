#pragma once
// Merged ranges, as offices use them in a table: a unit's name merged over its five rows means
// that name on each of the five. The <mergeCells> of a sheet come after its rows, so they are
// found by a first, quick pass over the inflated text (no XML parsing), and applied while the
// rows stream in the second.
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "input/workbook/workbook.hpp"

namespace cr::input::workbook {

struct MergedRange {
  int first_row = 0, last_row = 0, column = 0;  // the range's first column, 1-based
};

// Finds every <mergeCell ref="..."/> in a sheet's XML fed piece by piece.
class MergeScan {
 public:
  void feed(std::string_view piece);
  // The ranges spanning more than one row, sorted by first row; false from complete() when
  // there were more than limits::merged_ranges (the rest are ignored).
  std::vector<MergedRange> ranges() const;
  bool complete() const { return !overflow_; }

 private:
  void take(std::string_view element);

  std::string carry_;  // an element cut by the end of the last piece
  std::vector<MergedRange> ranges_;
  bool overflow_ = false;
};

// Gives each row's empty cells the value of a range merged down over them.
class FillDown {
 public:
  explicit FillDown(std::vector<MergedRange> ranges) : ranges_(std::move(ranges)) {}
  void apply(SheetRow& row);

 private:
  struct Active {
    int last_row = 0;
    std::string value;
  };
  std::vector<MergedRange> ranges_;
  std::size_t next_ = 0;
  std::map<int, Active> active_;  // by column
};

}  // namespace cr::input::workbook
