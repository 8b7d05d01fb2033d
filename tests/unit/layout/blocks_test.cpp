// Lists, charts and the title block as the layout sets them, read from its own line list.
#include <doctest/doctest.h>

#include "fixtures.hpp"
#include "font/shaping.hpp"

using namespace cr;
using namespace cr::layout;

namespace {

const LaidLine* find(const LineList& lines, const std::string& text) {
  for (const LaidLine& line : lines)
    if (line.text == text) return &line;
  return nullptr;
}

report::Chart chart(report::ChartKind kind) {
  report::Chart c;
  c.kind = kind;
  c.title = "图1　培训人次";
  c.categories = {"2014年", "2015年", "2016年"};
  c.series = {{"培训人次", {model::Decimal::parse("4200"), std::nullopt, model::Decimal::parse("9800")}},
              {"志愿服务",
               {model::Decimal::parse("1200"), model::Decimal::parse("800"), model::Decimal::parse("2000")}}};
  c.unit = "人次";
  return c;
}

}  // namespace

TEST_CASE("a list item hangs its marker before the text; continuation lines align with the text") {
  report::List list;
  std::string long_item;
  for (int i = 0; i < 6; ++i) long_item += "按党委书记、组织委员和党务干部分层培训。";
  list.items = {testing::body(long_item), testing::body("各乡镇组织知识竞赛。")};
  report::Document doc;
  doc.sections.push_back({"s", {list}});
  auto r = testing::render(doc);
  REQUIRE(r.ok);
  std::vector<const LaidLine*> items;
  for (const LaidLine& line : r.lines)
    if (line.kind == TextKind::list_item) items.push_back(&line);
  REQUIRE(items.size() >= 3);
  CHECK(items[0]->text.starts_with("●"));
  CHECK_FALSE(items[1]->text.starts_with("●"));
  const pdf::Rect area = make_page_style("case")->text_area(0);
  CHECK(items[0]->x == doctest::Approx(area.x + 32));
  CHECK(items[1]->x == doctest::Approx(area.x + 48));
  CHECK(items.back()->text == "●各乡镇组织知识竞赛。");
}

TEST_CASE("column, line and pie charts draw their Chinese labels and figures") {
  for (auto kind : {report::ChartKind::column, report::ChartKind::line, report::ChartKind::pie}) {
    report::Document doc;
    doc.sections.push_back({"s", {chart(kind)}});
    auto r = testing::render(doc);
    REQUIRE(r.ok);
    CHECK(find(r.lines, "图1　培训人次") != nullptr);
    if (kind == report::ChartKind::pie) {
      CHECK(find(r.lines, "2014年 30%") != nullptr);  // 4200 of 14000
      CHECK(find(r.lines, "2016年 70%") != nullptr);
    } else {
      CHECK(find(r.lines, "2015年") != nullptr);
      CHECK(find(r.lines, "9800") != nullptr);
      CHECK(find(r.lines, "800") != nullptr);
      // The taller figure stands higher on the page.
      CHECK(find(r.lines, "9800")->baseline < find(r.lines, "4200")->baseline);
    }
  }
}

TEST_CASE("the title is centred in balanced lines, with the organisation and date below") {
  report::Document doc;
  doc.sections.push_back(
      {"front",
       {report::TitleBlock{"黑龙江绥棱：开展“党建之冬”活动提升基层党组织和党员服务群众能力",
                           "",
                           {"中共绥棱县委", "2016年11月21日"}}}});
  auto r = testing::render(doc);
  REQUIRE(r.ok);
  std::vector<const LaidLine*> title;
  for (const LaidLine& line : r.lines)
    if (line.kind == TextKind::title) title.push_back(&line);
  REQUIRE(title.size() == 2);
  const pdf::Rect area = make_page_style("case")->text_area(0);
  for (const LaidLine* line : title)
    CHECK(line->x + line->width / 2 == doctest::Approx(area.x + area.width / 2));
  // Balanced: the two lines differ by at most a few characters.
  CHECK(std::abs(title[0]->width - title[1]->width) <= 4 * 22);
  const LaidLine* date = find(r.lines, "2016年11月21日");
  REQUIRE(date != nullptr);
  CHECK(date->baseline > title[1]->baseline);
}

TEST_CASE("a character no font covers is an error at the paragraph's place, and nothing is written") {
  report::Document doc;
  report::Paragraph p = testing::body("私用区\U000F0000字");
  p.origin = {"narrative/background.md", 3, 1};
  doc.sections.push_back({"s", {p}});
  auto r = testing::render(doc);
  CHECK_FALSE(r.ok);
  CHECK(r.bytes.empty());
  REQUIRE(r.diagnostics.error_count() == 1);
  const auto& d = r.diagnostics.items().front();
  CHECK(d.file == "narrative/background.md");
  CHECK(d.line == 3);
  CHECK(d.code == "uncovered-character");
}

TEST_CASE("a quarter em separates Han from Latin letters and digits") {
  const std::string text = "增长12.5%，使用PDF格式";
  report::Document doc;
  doc.sections.push_back({"s", {testing::body(text)}});
  auto r = testing::render(doc);
  REQUIRE(r.ok);
  const LaidLine* line = find(r.lines, text);
  REQUIRE(line != nullptr);
  const double natural = font::measure(testing::product_fonts().role(font::Role::body), text, 16);
  // 长|12.5%, 用|PDF and PDF|格: three gaps of 4 pt (after ％ comes ，, which takes none).
  CHECK(line->width == doctest::Approx(natural + 3 * 4).epsilon(0.001));
}
