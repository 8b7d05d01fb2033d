#include "pdf/to_unicode.hpp"

#include <algorithm>
#include <vector>

#include <fmt/format.h>

namespace cr::pdf {

std::string utf16_hex(std::u32string_view text) {
  std::string out;
  for (char32_t cp : text) {
    if (cp >= 0x10000) {
      char32_t v = cp - 0x10000;
      out += fmt::format("{:04X}{:04X}", 0xD800 + (v >> 10), 0xDC00 + (v & 0x3FF));
    } else {
      out += fmt::format("{:04X}", static_cast<std::uint32_t>(cp));
    }
  }
  return out;
}

std::string to_unicode_cmap(const std::map<std::uint32_t, std::u32string>& text_of_code) {
  std::string out =
      "/CIDInit /ProcSet findresource begin\n"
      "12 dict begin\n"
      "begincmap\n"
      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
      "/CMapName /Adobe-Identity-UCS def\n"
      "/CMapType 2 def\n"
      "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
  std::vector<std::pair<std::uint32_t, const std::u32string*>> entries;
  for (const auto& [code, text] : text_of_code)
    if (!text.empty() && code <= 0xFFFF) entries.emplace_back(code, &text);
  for (std::size_t start = 0; start < entries.size(); start += 100) {
    std::size_t end = std::min(entries.size(), start + 100);
    out += fmt::format("{} beginbfchar\n", end - start);
    for (std::size_t i = start; i < end; ++i)
      out += fmt::format("<{:04X}> <{}>\n", entries[i].first, utf16_hex(*entries[i].second));
    out += "endbfchar\n";
  }
  out +=
      "endcmap\n"
      "CMapName currentdict /CMap defineresource pop\n"
      "end\n"
      "end\n";
  return out;
}

}  // namespace cr::pdf
