#include "diag/toml_syntax.hpp"

#include <fmt/format.h>

namespace cr::diag {
namespace {

bool has(std::string_view text, std::string_view part) { return text.find(part) != std::string_view::npos; }

// The character the parser saw instead of what it expected: "… saw '：'" -> "：".
std::string seen(std::string_view description) {
  const std::size_t at = description.rfind("saw '");
  if (at == std::string_view::npos) return {};
  const std::size_t start = at + 5, end = description.find('\'', start);
  return std::string(description.substr(start, end == std::string_view::npos ? end : end - start));
}

// The value after the line's '=' (or full-width ＝), leading spaces skipped.
std::string_view value_of(std::string_view line) {
  std::size_t at = line.find('=');
  std::size_t skip = 1;
  if (at == std::string_view::npos) at = line.find("＝"), skip = 3;
  if (at == std::string_view::npos) return {};
  std::string_view value = line.substr(at + skip);
  while (!value.empty() && (value.front() == ' ' || value.front() == '\t')) value.remove_prefix(1);
  return value;
}

bool starts_with_chinese_quote(std::string_view value) {
  for (std::string_view mark : {"“", "”", "‘", "’", "「", "『"})
    if (value.starts_with(mark)) return true;
  return false;
}

}  // namespace

std::string_view line_of(std::string_view text, std::size_t number) {
  std::size_t start = 0;
  for (std::size_t n = 1; n < number; ++n) {
    const std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) return {};
    start = end + 1;
  }
  std::string_view line = text.substr(start, text.find('\n', start) - start);
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return line;
}

TomlExplanation explain_toml_error(std::string_view description, std::string_view line) {
  const std::string saw = seen(description);
  const std::string detail(description);
  const auto out = [&](std::string zh, std::string en) {
    return TomlExplanation{std::move(zh), fmt::format("{} ({})", en, detail)};
  };
  if (has(description, "could not determine value type")) {
    if (starts_with_chinese_quote(value_of(line)))
      return out("值用了中文引号；文字要用英文双引号括起，如 title = \"……\"",
                 "the value is in Chinese quotation marks; text is written in straight double quotes, "
                 "like title = \"...\"");
    return out(
        "这个值的写法无法识别：文字要用英文双引号括起（如 title = \"……\"），日期写成 2016-11-21，数字直接写",
        "this value cannot be read: text is written in double quotes (title = \"...\"), a date as "
        "2016-11-21, a number as it is");
  }
  if (has(description, "expected '='") && !saw.empty())
    return out(fmt::format("名称和值之间要用英文等号 =，这里写的是「{}」", saw),
               fmt::format("a name and its value are joined by a plain '=', not '{}'", saw));
  if (has(description, "parsing date") || has(description, "parsing time") ||
      (saw == "/" && has(description, "integer")))
    return out("日期要写成 年-月-日，月和日都是两位数，如 2015-01-01",
               "a date is written year-month-day with two-digit month and day, like 2015-01-01");
  if (has(description, "cannot redefine existing")) {
    // "… cannot redefine existing string 'id'": the name is the last quoted word.
    const std::size_t close = description.rfind('\'');
    const std::size_t open = close == std::string_view::npos || close == 0
                                 ? std::string_view::npos
                                 : description.rfind('\'', close - 1);
    const std::string name = open == std::string_view::npos
                                 ? std::string()
                                 : std::string(description.substr(open + 1, close - open - 1));
    return out(fmt::format("名称「{}」在这一节里写了两次，请删去多余的一行", name),
               fmt::format("the name '{}' is written twice in this section; delete one of the lines", name));
  }
  if (has(description, "expected keys, tables") && !saw.empty())
    return out(
        fmt::format("节名要用英文方括号，如 [campaign]，这里写的是「{}」", saw),
        fmt::format("a section name is written in plain square brackets, like [campaign], not '{}'", saw));
  if ((has(description, "parsing string") || has(description, "literal string")) &&
      has(description, "control characters"))
    return out("引号没有在这一行内闭合：行末缺少英文双引号 \"",
               "a quote is not closed on its line: the line lacks its closing double quote");
  if (has(description, "expected a comment or whitespace") && !saw.empty())
    return out(
        fmt::format("这一行的值后面多了「{}」：一行只写一项“名称 = 值”，文字整个放在一对英文双引号里", saw),
        fmt::format("the value is followed by '{}': a line holds one name = value, text in one pair "
                    "of double quotes",
                    saw));
  return out("TOML 语法错误：" + detail, "TOML syntax error");
}

}  // namespace cr::diag
