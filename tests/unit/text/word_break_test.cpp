// Titles and headings break between words (ICU's dictionary), never inside the campaign's
// names, in balanced lines that prefer the space between organisations.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "text/line_fit.hpp"
#include "text/utf8.hpp"
#include "text/word_break.hpp"

using namespace cr::text;

namespace {

// Where words end, as "|" after each ending code point but the last.
std::string marked(std::u32string_view text, const std::vector<std::u32string>& names) {
  const std::vector<bool> ends = word_ends(text, names);
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    append_utf8(out, text[i]);
    if (ends[i] && i + 1 < text.size()) out += '|';
  }
  return out;
}

// Items of a title of one-em ideographs and half-em digits, breaks only at word ends.
std::vector<LineItem> title_items(std::u32string_view text, const std::vector<std::u32string>& names) {
  std::vector<double> advances;
  for (char32_t cp : text) advances.push_back(cp < 0x2000 ? 0.5 : 1.0);
  std::vector<LineItem> items = line_items(text, advances, 1);
  const std::vector<bool> ends = word_ends(text, names);
  for (std::size_t i = 0; i < items.size(); ++i)
    if (items[i].break_after == BreakAfter::allowed && !ends[i]) items[i].break_after = BreakAfter::no;
  return items;
}

std::vector<std::string> line_texts(std::u32string_view text, const std::vector<FittedLine>& lines) {
  std::vector<std::string> out;
  for (const FittedLine& line : lines) {
    std::size_t end = line.end;
    while (end > line.begin && (text[end - 1] == U'\u3000' || text[end - 1] == U' ')) --end;
    out.push_back(encode(text.substr(line.begin, end - line.begin)));
  }
  return out;
}

}  // namespace

TEST_CASE("ICU's dictionary keeps 人民政府 whole; the campaign's names keep 清源县 whole") {
  const std::u32string title = U"中共清源县委　清源县人民政府2024年度工作总结";
  const std::string bare = marked(title, {});
  CHECK(bare.find("人民|政府") == std::string::npos);
  CHECK(bare.find("人|民") == std::string::npos);
  CHECK(bare.find("政|府") == std::string::npos);
  // The dictionary alone splits the county's name (清|源|县): the names keep it whole.
  const auto names = split_names("中共清源县委　清源县人民政府");
  REQUIRE(names.size() == 2);
  CHECK(encode(names[0]) == "中共清源县委");
  CHECK(encode(names[1]) == "清源县人民政府");
  const std::string kept = marked(title, {names[0], names[1], U"清源县"});
  CHECK(kept.find("中共清源县委|") == 0);
  CHECK(kept.find("|清源县人民政府|") != std::string::npos);
  CHECK(marked(U"绥棱县开展党建之冬", {U"绥棱县"}).find("绥棱县|") == 0);
  CHECK(split_names(" 甲乙  丙丁 ").size() == 2);
}

TEST_CASE("a title that would break inside 人民政府 breaks between the organisations' words, balanced") {
  const std::u32string title = U"中共清源县委　清源县人民政府2024年度工作总结";
  const std::vector<std::u32string> names{U"中共清源县委", U"清源县人民政府", U"清源县"};
  const auto items = title_items(title, names);
  // 19 ems: the whole title is 22 wide; greedy would break after 人民 with every break allowed.
  const LineGeometry g{19, 0, 1};
  const auto lines = line_texts(title, fit_balanced(items, g));
  REQUIRE(lines.size() == 2);
  CHECK(lines[0] == "中共清源县委　清源县人民政府");
  CHECK(lines[1] == "2024年度工作总结");
}

TEST_CASE("a heading that tempts a break inside 清源县 keeps the name whole") {
  // At 9 ems "中共清源县委　清源" fills the first line, and the dictionary splits 清|源|县.
  const std::u32string title = U"中共清源县委　清源县工作总结";
  const std::vector<std::u32string> names{U"中共清源县委", U"清源县"};
  const auto tempted = line_texts(title, fit_lines(title_items(title, {}), {9, 0, 1}));
  REQUIRE(tempted.size() == 2);
  CHECK(tempted[0] == "中共清源县委　清源");  // what the names prevent
  for (const auto& lines : {fit_lines(title_items(title, names), {9, 0, 1}),
                            fit_balanced(title_items(title, names), {9, 0, 1})}) {
    const auto texts = line_texts(title, lines);
    REQUIRE(texts.size() == 2);
    CHECK(texts[0] == "中共清源县委");
    CHECK(texts[1] == "清源县工作总结");
  }
}

TEST_CASE("balanced title lines prefer the break after a colon and never make an hourglass") {
  const std::u32string title = U"黑龙江绥棱：开展党建之冬活动";
  const auto lines = line_texts(title, fit_balanced(title_items(title, {U"黑龙江", U"绥棱"}), {10, 0, 1}));
  REQUIRE(lines.size() == 2);
  CHECK(lines[0] == "黑龙江绥棱：");
  CHECK(lines[1] == "开展党建之冬活动");
  // Three lines: the middle one is never the shortest of the three.
  const std::u32string longer = U"关于进一步加强基层党组织建设全面提升党员干部服务群众能力的工作总结";
  const auto items = title_items(longer, {});
  const auto three = fit_balanced(items, {13, 0, 1});
  REQUIRE(three.size() == 3);
  CHECK_FALSE((three[1].natural_width < three[0].natural_width && three[1].natural_width < three[2].natural_width));
  for (const FittedLine& line : three) CHECK(line.natural_width <= 13 + 1e-9);
}

TEST_CASE("on a character grid a line-end mark keeps its full width inside the measure") {
  // 10.5 ems; the 11th character is a mark that may not start a line.
  const std::u32string text = U"一二三四五六七八九十；甲乙丙丁";
  std::vector<double> advances(text.size(), 1.0);
  const auto items = line_items(text, advances, 1);
  const auto loose = fit_lines(items, {10.5, 0, 1, false});
  const auto grid = fit_lines(items, {10.5, 0, 1, true});
  // Compressed, the mark's half-empty box would end half an em past the edge.
  REQUIRE(!loose[0].shrink.empty());
  CHECK(loose[0].end == 11);
  // Whole, it goes to the next line with the character before it.
  CHECK(grid[0].end == 9);
  CHECK(grid[1].begin == 9);
  for (const FittedLine& line : grid) {
    const auto x = place_line(items, line, {10.5, 0, 1, true});
    std::size_t last = line.end - 1;
    const double shrink = line.shrink.empty() ? 0 : line.shrink[last - line.begin];
    CHECK(shrink == 0);
    CHECK(x[last - line.begin] + items[last].advance <= 10.5 + 1e-9);
  }
}

TEST_CASE("a title of many lines is balanced by the measure, at once, every line within it") {
  std::u32string title;
  while (title.size() < 400) title += U"关于进一步加强基层党组织建设全面提升服务群众能力的";
  const auto items = title_items(title, {});
  const auto greedy = fit_lines(items, {13, 0, 1});
  const auto balanced = fit_balanced(items, {13, 0, 1});
  REQUIRE(greedy.size() > 20);
  CHECK(balanced.size() == greedy.size());
  for (const FittedLine& line : balanced) CHECK(line.natural_width <= 13 + 1e-9);
  CHECK(balanced.back().natural_width >= greedy.back().natural_width);  // no shorter last line
}
