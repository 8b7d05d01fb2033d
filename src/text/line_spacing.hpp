#pragma once
// What a justifier may do around each character of a Chinese line (TYPESETTING.md, clreq):
// which punctuation may be compressed to half width and in which order, where the quarter-em
// gap between Han and Latin letters or digits goes, and where extra space may be spread.
// Font-independent: these are properties of the characters, not of their glyphs.
#include <cstdint>

namespace cr::text {

// Full-width punctuation that may lose the blank half of its em box when a line is too long.
// The order of the enumerators is the order of compression after the line-end mark itself:
// brackets first, then pauses, then stops.
enum class Compression : std::uint8_t {
  none,
  bracket,  // “”‘’（）《》〈〉【】〔〕「」『』
  pause,    // ，、；：
  stop,     // 。？！
};

// The compression class of `cp`: none for anything that is not compressible full-width punctuation.
Compression compression_of(char32_t cp);
// Opening marks draw their ink on the right half of the em box, so compression removes the
// left half; every other compressible mark loses its right half.
bool is_opening_mark(char32_t cp);

// Characters set in the Western manner: Latin, Greek and Cyrillic letters, ASCII digits and
// the signs that stick to them (12.5%, 3‰). Full-width digits are set as Han.
bool is_western(char32_t cp);
// Characters set in the em-box manner: Han (𠮷 included), kana, hangul, 〇.
bool is_ideographic(char32_t cp);
// Whether a gap of up to a quarter em goes between `before` and `after` (中文Latin, 增长12.5%).
bool takes_han_western_gap(char32_t before, char32_t after);

enum class Stretch : std::uint8_t {
  none,             // inside a Latin word or number, inside —— or ……, next to a connector mark
  inter_character,  // between two ideographic characters or punctuation marks
  word_space,       // a space between Latin words: stretches first
};

// Whether a justified line may put extra space between `before` and `after`.
Stretch stretch_between(char32_t before, char32_t after);

}  // namespace cr::text
