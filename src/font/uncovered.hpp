#pragma once
// The characters of a text that no face of a role's chain covers, found without shaping: the one
// coverage pass. The layout checks a whole report this way before it lays out a page, and shapes
// each paragraph only when its page needs it; check_coverage (font/coverage.hpp) places each
// character at its line and column. shape() finds the same characters by the same rule (the first
// face covering each, RoleFonts::face_for) while it segments the text; a test holds the two to
// agreeing.
#include <cstddef>
#include <string_view>
#include <vector>

#include "font/role_fonts.hpp"

namespace cr::font {

struct MissingCharacter {
  char32_t code_point = 0;
  std::size_t offset = 0;  // byte offset in the text
  Role role = Role::body;  // the role whose faces lack it
};

// Every occurrence, in text order, of a character that needs a glyph (needs_no_glyph) and that
// no face of `fonts` covers; bytes that are not UTF-8 are passed over, as shaping passes them.
// Nothing for a chain without faces: resolving it already failed (font-not-found).
std::vector<MissingCharacter> uncovered(const RoleFonts& fonts, std::string_view text);

}  // namespace cr::font
