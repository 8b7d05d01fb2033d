// The line breaker (UAX #14 through libunibreak, with the Chinese rules over it) on any text,
// decoded as the layout decodes it.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "text/line_break.hpp"
#include "text/utf8.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const std::u32string code_points = cr::text::decode(text);
  const auto breaks = cr::text::line_breaks(code_points);
  std::size_t seen = breaks.size() + cr::text::display_width(text) + cr::text::fold_width(text).size();
  return seen == static_cast<std::size_t>(-1);
}
