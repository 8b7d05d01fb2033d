#pragma once
// Text that reaches an output (a title, a name, a note) must be something every output can hold:
// no control characters (an XML part with U+0001 is not XML, and a terminal escape in a title
// would be printed raw), and no longer than an Excel cell (32,767 characters).
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "input/problem.hpp"

namespace cr::input {

constexpr std::size_t excel_cell_characters = 32767;

// What is wrong with `text` as output text, or nullopt; `limit` is the most characters it may
// have. Tabs and line ends are text; every other control character is not.
std::optional<Problem> output_text_problem(std::string_view text, std::size_t limit = excel_cell_characters);

}  // namespace cr::input
