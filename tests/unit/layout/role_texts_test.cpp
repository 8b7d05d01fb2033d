// The texts each font role sets are the layout's own answer (layout/role_texts.hpp): `fonts`
// checks and shows them in the roles the page style gives them, not in roles of its own.
#include <doctest/doctest.h>

#include <algorithm>

#include "fixtures.hpp"
#include "layout/role_texts.hpp"

using namespace cr;
using namespace cr::layout;

namespace {

report::Document titled_table() {
  report::Table table;
  table.title = "表1　主要指标";
  table.alignment = {report::Align::left, report::Align::right};
  table.header_rows = {{{"指标名称", std::nullopt, 1}, {"数值", std::nullopt, 1}}};
  table.body_rows = {{{"工程小计", std::nullopt, 2}},
                     {{"培训人次", std::nullopt, 1}, {"120", std::nullopt, 1}}};
  table.group_rows = {true, false};
  table.note = "注：示例。";
  report::Document doc;
  doc.metadata.organization = "某某县人民政府";
  doc.metadata.date_text = "2016年11月21日";
  doc.sections.push_back(
      {"s",
       {report::TitleBlock{"关于工作的报告", "副标题", {"某某县人民政府", "2016年11月21日"}},
        testing::heading("第三级", 3), testing::body("正文。"), table}});
  return doc;
}

// The roles `text` is set in, in order (a text the style sets twice is listed twice).
std::vector<font::Role> roles_of(const std::vector<RoleText>& texts, const std::string& text) {
  std::vector<font::Role> roles;
  for (const RoleText& t : texts)
    if (t.text == text) roles.push_back(t.role);
  return roles;
}

std::vector<RoleText> texts_in(const std::string& style) {
  return role_texts(titled_table(), *make_page_style(style), testing::product_fonts());
}

}  // namespace

TEST_CASE(
    "case: subtitle and title lines in the subheading role, captions and header cells in the heading role") {
  using font::Role;
  const auto texts = texts_in("case");
  CHECK(roles_of(texts, "关于工作的报告") == std::vector{Role::title});
  CHECK(roles_of(texts, "副标题") == std::vector{Role::subheading});
  CHECK(roles_of(texts, "某某县人民政府") == std::vector{Role::subheading});
  CHECK(roles_of(texts, "2016年11月21日") == std::vector{Role::subheading});
  CHECK(roles_of(texts, "表1　主要指标") == std::vector{Role::heading});
  CHECK(roles_of(texts, "指标名称") == std::vector{Role::heading});
  CHECK(roles_of(texts, "工程小计") == std::vector{Role::heading});  // a group row is bold
  CHECK(roles_of(texts, "培训人次") == std::vector{Role::table});
  CHECK(roles_of(texts, "注：示例。") == std::vector{Role::table});
  CHECK(roles_of(texts, "正文。") == std::vector{Role::body});
  CHECK(roles_of(texts, "— 1 —") == std::vector{Role::page_number});
}

TEST_CASE("gbt9704: the title lines are not under the title but in the 落款, in the body role") {
  using font::Role;
  const auto texts = texts_in("gbt9704");
  CHECK(roles_of(texts, "关于工作的报告") == std::vector{Role::title});
  CHECK(roles_of(texts, "副标题") == std::vector{Role::subheading});
  CHECK(roles_of(texts, "某某县人民政府2016年11月21日") == std::vector{Role::body});
  CHECK(roles_of(texts, "某某县人民政府").empty());
  CHECK(roles_of(texts, "指标名称") == std::vector{Role::heading});
  CHECK(roles_of(texts, "表1　主要指标") == std::vector{Role::heading});
  const bool heading3_in_body = std::any_of(texts.begin(), texts.end(), [](const RoleText& t) {
    return t.text.find("第三级") != std::string::npos && t.role == Role::body;
  });
  CHECK(heading3_in_body);
}

TEST_CASE("a narrative paragraph keeps its place, and each run its own role") {
  report::Paragraph p;
  p.runs = {{"启示之一：", report::Run::Style::bold}, {"正文。", report::Run::Style::plain}};
  p.origin = {"narrative/results.md", 7, 1};
  report::Document doc;
  doc.sections.push_back({"s", {p}});
  const auto texts = role_texts(doc, *make_page_style("case"), testing::product_fonts());
  REQUIRE(texts.size() >= 2);
  CHECK(texts[0].text == "启示之一：");
  CHECK(texts[0].role == font::Role::heading);
  CHECK(texts[1].role == font::Role::body);
  CHECK(texts[1].origin.file == "narrative/results.md");
  CHECK(texts[1].origin.line == 7);
}

TEST_CASE("a chart's caption and labels are texts of their roles, so `fonts` and the build check them") {
  report::Chart chart;
  chart.kind = report::ChartKind::pie;
  chart.title = "图1　构成";
  chart.categories = {"甲乡", "乙镇"};
  chart.series = {{"培训人次", {model::Decimal::parse("3"), model::Decimal::parse("1")}}};
  report::Document doc;
  doc.sections.push_back({"s", {chart}});
  const auto style = make_page_style("case");
  const auto texts = role_texts(doc, *style, testing::product_fonts());
  CHECK(roles_of(texts, "图1　构成") == std::vector{style->text_style(TextKind::caption).role});
  CHECK(roles_of(texts, "0123456789.%甲乡乙镇培训人次") ==
        std::vector{style->text_style(TextKind::chart_label).role});
}
