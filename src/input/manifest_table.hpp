#pragma once
// Typed reading of one TOML table of campaign.toml, with diagnostics at the value's line and
// column for a wrong type and at the key's line for an unknown key.
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <toml++/toml.h>

#include "diag/diagnostic.hpp"
#include "model/date.hpp"
#include "model/source_position.hpp"

namespace cr::input {

int line_of(const toml::node& node);
int column_of(const toml::node& node);

// A value of the wrong type: `expected` is "string", "date", "integer", "boolean", "table",
// "array of tables" or "string or array of strings".
void report_wrong_type(const toml::node& node, std::string_view key, std::string_view expected,
                       diag::Diagnostics& diagnostics);

class TableReader {
 public:
  // `name` is the table's header without brackets ("campaign"), or "" for the top level.
  TableReader(const toml::table& table, std::string name, diag::Diagnostics& diagnostics)
      : table_(table), name_(std::move(name)), diagnostics_(diagnostics) {}

  // Each returns nullopt when the key is absent (an error if `required`) or mistyped (an error).
  std::optional<std::string> string(std::string_view key, bool required = false);
  std::optional<model::Date> date(std::string_view key, bool required = false);
  std::optional<std::int64_t> integer(std::string_view key, bool required = false);
  std::optional<bool> boolean(std::string_view key, bool required = false);
  // A string or an array of strings (editors = "秦华" or ["秦华", "黄瑾"]).
  std::optional<std::vector<std::string>> string_list(std::string_view key, bool required = false);

  // Where `key`'s value is in campaign.toml (line 0 when the key is absent).
  model::SourcePosition position(std::string_view key) const;

  // An error at `key`'s value: the value has the right type but is not acceptable.
  void invalid(std::string_view key, std::string_view zh, std::string_view en);
  // A warning at each key not in `known`.
  void warn_unknown(std::initializer_list<std::string_view> known);

 private:
  const toml::node* find(std::string_view key, bool required);
  // Reports a value with a control character, or too long for a workbook cell.
  bool output_text(const toml::node& node, std::string_view key, std::string_view value);
  std::string where(std::string_view key) const;

  const toml::table& table_;
  std::string name_;
  diag::Diagnostics& diagnostics_;
};

}  // namespace cr::input
