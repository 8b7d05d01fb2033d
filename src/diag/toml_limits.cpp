#include "diag/toml_limits.hpp"

#include <fmt/format.h>

namespace cr::diag {
namespace {

// A scanner of just enough TOML to know what is string, comment or structure.
class DepthScan {
 public:
  explicit DepthScan(std::string_view text) : text_(text) {}

  std::optional<TomlLimitProblem> run() {
    while (pos_ < text_.size()) {
      const char c = text_[pos_];
      if (c == '"' || c == '\'') {
        skip_string(c);
        continue;
      }
      if (c == '#') {
        while (pos_ < text_.size() && text_[pos_] != '\n') advance();
        continue;
      }
      if (c == '.' && ++dots_ > max_toml_depth) return too_deep("键名的层级（以“.”分隔的部分）", "dotted key");
      if (c == '[' || c == '{') {
        dots_ = 0;
        if (++nesting_ > max_toml_depth) return too_deep("方括号或花括号的嵌套", "[ or { nesting");
      } else if (c == ']' || c == '}') {
        dots_ = 0;
        if (nesting_ > 0) --nesting_;
      } else if (c == '=' || c == ',' || c == '\n') {
        dots_ = 0;
      }
      advance();
    }
    return std::nullopt;
  }

 private:
  void advance() {
    if (text_[pos_] == '\n') {
      ++line_;
      column_ = 1;
    } else if ((static_cast<unsigned char>(text_[pos_]) & 0xC0) != 0x80) {
      ++column_;
    }
    ++pos_;
  }

  // A basic ("..." or """...""") or literal ('...' or '''...''') string; an unclosed one ends at
  // the line end (single) or the file end (multi-line), where the parser reports it.
  void skip_string(char quote) {
    const bool multi = text_.substr(pos_, 3) == std::string(3, quote);
    for (int i = 0; i < (multi ? 3 : 1); ++i) advance();
    while (pos_ < text_.size()) {
      const char c = text_[pos_];
      if (!multi && c == '\n') return;
      if (quote == '"' && c == '\\' && pos_ + 1 < text_.size()) {
        advance();
        advance();
        continue;
      }
      if (c == quote && (!multi || text_.substr(pos_, 3) == std::string(3, quote))) {
        for (int i = 0; i < (multi ? 3 : 1); ++i) advance();
        return;
      }
      advance();
    }
  }

  TomlLimitProblem too_deep(std::string_view what_zh, std::string_view what_en) const {
    return {line_, column_, "toml-too-deep",
            fmt::format("{}超过 {} 层；活动配置不需要这样深的结构，文件可能已损坏", what_zh, max_toml_depth),
            fmt::format("the {} goes deeper than {} levels; no campaign needs that, the file may be damaged",
                        what_en, max_toml_depth)};
  }

  std::string_view text_;
  std::size_t pos_ = 0, dots_ = 0, nesting_ = 0;
  int line_ = 1, column_ = 1;
};

}  // namespace

std::optional<TomlLimitProblem> check_toml_size(std::uintmax_t bytes) {
  if (bytes <= max_toml_bytes) return std::nullopt;
  return TomlLimitProblem{
      0, 0, "toml-too-large",
      fmt::format("文件有 {} 字节，超过了配置文件的上限 {} 字节（1 MB）；它不像是手写的配置", bytes, max_toml_bytes),
      fmt::format("the file has {} bytes, over the {} bytes (1 MB) a configuration file may have; it does "
                  "not look written by hand",
                  bytes, max_toml_bytes)};
}

std::optional<TomlLimitProblem> check_toml_limits(std::string_view text) {
  if (auto problem = check_toml_size(text.size())) return problem;
  return DepthScan(text).run();
}

}  // namespace cr::diag
