#pragma once
// A data table (indicators.csv, units.csv, records.csv, or a sheet of a workbook) seen through
// its header: the header row is matched to the columns, blank rows (Excel writes ",,,," for
// formatted empty rows) are skipped, and each data row is handed on with its cells found by
// column. In a sheet, title rows above the header ("示例县2024年统计表") are skipped: the header
// is the first row naming a required column.
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.hpp"
#include "input/csv_reader.hpp"
#include "input/header.hpp"
#include "input/table_source.hpp"

namespace cr::input {

// One data row of a table.
class Row {
 public:
  Row(const CsvRecord& record, const HeaderMap& header, const TableSource& source)
      : record_(record), header_(header), source_(source) {}

  int line() const { return record_.line; }
  bool has(std::size_t spec) const { return header_.has(spec); }
  // The cell of column `spec`, surrounding spaces removed; "" when the column is absent.
  std::string_view cell(std::size_t spec) const;
  // 1-based field number of column `spec` (0 when absent), and its header as written.
  int column(std::size_t spec) const { return header_.field_of[spec] + 1; }
  std::string title(std::size_t spec) const { return header_.title(header_.field_of[spec]); }
  // "第3列「数值」" / "column 3 'value'" (in a sheet "C列「数值」"), for messages.
  std::string where_zh(std::size_t spec) const;
  std::string where_en(std::size_t spec) const;

 private:
  const CsvRecord& record_;
  const HeaderMap& header_;
  const TableSource& source_;
};

// The cell of required column `spec`; nullopt with an "empty-cell" error when it is empty, and
// silently when the column itself is missing (reported once at the header).
std::optional<std::string_view> required_cell(const Row& row, std::size_t spec, const TableSource& source,
                                              diag::Diagnostics& diagnostics);

struct TableOutcome {
  bool complete = false;  // read to its end
  bool has_header = false;
  bool required_columns = false;  // the header has every required column
  std::size_t data_rows = 0;
};

// Reads `source` with columns `specs`; `on_row` sees each non-blank data row. Cells past the
// header's width are ignored, with one warning for the whole table.
TableOutcome read_table(const TableSource& source, const std::vector<ColumnSpec>& specs,
                        diag::Diagnostics& diagnostics,
                        const std::function<void(const Row&)>& on_row);

}  // namespace cr::input
