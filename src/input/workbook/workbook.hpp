#pragma once
// A workbook (.xlsx, or legacy .xls) read as its cells' values, sheet by sheet, row by row:
// what a campaign table needs and nothing more. Each cell comes as the text a CSV export of it
// would hold, so that the tables' own rules (10余, 约200, 2015年3月) apply unchanged:
//   - numbers as Excel shows them, to 15 significant digits, never in exponent form;
//   - a date as 2015-03-01, or 2015/3/1 when its format writes slashes, or 2015-03 when its
//     format shows only a year and a month; a percentage format gives 85%;
//   - a formula by its cached value (a formula without one is an error naming the cell);
//   - a range merged down a column gives its value to every row it covers.
// Problems are reported with the workbook's name, the sheet and the cell.
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "diag/diagnostic.hpp"

namespace cr::input::workbook {

struct SheetRow {
  int number = 0;                  // 1-based row number in the sheet
  std::vector<std::string> cells;  // from column A; trailing empty cells may be missing
};

// Receives each row holding at least one cell, in order (its cells may be taken); returns false
// to stop reading.
using RowSink = std::function<bool(SheetRow& row)>;

class Workbook {
 public:
  virtual ~Workbook() = default;
  // The sheets in the workbook's order.
  virtual const std::vector<std::string>& sheet_names() const = 0;
  // Streams sheet `index` to `sink`. False when the sheet could not be read to its end (the
  // reason is reported).
  virtual bool read_sheet(std::size_t index, diag::Diagnostics& diagnostics, const RowSink& sink) = 0;
};

// Whether `path` names a workbook this reader takes: .xlsx or .xls, in any letter case.
bool is_workbook_name(const std::filesystem::path& path);

// Opens the workbook at `path`, named `file` in diagnostics; nullptr, with a diagnostic, when it
// cannot be read as a workbook.
std::unique_ptr<Workbook> open_workbook(const std::filesystem::path& path, const std::string& file,
                                        diag::Diagnostics& diagnostics);

}  // namespace cr::input::workbook
