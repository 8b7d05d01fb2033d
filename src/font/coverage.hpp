#pragma once
// Whether a role's faces can set a text: every character no face of the chain covers becomes a
// diagnostic naming the character, its code point and its place (file, line, column).
#include <cstddef>
#include <set>
#include <string>
#include <string_view>

#include "diag/diagnostic.hpp"
#include "font/role_fonts.hpp"

namespace cr::font {

struct TextSource {
  std::string file;      // relative to the campaign folder, e.g. "narrative/background.md"
  int first_line = 1;    // line of the text's first character in that file
  int first_column = 1;  // column (in characters) of the text's first character on that line
};

struct CoverageReport {
  std::set<char32_t> characters;  // distinct characters of the text that need a glyph
  std::set<char32_t> uncovered;   // those no face of the chain has
  std::size_t uncovered_occurrences = 0;
};

// Checks `text` against `fonts`, adding one "uncovered-character" diagnostic per occurrence
// (an error by default; a warning when `replace_allowed`, since 〓 will then be drawn).
// Characters in `already_reported` are counted but not reported again (the same character seen
// first at a more precise place).
CoverageReport check_coverage(const RoleFonts& fonts, std::string_view text, const TextSource& source,
                              bool replace_allowed, diag::Diagnostics& diagnostics,
                              const std::set<char32_t>& already_reported = {});

// "U+20BB7": the code point as people look it up.
std::string code_point_label(char32_t cp);

}  // namespace cr::font
