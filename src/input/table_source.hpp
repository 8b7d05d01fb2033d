#pragma once
// Where a table's rows come from: a CSV file, or a sheet of a workbook (records.xlsx, or the
// 记录 sheet of data.xlsx). Diagnostics about the table carry the source's place: a CSV line and
// field, or a sheet and cell (records.xlsx:记录!C17).
#include <filesystem>
#include <string>

#include "diag/diagnostic.hpp"
#include "input/workbook/workbook.hpp"

namespace cr::input {

struct TableSource {
  std::filesystem::path path;  // the file on disk
  std::string file;            // its name in the campaign folder: "records.csv", "data.xlsx"
  std::string sheet;           // the worksheet; empty for CSV
  workbook::Workbook* book = nullptr;
  std::size_t sheet_index = 0;

  bool is_sheet() const { return book != nullptr; }
  // The table as messages name it: "records.csv" / "data.xlsx 的“记录”工作表".
  std::string name_zh() const;
  std::string name_en() const;
  // Column `column` (1-based) as messages name it: "第3列" / "C列" in a sheet.
  std::string column_zh(int column) const;
  std::string column_en(int column) const;

  diag::Diagnostic diagnostic(int line, int column, diag::Severity severity, std::string code, std::string zh,
                              std::string en) const;
  void error(diag::Diagnostics& diagnostics, int line, int column, std::string code, std::string zh,
             std::string en) const;
  void warning(diag::Diagnostics& diagnostics, int line, int column, std::string code, std::string zh,
               std::string en) const;
};

// A CSV table `file` at `path`.
TableSource csv_source(std::filesystem::path path, std::string file);

}  // namespace cr::input
