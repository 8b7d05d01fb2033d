#pragma once
// What a TOML parser's error means for someone editing campaign.toml in Notepad or WPS: the
// usual slips (Chinese quotation marks, a full-width ＝ or ：, 2015/01/01 for a date, 【】 for a
// section, a key written twice, a quote left open) explained in both languages. The parser's
// own description stays in the English text, for whoever reads further.
#include <string>
#include <string_view>

namespace cr::diag {

struct TomlExplanation {
  std::string zh, en;
};

// `description` is the parser's message, `line` the text of the line it points at.
TomlExplanation explain_toml_error(std::string_view description, std::string_view line);

// Line `number` (1-based) of `text`, without its line end; empty when there is no such line.
std::string_view line_of(std::string_view text, std::size_t number);

}  // namespace cr::diag
