// 版头 of a 公文 as GB/T 9704-2012 7.2 places it, from the widths of the mark's names alone.
#include <doctest/doctest.h>

#include "layout/gbt9704_masthead.hpp"
#include "layout/gbt9704_style.hpp"

using namespace cr;
using namespace cr::layout;

namespace {

const double width = pdf::mm(156), pitch = Gbt9704Style::line_pitch();

}  // namespace

TEST_CASE("a single issuer's mark fills the width up to 初号, its top 35 mm down") {
  // 中共绥棱县委组织部 (9 em) and 文件 (2 em): 156 mm over 11 em is below 42 pt.
  const auto g = Gbt9704Masthead::geometry({9}, 2, 0, width, pitch, 16);
  CHECK(g.mark_size == doctest::Approx(width / 11));
  CHECK(g.mark_top == doctest::Approx(pdf::mm(35)));
  CHECK(g.mark_bottom == doctest::Approx(pdf::mm(35) + width / 11));
  // 发文字号 two blank lines below; the line 4 mm under its em box; the title two lines lower.
  CHECK(g.number_line_top == doctest::Approx(g.mark_bottom + 2 * pitch));
  const double number_bottom = g.number_line_top + (pitch - 16) / 2 + 16;
  CHECK(g.rule_y == doctest::Approx(number_bottom + pdf::mm(4)));
  CHECK(g.height == doctest::Approx(g.rule_y + 2 * pitch));
  // A short name stops at 初号.
  CHECK(Gbt9704Masthead::geometry({4}, 2, 0, width, pitch, 16).mark_size == doctest::Approx(42));
}

TEST_CASE("joint issuers stack; 签发人 rows put the 发文字号 on the last") {
  const auto g = Gbt9704Masthead::geometry({6, 10, 5}, 2, 0, width, pitch, 16);
  CHECK(g.mark_size == doctest::Approx(width / 12.5));  // the widest name, half a size, 文件
  CHECK(g.mark_bottom ==
        doctest::Approx(pdf::mm(35) + 2 * Gbt9704Masthead::stack_advance * g.mark_size + g.mark_size));
  const auto one_row = Gbt9704Masthead::geometry({9}, 2, 1, width, pitch, 16);
  const auto two_rows = Gbt9704Masthead::geometry({9}, 2, 2, width, pitch, 16);
  CHECK(two_rows.number_line_top == doctest::Approx(one_row.number_line_top + pitch));
  CHECK(two_rows.height == doctest::Approx(one_row.height + pitch));
}
