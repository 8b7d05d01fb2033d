#include "input/output_text.hpp"

#include <fmt/format.h>

#include "diag/excerpt.hpp"
#include "text/utf8.hpp"

namespace cr::input {

std::optional<Problem> output_text_problem(std::string_view text, std::size_t limit) {
  std::size_t pos = 0, characters = 0;
  while (pos < text.size()) {
    const std::size_t at = pos;
    const auto cp = text::next_code_point(text, pos);
    if (!cp) {
      ++pos;
    } else if (*cp != '\t' && *cp != '\n' && *cp != '\r' && (*cp < 0x20 || (*cp >= 0x7F && *cp <= 0x9F))) {
      const std::string before = diag::quoted_excerpt(text.substr(0, at));
      return Problem{
          fmt::format("第 {} 个字符是控制字符 U+{:04X}（在“{}”之后），它不能出现在报告和工作簿中；请删去",
                      characters + 1, static_cast<std::uint32_t>(*cp), diag::terminal_safe(before)),
          fmt::format("character {} is the control character U+{:04X} (after '{}'), which no report or "
                      "workbook may hold; remove it",
                      characters + 1, static_cast<std::uint32_t>(*cp), diag::terminal_safe(before))};
    }
    if (++characters > limit)
      return Problem{fmt::format("文字长度超过 {} 个字符（“{}”）", limit, diag::quoted_excerpt(text)),
                     fmt::format("the text is longer than {} characters ('{}')", limit, diag::quoted_excerpt(text))};
  }
  return std::nullopt;
}

}  // namespace cr::input
