#pragma once
// Cells folded to half-width forms before they are parsed (１，０００ -> 1,000), with a fast
// path for the ASCII cells that make up most of a million-row table.
#include <string>
#include <string_view>

namespace cr::input {

std::string folded(std::string_view cell);

}  // namespace cr::input
