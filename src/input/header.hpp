#pragma once
// The columns of a table and how a header row names them. Officials edit these files in Excel
// or WPS, so each column has an English and a Chinese name; names match ignoring case,
// surrounding spaces and full-width forms, and column order is free.
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.hpp"
#include "input/table_source.hpp"

namespace cr::input {

struct ColumnSpec {
  std::string_view key;                   // English header, also the canonical name
  std::vector<std::string_view> aliases;  // Chinese headers (the first is the documented one)
  bool required = false;
};

// A header row matched against the specs: which field holds each column.
struct HeaderMap {
  static constexpr int absent = -1;
  std::vector<int> field_of;        // per spec, 0-based field index or absent
  std::vector<std::string> titles;  // the header row as written, for messages

  bool has(std::size_t spec) const { return field_of[spec] != absent; }
  // The title of field `field` (0-based) as written in the header, or the spec's key.
  std::string title(int field) const;
};

// The form in which header names are compared: width folded, spaces removed, ASCII lower case.
std::string normalize_header(std::string_view text);

// Matches `header` (the first record of `file`, at physical line `line`) against `specs`:
// a missing required column is an error, an unknown or repeated column a warning/error.
HeaderMap match_header(const std::vector<ColumnSpec>& specs, const std::vector<std::string>& header,
                       const TableSource& source, int line, diag::Diagnostics& diagnostics);
HeaderMap match_header(const std::vector<ColumnSpec>& specs, const std::vector<std::string>& header,
                       const std::string& file, int line, diag::Diagnostics& diagnostics);

// Whether one of `cells` names a required column of `specs`: how the header row of a sheet is
// told from the title rows above it ("示例县2024年统计表").
bool names_required_column(const std::vector<ColumnSpec>& specs, const std::vector<std::string>& cells);

}  // namespace cr::input
