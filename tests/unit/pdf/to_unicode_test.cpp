#include <doctest/doctest.h>

#include "pdf/to_unicode.hpp"

using cr::pdf::to_unicode_cmap;
using cr::pdf::utf16_hex;

TEST_CASE("UTF-16 of the BMP and beyond it (surrogate pairs)") {
  CHECK(utf16_hex(U"二") == "4E8C");
  CHECK(utf16_hex(U"A%") == "00410025");
  CHECK(utf16_hex(U"\U00020BB7") == "D842DFB7");
  CHECK(utf16_hex(U"吉\U00020BB7") == "5409D842DFB7");
  CHECK(utf16_hex(U"\U0010FFFF") == "DBFFDFFF");
}

TEST_CASE("the CMap maps codes to characters, including a ligature's several characters") {
  std::string cmap = to_unicode_cmap({{1, U"党"}, {2, U"\U00020BB7"}, {0x3A7, U"fi"}, {5, U""}});
  CHECK(cmap.find("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange") != std::string::npos);
  CHECK(cmap.find("3 beginbfchar\n") != std::string::npos);
  CHECK(cmap.find("<0001> <515A>\n") != std::string::npos);
  CHECK(cmap.find("<0002> <D842DFB7>\n") != std::string::npos);
  CHECK(cmap.find("<03A7> <00660069>\n") != std::string::npos);
  CHECK(cmap.find("<0005>") == std::string::npos);  // nothing to map
  CHECK(cmap.find("endcmap") != std::string::npos);
}

TEST_CASE("more than 100 entries are split into blocks of at most 100") {
  std::map<std::uint32_t, std::u32string> many;
  for (std::uint32_t code = 1; code <= 250; ++code)
    many[code] = std::u32string(1, static_cast<char32_t>(0x4E00 + code));
  std::string cmap = to_unicode_cmap(many);
  CHECK(cmap.find("100 beginbfchar") != std::string::npos);
  CHECK(cmap.find("50 beginbfchar") != std::string::npos);
  std::size_t blocks = 0;
  for (std::size_t at = cmap.find("endbfchar"); at != std::string::npos; at = cmap.find("endbfchar", at + 1))
    ++blocks;
  CHECK(blocks == 3);
}
