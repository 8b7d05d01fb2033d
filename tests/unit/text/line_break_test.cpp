#include <doctest/doctest.h>

#include <string>

#include "text/line_break.hpp"
#include "text/utf8.hpp"

using namespace cr::text;

namespace {

// The text with "|" where a line may break and "‖" where it must.
std::string marked(std::u32string_view text) {
  auto breaks = line_breaks(text);
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    append_utf8(out, text[i]);
    if (breaks[i] == BreakAfter::allowed) out += "|";
    if (breaks[i] == BreakAfter::mandatory) out += "‖";
  }
  return out;
}

}  // namespace

TEST_CASE("numbers stay whole and keep the character they count") {
  CHECK(marked(U"增长12.5%。") == "增|长|12.5%。‖");
  CHECK(marked(U"共3.5亿元") == "共|3.5亿|元‖");
  CHECK(marked(U"2016年11月21日") == "2016年|11月|21日‖");
  CHECK(marked(U"１２个") == "１２个‖");
  CHECK(marked(U"10余场") == "10余|场‖");
}

TEST_CASE("two-em dash and ellipsis are never split nor start a line") {
  CHECK(marked(U"我们——来了") == "我|们——|来|了‖");
  CHECK(marked(U"来了……好") == "来|了……|好‖");
  CHECK(marked(U"说……”") == "说……”‖");
}

TEST_CASE("GB/T 15834 tailoring of what UAX #14 allows") {
  CHECK(marked(U"中·外") == "中·|外‖");                // · never starts a line
  CHECK(marked(U"9亿～16亿") == "9亿～|16亿‖");        // ～ never starts a line
  CHECK(marked(U"甲／乙") == "甲／乙‖");               // ／ neither starts nor ends one
  CHECK(marked(U"here/there a") == "here/there |a‖");  // / never ends one
}

TEST_CASE("punctuation stays with its neighbours") {
  CHECK(marked(U"他说：“好。”") == "他|说：|“好。”‖");
  CHECK(marked(U"见《通知》（试行）。") == "见|《通|知》|（试|行）。‖");
  CHECK(marked(U"甲、乙，丙；丁！") == "甲、|乙，|丙；|丁！‖");
}

TEST_CASE("Latin words, line feeds and characters beyond the BMP") {
  CHECK(marked(U"Latin words") == "Latin |words‖");
  CHECK(marked(U"party-building 工作") == "party-building |工|作‖");
  CHECK(marked(U"0455-1234567") == "0455-1234567‖");
  CHECK(marked(U"王𠮷祥") == "王|𠮷|祥‖");
  CHECK(marked(U"甲\n乙") == "甲\n‖乙‖");
  CHECK(line_breaks(U"").empty());
}

TEST_CASE("the forbidden sets of GB/T 15834 section 5.1") {
  for (char32_t cp : std::u32string(U"。，、；：？！”’）〕】》〉」』—～·／"))
    CHECK_MESSAGE(forbidden_at_line_start(cp), encode(std::u32string(1, cp)));
  for (char32_t cp : std::u32string(U"“‘（〔【《〈「『／/"))
    CHECK_MESSAGE(forbidden_at_line_end(cp), encode(std::u32string(1, cp)));
  CHECK_FALSE(forbidden_at_line_start(U'中'));
  CHECK_FALSE(forbidden_at_line_end(U'”'));
}
