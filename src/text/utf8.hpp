#pragma once
// UTF-8 as the rest of the program needs it: code points, display width, and the folding of
// full-width forms that officials type in Excel and WPS (１，０００ -> 1,000).
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cr::text {

// Decodes the code point starting at text[pos] and advances pos; nullopt (pos unchanged) on an
// invalid, overlong or truncated sequence or a surrogate.
std::optional<char32_t> next_code_point(std::string_view text, std::size_t& pos);
// Byte offset of the first invalid sequence, or nullopt when `text` is valid UTF-8.
std::optional<std::size_t> first_invalid_byte(std::string_view text);
// Code points of valid UTF-8 (invalid bytes become U+FFFD).
std::u32string decode(std::string_view text);
void append_utf8(std::string& out, char32_t cp);
std::string encode(std::u32string_view text);

// Columns on a terminal: East Asian Wide and Fullwidth characters count two.
bool is_wide(char32_t cp);
std::size_t display_width(std::string_view text);

// Full-width ASCII variants (U+FF01..U+FF5E) and the ideographic space to their ASCII forms.
std::string fold_width(std::string_view text);
// Leading and trailing ASCII and ideographic white space removed.
std::string_view trim(std::string_view text);

bool is_han(char32_t cp);

}  // namespace cr::text
