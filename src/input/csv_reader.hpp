#pragma once
// CSV as Excel and WPS write it, read with libcsv in strict mode and in constant memory:
// quoted cells may hold line breaks, so each record is reported with the physical line where it
// starts (the header is line 1). Tab-separated files (Excel's "Unicode 文本") are detected from
// the first line.
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "diag/diagnostic.hpp"

namespace cr::input {

struct CsvRecord {
  int line = 0;                     // physical line where the record starts
  std::vector<std::string> fields;  // as written, outer spaces trimmed, quotes removed
};

// Receives each record in order (the header first); returns false to stop reading.
using CsvSink = std::function<bool(const CsvRecord& record)>;

// Reads the table at `path` (named `name` in diagnostics). Returns false when the file could
// not be read cleanly to its end (not text, or a CSV syntax error, which is reported). A record
// with a syntax error is dropped and reading goes on at the next line, so the rows after it are
// still checked; after ten such errors the rest of the file is given up.
bool read_csv(const std::filesystem::path& path, const std::string& name, diag::Diagnostics& diagnostics,
              const CsvSink& sink);

// The delimiter of a table whose first line is `first_line`: tab when it has more tabs than
// commas (Excel's Unicode text export), else comma.
char detect_delimiter(std::string_view first_line);

}  // namespace cr::input
