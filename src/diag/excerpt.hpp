#pragma once
// User text inside a message: shortened, and made harmless for a terminal. A 10 MB cell is not
// quoted whole, and an escape sequence or a right-to-left override in the data must not recolour
// the terminal or turn a message around.
#include <cstddef>
#include <string>
#include <string_view>

namespace cr::diag {

// How many characters of a user's value a message quotes.
constexpr std::size_t excerpt_characters = 80;

// `text` itself when it has at most excerpt_characters characters, else its beginning and "…".
std::string quoted_excerpt(std::string_view text);

// Whether a character may not be shown as itself: C0 and C1 controls, DEL, and the characters
// that reorder or hide text (bidirectional overrides and isolates, U+2028/U+2029).
bool is_hidden_control(char32_t cp);

// `text` with every such character written as <U+XXXX> and every invalid UTF-8 byte as <XX>.
std::string terminal_safe(std::string_view text);

}  // namespace cr::diag
