#include <doctest/doctest.h>

#include "text/utf8.hpp"

using namespace cr::text;

TEST_CASE("utf8 decoding and width") {
  CHECK(decode("𠮷a中") == U"\U00020BB7a中");
  CHECK(encode(U"\U00020BB7") == "𠮷");
  CHECK(display_width("数值12") == 6);
  CHECK(first_invalid_byte("ab\xC3") == 2u);
  CHECK(first_invalid_byte("\xED\xA0\x80") == 0u);  // a surrogate
  CHECK_FALSE(first_invalid_byte("中文"));
  CHECK(fold_width("１，０００") == "1,000");
  CHECK(trim("\u3000 数值 ") == "数值");
}
