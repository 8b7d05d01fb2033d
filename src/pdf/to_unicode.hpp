#pragma once
// The ToUnicode CMap of a Type0 font: from each code a content stream draws (a CID) back to the
// characters it shows, so that copying, searching and pdftotext give the text back. Written by us
// because PoDoFo's own stops at the first character beyond the BMP and maps a glyph shared by two
// characters to the lower code point (二 came out as the radical ⼆).
#include <cstdint>
#include <map>
#include <string>

namespace cr::pdf {

// UTF-16BE in hex as a CMap writes it: U+4E8C -> "4E8C", U+20BB7 -> "D842DFB7" (a surrogate pair).
std::string utf16_hex(std::u32string_view text);

// A complete CMap stream body mapping each code (two bytes, Identity-H) to its characters.
// Codes without text are left out; at most 100 entries per bfchar block, as the format asks.
std::string to_unicode_cmap(const std::map<std::uint32_t, std::u32string>& text_of_code);

}  // namespace cr::pdf
