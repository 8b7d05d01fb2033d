#include "font/coverage.hpp"

#include <fmt/format.h>

#include "font/shaping.hpp"
#include "text/utf8.hpp"

namespace cr::font {
namespace {

std::string chain_names(const RoleFonts& fonts, std::string_view separator) {
  std::string out;
  for (const auto& face : fonts.faces) {
    if (!out.empty()) out += separator;
    out += face->family();
  }
  return out.empty() ? std::string("-") : out;
}

void report(const RoleFonts& fonts, char32_t cp, const TextSource& source, int line, int column,
            bool replace_allowed, diag::Diagnostics& diagnostics) {
  std::string ch;
  text::append_utf8(ch, cp);
  std::string zh = fmt::format("字符“{}”（{}）在{}字体（{}）中都没有字形，无法排印", ch, code_point_label(cp),
                               role_name_zh(fonts.role), chain_names(fonts, "、"));
  std::string en = fmt::format("character \"{}\" ({}) has no glyph in any {} font ({})", ch,
                               code_point_label(cp), role_name_en(fonts.role), chain_names(fonts, ", "));
  if (replace_allowed) {
    zh += "；将以“〓”代替";
    en += "; it is set as \"〓\"";
    diagnostics.warning(source.file, line, column, "uncovered-character", zh, en);
  } else {
    zh += "；请改用常见字，或把含有此字的字体文件放入 fonts/";
    en += "; use a common character, or put a font file that has it into fonts/";
    diagnostics.error(source.file, line, column, "uncovered-character", zh, en);
  }
}

}  // namespace

std::string code_point_label(char32_t cp) { return fmt::format("U+{:04X}", static_cast<std::uint32_t>(cp)); }

CoverageReport check_coverage(const RoleFonts& fonts, std::string_view text, const TextSource& source,
                              bool replace_allowed, diag::Diagnostics& diagnostics,
                              const std::set<char32_t>& already_reported) {
  CoverageReport out;
  int line = source.first_line, column = source.first_column;
  std::size_t pos = 0;
  while (pos < text.size()) {
    auto cp = text::next_code_point(text, pos);
    if (!cp) {
      ++pos;
      continue;
    }
    if (*cp == U'\n') {
      ++line;
      column = 1;
      continue;
    }
    if (!needs_no_glyph(*cp)) {
      out.characters.insert(*cp);
      bool covered = false;
      for (const auto& face : fonts.faces) covered = covered || face->covers(*cp);
      if (!covered) {
        out.uncovered.insert(*cp);
        ++out.uncovered_occurrences;
        if (!already_reported.count(*cp))
          report(fonts, *cp, source, line, column, replace_allowed, diagnostics);
      }
    }
    ++column;
  }
  return out;
}

}  // namespace cr::font
