#include <doctest/doctest.h>

#include <string>

#include "font/cff_charset.hpp"

using cr::font::read_cff_charset;

namespace {

// A CFF header (1.0, header size 4, offSize 1) and a Name INDEX of one entry whose first
// offset, meant to be 1, points far past the data: the hand-written parser this replaced read
// from there without a bound check.
std::string cff_with_wild_offset() {
  std::string cff = {1, 0, 4, 1};
  cff += std::string{0, 1, 4};                                   // INDEX: count 1, offSize 4
  cff += std::string{'\x7F', '\xFF', '\xFF', '\xF0', 0, 0, 0, 2};  // offsets[0] wild, offsets[1] 2
  cff += "A";
  return cff;
}

}  // namespace

TEST_CASE("a malformed CFF table is refused, never read past its end") {
  CHECK_FALSE(read_cff_charset(cff_with_wild_offset()));
  CHECK_FALSE(read_cff_charset(""));
  CHECK_FALSE(read_cff_charset(std::string(4, '\0')));
  std::string truncated = cff_with_wild_offset();
  for (std::size_t n = 0; n < truncated.size(); ++n) CHECK_FALSE(read_cff_charset(truncated.substr(0, n)));
}
