#pragma once
// Where a line of Chinese text may break: UAX #14 from libunibreak (language "zh"), tailored
// by the rules of GB/T 15834 section 5.1 that UAX #14 does not apply (TYPESETTING.md):
// · ～ ／ and dashes never start a line, / ／ never end one, —— and …… are never split nor
// start a line, a number keeps the Han character that follows it (2016年, 3.5亿, 20次), a
// hyphenated Latin word stays whole.
// Works on code points, so characters beyond the BMP (𠮷) count as one.
#include <cstdint>
#include <string_view>
#include <vector>

namespace cr::text {

enum class BreakAfter : std::uint8_t {
  no,         // the next code point must stay on this line
  allowed,    // a line may end after this code point
  mandatory,  // a line ends here: a line feed, or the end of the text
};

// One entry per code point of `text`: may a line end after it? The last entry is mandatory.
// Example: in U"增长12.5%。" a line may end after 增 or 长, never inside 12.5% nor before 。.
std::vector<BreakAfter> line_breaks(std::u32string_view text);

// Whether GB/T 15834 forbids `cp` at the start of a line (closing marks, 。，、；：？！, dashes…).
bool forbidden_at_line_start(char32_t cp);
// Whether GB/T 15834 forbids `cp` at the end of a line (opening marks and slashes).
bool forbidden_at_line_end(char32_t cp);

}  // namespace cr::text
