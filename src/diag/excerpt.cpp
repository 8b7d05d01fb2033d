#include "diag/excerpt.hpp"

#include <fmt/format.h>

#include "text/utf8.hpp"

namespace cr::diag {

std::string quoted_excerpt(std::string_view text) {
  std::size_t pos = 0, characters = 0;
  while (pos < text.size() && characters < excerpt_characters) {
    if (!text::next_code_point(text, pos)) ++pos;  // an invalid byte counts as one character
    ++characters;
  }
  if (pos >= text.size()) return std::string(text);
  return std::string(text.substr(0, pos)) + "…";
}

bool is_hidden_control(char32_t cp) {
  return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || cp == 0x061C || cp == 0x200E || cp == 0x200F ||
         (cp >= 0x2028 && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

std::string terminal_safe(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t start = pos;
    const auto cp = text::next_code_point(text, pos);
    if (!cp) {
      out += fmt::format("<{:02X}>", static_cast<unsigned char>(text[pos++]));
    } else if (is_hidden_control(*cp)) {
      out += fmt::format("<U+{:04X}>", static_cast<std::uint32_t>(*cp));
    } else {
      out.append(text.substr(start, pos - start));
    }
  }
  return out;
}

}  // namespace cr::diag
