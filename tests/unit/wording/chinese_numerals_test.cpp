#include <doctest/doctest.h>

#include "wording/chinese_numerals.hpp"

using cr::wording::chinese_numeral;
using cr::wording::NumeralUse;

TEST_CASE("small counts in Chinese numerals") {
  CHECK(*chinese_numeral(0) == "零");
  CHECK(*chinese_numeral(2) == "两");
  CHECK(*chinese_numeral(2, NumeralUse::plain) == "二");
  CHECK(*chinese_numeral(7) == "七");
  CHECK(*chinese_numeral(9) == "九");
  CHECK(*chinese_numeral(10) == "十");
  CHECK(*chinese_numeral(12) == "十二");
  CHECK(*chinese_numeral(20) == "二十");
  CHECK(*chinese_numeral(22) == "二十二");
  CHECK(*chinese_numeral(105) == "一百零五");
  CHECK(*chinese_numeral(110) == "一百一十");
  CHECK(*chinese_numeral(1010) == "一千零一十");
  CHECK(*chinese_numeral(2016) == "二千零一十六");
  CHECK_FALSE(chinese_numeral(10000));
  CHECK_FALSE(chinese_numeral(-1));
}

TEST_CASE("years digit by digit with 〇") {
  CHECK(*cr::wording::chinese_year(2016) == "二〇一六");
  CHECK(*cr::wording::chinese_year(2000) == "二〇〇〇");
}
