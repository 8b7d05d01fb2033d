#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "text/line_fit.hpp"
#include "text/utf8.hpp"

using namespace cr::text;

namespace {

// A font stand-in: ideographs and full-width marks one em, Western half an em, spaces a quarter.
std::vector<double> advances_of(std::u32string_view text, double em) {
  std::vector<double> advances;
  for (char32_t cp : text) {
    double a = cp < 0x2000 ? em / 2 : em;
    if (cp == U' ') a = em / 4;
    if (cp == U'\n') a = 0;
    advances.push_back(a);
  }
  return advances;
}

std::vector<LineItem> items_of(std::u32string_view text, double em = 1) {
  auto advances = advances_of(text, em);
  return line_items(text, advances, em);
}

std::string line_text(const std::vector<LineItem>& items, const FittedLine& line) {
  std::string out;
  for (std::size_t i = line.begin; i < line.end; ++i) append_utf8(out, items[i].code_point);
  return out;
}

std::vector<std::string> texts(const std::vector<LineItem>& items, const std::vector<FittedLine>& lines) {
  std::vector<std::string> out;
  for (const auto& line : lines) out.push_back(line_text(items, line));
  return out;
}

double line_end_x(const std::vector<LineItem>& items, const FittedLine& line, const LineGeometry& g) {
  auto x = place_line(items, line, g);
  std::size_t last = line.end;
  while (last > line.begin && items[last - 1].space) --last;
  double shrink = line.shrink.empty() ? 0 : line.shrink[last - 1 - line.begin];
  return x[last - 1 - line.begin] + items[last - 1].advance - shrink;
}

// Whether justification has anywhere to put space (a line of one address has not).
bool has_slot(const std::vector<LineItem>& items, const FittedLine& line) {
  for (std::size_t i = line.begin + 1; i < line.end; ++i)
    if (items[i].stretch_before != Stretch::none && !items[i - 1].space) return true;
  return false;
}

std::u32string repeat(std::u32string_view unit, int times) {
  std::u32string out;
  for (int i = 0; i < times; ++i) out += unit;
  return out;
}

}  // namespace

TEST_CASE("Han text fills lines of ten and the last line is ragged") {
  auto text = repeat(U"党", 25);
  auto items = items_of(text);
  LineGeometry g{10, 0, 1};
  auto lines = fit_lines(items, g);
  REQUIRE(lines.size() == 3);
  CHECK(lines[0].end - lines[0].begin == 10);
  CHECK(lines[2].end - lines[2].begin == 5);
  CHECK_FALSE(lines[0].last);
  CHECK(lines[2].last);
  CHECK(lines[2].extra == doctest::Approx(5));
  auto x = place_line(items, lines[2], g);
  CHECK(x[4] == doctest::Approx(4));  // ragged: no spread
}

TEST_CASE("first-line indent of two characters") {
  auto items = items_of(repeat(U"建", 20));
  auto lines = fit_lines(items, {10, 2, 1});
  REQUIRE(lines.size() == 3);
  CHECK(lines[0].end == 8);
  CHECK(lines[0].indent == 2);
  CHECK(lines[1].indent == 0);
  CHECK(place_line(items, lines[0], {10, 2, 1})[0] == doctest::Approx(2));
}

TEST_CASE("a stop that does not fit pushes the character before it down") {
  // Ten ideographs fill the line; 。 cannot start the next one, and compressing it alone
  // (half an em) cannot make room, so the tenth ideograph goes down with it.
  auto items = items_of(repeat(U"字", 10) + U"。");
  LineGeometry g{10, 0, 1};
  auto lines = fit_lines(items, g);
  REQUIRE(lines.size() == 2);
  CHECK(texts(items, lines)[1] == "字。");
  CHECK(lines[0].extra == doctest::Approx(1));
  CHECK(line_end_x(items, lines[0], g) == doctest::Approx(10));  // justified to the measure
}

TEST_CASE("compression brings a mark onto the line: line end first, then pauses") {
  auto text = U"字字，" + repeat(U"字", 8) + U"。";
  auto items = items_of(text);
  LineGeometry g{11, 0, 1};
  auto lines = fit_lines(items, g);
  REQUIRE(lines.size() == 1);
  REQUIRE(lines[0].shrink.size() == 12);
  CHECK(lines[0].shrink[2] == doctest::Approx(0.5));   // ，
  CHECK(lines[0].shrink[11] == doctest::Approx(0.5));  // 。 at the line end
  CHECK(lines[0].natural_width == doctest::Approx(11));
}

TEST_CASE("brackets are compressed before pauses, and an opening mark loses its left half") {
  // 12 items of one em into 11.5: the line-end 。 gives 0.5 and nothing else is needed.
  auto text = U"字（字）" + repeat(U"字", 7) + U"。";
  auto items = items_of(text);
  LineGeometry g{11.5, 0, 1};
  auto lines = fit_lines(items, g);
  REQUIRE(lines.size() == 1);
  CHECK(lines[0].shrink[1] == doctest::Approx(0));
  CHECK(lines[0].shrink[11] == doctest::Approx(0.5));
  // Into 11: the line end gives 0.5, the brackets the other 0.5 between them.
  auto tight = fit_lines(items, {11, 0, 1});
  REQUIRE(tight.size() == 1);
  CHECK(tight[0].shrink[1] + tight[0].shrink[3] == doctest::Approx(0.5));
  auto x = place_line(items, tight[0], {11, 0, 1});
  CHECK(x[1] == doctest::Approx(1 - tight[0].shrink[1]));  // （ drawn left by what it lost
}

TEST_CASE("the quarter-em gap between Han and Western, dropped at a line start") {
  auto items = items_of(U"中文ABC字");
  auto lines = fit_lines(items, {20, 0, 1});
  auto x = place_line(items, lines[0], {20, 0, 1});
  CHECK(x[2] == doctest::Approx(2.25));
  CHECK(x[5] == doctest::Approx(2.25 + 1.5 + 0.25));
  CHECK(lines[0].natural_width == doctest::Approx(2 + 0.25 + 1.5 + 0.25 + 1));
}

TEST_CASE("word spaces stretch first, then characters") {
  std::u32string text = U"甲乙 ab cd 丙丁戊";
  std::vector<double> advances = advances_of(text, 1);
  advances.back() = 4;  // a wide last item forces a break with 3.25 em left over
  auto items = line_items(text, advances, 1);
  LineGeometry g{10, 0, 1};
  auto lines = fit_lines(items, g);
  REQUIRE(lines.size() == 2);
  CHECK(lines[0].extra == doctest::Approx(3.25));
  auto x = place_line(items, lines[0], g);
  CHECK(line_end_x(items, lines[0], g) == doctest::Approx(10));
  // Each word space took its half em; the 1.75 em left went to 甲|乙 and 丙|丁.
  CHECK(x[3] - (x[1] + items[1].advance) == doctest::Approx(0.25 + 0.5));
  CHECK(x[1] - (x[0] + items[0].advance) == doctest::Approx(0.875));
  CHECK(x[4] - (x[3] + items[3].advance) == doctest::Approx(0));  // never inside a word
}

TEST_CASE("a word longer than the line is broken by force and flagged") {
  auto items = items_of(U"Internationalisation");
  auto lines = fit_lines(items, {5, 0, 1});
  REQUIRE(lines.size() == 2);
  CHECK(lines[0].overfull);
  CHECK(lines[0].end == 10);
}

TEST_CASE("forced line breaks end a line set ragged; clusters stay whole") {
  auto items = items_of(U"甲乙\n丙丁");
  auto lines = fit_lines(items, {10, 0, 1});
  REQUIRE(lines.size() == 2);
  CHECK(lines[0].last);
  std::u32string text = U"字字字字e\u0301字";
  std::vector<double> adv{1, 1, 1, 1, 0.5, 0, 1};
  std::vector<bool> starts_raw{true, true, true, true, true, false, true};
  bool starts[7];
  for (int i = 0; i < 7; ++i) starts[i] = starts_raw[i];
  auto clustered = line_items(text, adv, 1, std::span<const bool>(starts, 7));
  CHECK(clustered[4].break_after == BreakAfter::no);
  CHECK(clustered[5].stretch_before == Stretch::none);
}

TEST_CASE("the stress text: no forbidden line start or end, no split number or word") {
  std::ifstream file(std::string(CR_SOURCE_DIR) + "/tests/linebreak/stress.md");
  REQUIRE(file);
  std::stringstream buffer;
  buffer << file.rdbuf();
  std::string paragraph;
  std::vector<std::u32string> paragraphs;
  std::istringstream lines_in(buffer.str());
  for (std::string line; std::getline(lines_in, line);)
    if (!line.empty()) paragraphs.push_back(decode(line));
  REQUIRE(paragraphs.size() >= 5);
  int checked_lines = 0;
  for (double width = 6; width <= 40; width += 0.5) {
    LineGeometry g{width, 2, 1};
    for (const auto& text : paragraphs) {
      auto items = items_of(text);
      auto lines = fit_lines(items, g);
      for (std::size_t n = 0; n < lines.size(); ++n) {
        const auto& line = lines[n];
        CAPTURE(width);
        CAPTURE(line_text(items, line));
        REQUIRE(line.end > line.begin);
        CHECK(line.begin == (n == 0 ? 0 : lines[n - 1].end));
        if (line.overfull) continue;
        CHECK(line.natural_width <= width - line.indent + 1e-6);
        char32_t first = items[line.begin].code_point;
        char32_t last = items[line.end - 1].code_point;
        if (n > 0 && !lines[n - 1].overfull) CHECK_FALSE(forbidden_at_line_start(first));
        CHECK_FALSE(forbidden_at_line_end(last));
        if (n + 1 < lines.size()) {
          char32_t next = items[lines[n + 1].begin].code_point;
          bool ascii_run = last > U' ' && last < 0x7F && next > U' ' && next < 0x7F;
          CHECK_FALSE(ascii_run);  // no number, word, address or 12.5% split
          CHECK_FALSE((last >= U'0' && last <= U'9' && is_han(next)));  // 2016年, 3.5亿 stay
          CHECK_FALSE((last == next && (last == U'—' || last == U'…')));
          if (has_slot(items, line)) CHECK(line_end_x(items, line, g) == doctest::Approx(width));
        }
        ++checked_lines;
      }
      CHECK(lines.back().end == items.size());
    }
  }
  CHECK(checked_lines > 1000);
}

TEST_CASE("random texts of every kind of mark: lines cover the text, fit, and keep the rules") {
  const std::u32string pool =
      U"中文党建𠮷。，、；：？！“”‘’（）《》【】〔〕「」『』——……·～／/ab1234567890.%万亿年 \n";
  std::uint32_t state = 12345;  // a fixed linear congruential sequence: the same texts every run
  auto next = [&state](std::uint32_t bound) {
    state = state * 1664525u + 1013904223u;
    return (state >> 8) % bound;
  };
  for (int round = 0; round < 3000; ++round) {
    std::u32string text;
    std::size_t length = 1 + next(60);
    for (std::size_t i = 0; i < length; ++i) text += pool[next(static_cast<std::uint32_t>(pool.size()))];
    auto items = items_of(text);
    LineGeometry g{2.0 + next(12), next(2) ? 2.0 : 0.0, 1};
    auto lines = fit_lines(items, g);
    CAPTURE(encode(text));
    REQUIRE_FALSE(lines.empty());
    CHECK(lines.back().end == items.size());
    for (std::size_t n = 0; n < lines.size(); ++n) {
      const auto& line = lines[n];
      REQUIRE(line.begin < line.end);
      if (n > 0) REQUIRE(line.begin == lines[n - 1].end);
      CHECK(place_line(items, line, g).size() == line.end - line.begin);
      if (line.overfull) continue;
      CHECK(line.natural_width <= g.width - line.indent + 1e-6);
      bool after_forced_or_break = n > 0 && (lines[n - 1].overfull || lines[n - 1].last);
      if (n > 0 && !after_forced_or_break) CHECK_FALSE(forbidden_at_line_start(items[line.begin].code_point));
      if (!line.last) CHECK_FALSE(forbidden_at_line_end(items[line.end - 1].code_point));
    }
  }
}

TEST_CASE("balanced lines for a centred title: same count, upper lines no shorter") {
  auto text = std::u32string(U"黑龙江绥棱：开展“党建之冬”活动提升基层党组织和党员服务群众能力");
  auto items = items_of(text);
  LineGeometry g{20, 0, 1};
  auto greedy = fit_lines(items, g);
  auto balanced = fit_balanced(items, g);
  REQUIRE(greedy.size() == 2);
  REQUIRE(balanced.size() == 2);
  auto length = [](const FittedLine& l) { return l.natural_width; };
  CHECK(length(greedy[0]) - length(greedy[1]) > 5);  // greedy leaves a short last line
  CHECK(length(balanced[0]) >= length(balanced[1]));
  CHECK(length(balanced[0]) - length(balanced[1]) <= 2);
  CHECK(balanced[0].last);
  CHECK(balanced[0].extra == doctest::Approx(20 - length(balanced[0])));
  for (const auto& line : balanced) CHECK_FALSE(forbidden_at_line_start(items[line.begin].code_point));
  CHECK(fit_balanced(items_of(U"短标题"), g).size() == 1);
}
