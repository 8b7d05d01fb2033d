#pragma once
// Finds each table of a campaign folder in whichever form the office keeps it: indicators.csv,
// indicators.xlsx or indicators.xls, or the 指标 (indicators) sheet of one data.xlsx holding the
// three tables. A table found in two forms is an error naming both: which one is current cannot
// be guessed.
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "diag/diagnostic.hpp"
#include "input/table_source.hpp"
#include "input/tables.hpp"
#include "input/workbook/workbook.hpp"

namespace cr::input {

enum class Table { indicators, units, records };

struct FoundTable {
  std::optional<TableSource> source;
  TableState state = TableState::absent;  // when there is no source: absent, or unreadable (reported)
};

class TableSources {
 public:
  // `root` is the canonical campaign folder; data.xlsx (or data.xls), when present, is opened here.
  TableSources(std::filesystem::path root, diag::Diagnostics& diagnostics);

  // The source of `table`; a required table that is absent is reported as missing.
  FoundTable find(Table table, bool required, diag::Diagnostics& diagnostics);

 private:
  std::optional<TableSource> open_file(const std::string& file, const std::filesystem::path& path, Table table,
                                       diag::Diagnostics& diagnostics, bool& unreadable);

  std::filesystem::path root_;
  std::string data_file_;  // "data.xlsx", "data.xls" or empty
  std::unique_ptr<workbook::Workbook> data_;
  bool data_unreadable_ = false;
  std::vector<std::unique_ptr<workbook::Workbook>> books_;
};

}  // namespace cr::input
