#include "input/folding.hpp"

#include <algorithm>

#include "text/utf8.hpp"

namespace cr::input {

std::string folded(std::string_view cell) {
  const bool ascii =
      std::all_of(cell.begin(), cell.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  return ascii ? std::string(cell) : text::fold_width(cell);
}

}  // namespace cr::input
