#pragma once
// What a TOML file may hold before it reaches the parser. toml++ parses dotted keys and nested
// arrays by recursion: a key of 40,000 dotted parts, or arrays nested as deep, exhausts the
// stack. Nothing a campaign needs comes near these limits.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace cr::diag {

constexpr std::size_t max_toml_bytes = 1 << 20;  // campaign.toml is a few KB; a template tens
constexpr std::size_t max_toml_depth = 32;       // dotted parts of a key, or nested [ and {

struct TomlLimitProblem {
  int line = 0, column = 0;  // 0, 0 for the file's size
  std::string code;          // "toml-too-large" or "toml-too-deep"
  std::string zh, en;
};

// The size limit alone, for a file not read yet (it could be gigabytes).
std::optional<TomlLimitProblem> check_toml_size(std::uintmax_t bytes);

// The first limit `text` breaks, or nullopt. Strings and comments are skipped as TOML reads
// them, so a dot or a bracket inside a value's text does not count.
std::optional<TomlLimitProblem> check_toml_limits(std::string_view text);

}  // namespace cr::diag
