#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "text/line_break.hpp"
#include "text/utf8.hpp"
#include "xlsx/cell_lines.hpp"
#include "xlsx/text_width.hpp"

using cr::xlsx::break_into_lines;
using cr::xlsx::column_units;

namespace {

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t begin = 0;
  for (std::size_t end; (end = text.find('\n', begin)) != std::string::npos; begin = end + 1)
    lines.push_back(text.substr(begin, end - begin));
  lines.push_back(text.substr(begin));
  return lines;
}

}  // namespace

TEST_CASE("a short text stays on one line, untouched") {
  const auto lines = break_into_lines("近万人次", 20, 11);
  CHECK(lines.text == "近万人次");
  CHECK(lines.lines == 1);
}

TEST_CASE("line feeds already in the text stay, each one a line") {
  const auto lines = break_into_lines("2015年\n比上年", 20, 11);
  CHECK(lines.text == "2015年\n比上年");
  CHECK(lines.lines == 2);
}

TEST_CASE("lines fit the cell and never start or end with a mark GB/T 15834 forbids there") {
  const std::string note =
      "组织开展“农民夜校”培训，全县共举办124讲、460课时，培训党员群众近万人次；"
      "各乡镇（街道）结合实际，开展了形式多样的学习活动（含《党章》学习）。";
  for (double units : {8.0, 11.0, 14.0, 19.0, 24.0}) {
    CAPTURE(units);
    const auto broken = break_into_lines(note, units, 11);
    const std::vector<std::string> lines = lines_of(broken.text);
    CHECK(lines.size() == broken.lines);
    CHECK(broken.lines > 1);
    std::string joined;
    for (const std::string& line : lines) {
      joined += line;
      const std::u32string cps = cr::text::decode(line);
      REQUIRE_FALSE(cps.empty());
      CHECK_FALSE(cr::text::forbidden_at_line_start(cps.front()));
      CHECK_FALSE(cr::text::forbidden_at_line_end(cps.back()));
      CHECK(column_units(line, 11) <= units + 1e-9);
    }
    CHECK(joined == note);  // nothing lost, nothing added but the breaks
  }
}

TEST_CASE("a code with no place to break is cut where it must, and kept whole otherwise") {
  const auto lines = break_into_lines("central_group_sessions_of_the_county_committee", 12, 11);
  CHECK(lines.lines > 1);
  std::string joined;
  for (const std::string& line : lines_of(lines.text)) joined += line;
  CHECK(joined == "central_group_sessions_of_the_county_committee");
}

TEST_CASE("a row is as tall as its tallest cell's lines") {
  CHECK(cr::xlsx::row_points(2, 11) > 2 * 11 * 1.2);
  CHECK(cr::xlsx::row_points(3, 11) - cr::xlsx::row_points(2, 11) == doctest::Approx(11 * 1.45));
  CHECK(cr::xlsx::row_points(0, 11) == cr::xlsx::row_points(1, 11));
}
