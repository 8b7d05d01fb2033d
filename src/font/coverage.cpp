#include "font/coverage.hpp"

#include <fmt/format.h>

#include "font/uncovered.hpp"
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

// Moves `at` from byte `from` of `text` to byte `to`: a line feed starts the next line, every
// other character (one that needs no glyph too) is a column; bytes that are not UTF-8 are not.
void advance(std::string_view text, std::size_t from, std::size_t to, TextSource& at) {
  std::size_t pos = from;
  while (pos < to) {
    const auto cp = text::next_code_point(text, pos);
    if (!cp) {
      ++pos;
    } else if (*cp == U'\n') {
      ++at.first_line;
      at.first_column = 1;
    } else {
      ++at.first_column;
    }
  }
}

}  // namespace

void report_uncovered(const RoleFonts& fonts, char32_t cp, const TextSource& at, bool replaced,
                      diag::Diagnostics& diagnostics) {
  std::string ch;
  text::append_utf8(ch, cp);
  std::string zh = fmt::format("字符“{}”（{}）在{}字体（{}）中都没有字形，无法排印", ch, code_point_label(cp),
                               role_name_zh(fonts.role), chain_names(fonts, "、"));
  std::string en = fmt::format("character \"{}\" ({}) has no glyph in any {} font ({})", ch,
                               code_point_label(cp), role_name_en(fonts.role), chain_names(fonts, ", "));
  if (replaced) {
    zh += "；将以“〓”代替";
    en += "; it is set as \"〓\"";
    diagnostics.warning(at.file, at.first_line, at.first_column, "uncovered-character", zh, en);
  } else {
    zh += "；请改用常见字，或把含有此字的字体文件放入 fonts/";
    en += "; use a common character, or put a font file that has it into fonts/";
    diagnostics.error(at.file, at.first_line, at.first_column, "uncovered-character", zh, en);
  }
}

TextSource place_in(std::string_view text, std::size_t offset, const TextSource& start) {
  TextSource at = start;
  advance(text, 0, offset, at);
  return at;
}

std::string code_point_label(char32_t cp) { return fmt::format("U+{:04X}", static_cast<std::uint32_t>(cp)); }

CoverageReport check_coverage(const RoleFonts& fonts, std::string_view text, const TextSource& source,
                              bool replace_allowed, diag::Diagnostics& diagnostics,
                              const std::set<char32_t>& already_reported) {
  CoverageReport out;
  TextSource at = source;
  std::size_t pos = 0;
  for (const MissingCharacter& m : uncovered(fonts, text)) {
    advance(text, pos, m.offset, at);
    pos = m.offset;
    out.uncovered.insert(m.code_point);
    if (!already_reported.count(m.code_point)) report_uncovered(fonts, m.code_point, at, replace_allowed, diagnostics);
  }
  return out;
}

}  // namespace cr::font
