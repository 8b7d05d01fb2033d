#include <doctest/doctest.h>

#include "report/document.hpp"

using namespace cr::report;

TEST_CASE("heading labels by numbering scheme and ordinal") {
  CHECK(heading_label({1, "背景与起因", Numbering::bracketed, 1, ""}) == "【背景与起因】");
  CHECK(heading_label({1, "基本情况", Numbering::chinese, 1, ""}) == "一、基本情况");
  CHECK(heading_label({1, "下一步工作打算", Numbering::chinese, 5, ""}) == "五、下一步工作打算");
  CHECK(heading_label({2, "素质提升工程", Numbering::chinese_paren, 2, ""}) == "（二）素质提升工程");
  CHECK(heading_label({2, "实施素质提升工程", Numbering::arabic_dunhao, 1, ""}) == "1、实施素质提升工程");
  CHECK(numbering_label(Numbering::arabic_dot, 3) == "3.");
  CHECK(numbering_label(Numbering::arabic_paren, 4) == "（4）");
  CHECK(numbering_label(Numbering::chinese, 12) == "十二、");
  CHECK(numbering_label(Numbering::none, 1).empty());
}

TEST_CASE("GB/T 9704 numbering by level") {
  Heading program{2, "素质提升工程", Numbering::arabic_dunhao, 3, ""};
  program.numbering = official_numbering(program.level);
  CHECK(heading_label(program) == "（三）素质提升工程");
  CHECK(official_numbering(1) == Numbering::chinese);
  CHECK(official_numbering(3) == Numbering::arabic_dot);
  CHECK(official_numbering(4) == Numbering::arabic_paren);
}

TEST_CASE("plain text of a paragraph joins its runs") {
  Paragraph p;
  p.runs = {{"启示之一：", Run::Style::bold}, {"坚持载体创新。", Run::Style::plain}};
  CHECK(plain_text(p) == "启示之一：坚持载体创新。");
}
