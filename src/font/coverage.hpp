#pragma once
// Whether a role's faces can set a text: every character no face of the chain covers (found by
// font/uncovered.hpp's one pass) becomes a diagnostic naming the character, its code point, the
// role and its faces, and its place (file, line, column). report_uncovered is the one message,
// for the layout and the PDF's checks too.
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
  std::set<char32_t> uncovered;  // distinct characters of the text that no face of the chain has
};

// Checks `text` against `fonts`, adding one "uncovered-character" diagnostic per occurrence
// (an error by default; a warning when `replace_allowed`, since 〓 will then be drawn).
// Characters in `already_reported` are counted but not reported again (the same character seen
// first at a more precise place).
CoverageReport check_coverage(const RoleFonts& fonts, std::string_view text, const TextSource& source,
                              bool replace_allowed, diag::Diagnostics& diagnostics,
                              const std::set<char32_t>& already_reported = {});

// The "uncovered-character" diagnostic for `cp` at `at` (the character's own place when known,
// else its text's): an error, or with `replaced` a warning that 〓 is drawn instead.
void report_uncovered(const RoleFonts& fonts, char32_t cp, const TextSource& at, bool replaced,
                      diag::Diagnostics& diagnostics);

// The place of byte `offset` of `text`, which starts at `start`: a line feed starts the next
// line, every other character (one that needs no glyph too) is a column; bytes that are not
// UTF-8 are not.
TextSource place_in(std::string_view text, std::size_t offset, const TextSource& start);

// "U+20BB7": the code point as people look it up.
std::string code_point_label(char32_t cp);

}  // namespace cr::font
