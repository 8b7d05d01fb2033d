#include <doctest/doctest.h>

#include "report/narrative.hpp"

using namespace cr;
using namespace cr::report;

namespace {

const Paragraph& paragraph(const std::vector<Element>& blocks, std::size_t i) {
  return std::get<Paragraph>(blocks.at(i));
}

}  // namespace

TEST_CASE("paragraphs by blank lines; lines join without a space, Latin words with one") {
  diag::Diagnostics d;
  auto blocks =
      parse_narrative("　　第一段第一行，\n第二行。\n\n  第二段 with\nLatin words\n\n\n", "n.md", d);
  REQUIRE(blocks.size() == 2);
  CHECK(plain_text(paragraph(blocks, 0)) == "第一段第一行，第二行。");
  CHECK(plain_text(paragraph(blocks, 1)) == "第二段with Latin words");  // the layout sets the Han/Latin gap
  CHECK(paragraph(blocks, 1).origin.line == 4);
  CHECK(paragraph(blocks, 0).origin.file == "n.md");
  CHECK(d.empty());
}

TEST_CASE("bold lead-ins become bold runs; an unpaired ** stays literal with a warning") {
  diag::Diagnostics d;
  auto blocks = parse_narrative("**启示之一：**加强基层党建。\n\n价格**上涨", "n.md", d);
  REQUIRE(blocks.size() == 2);
  const auto& runs = paragraph(blocks, 0).runs;
  REQUIRE(runs.size() == 2);
  CHECK(runs[0].text == "启示之一：");
  CHECK(runs[0].style == Run::Style::bold);
  CHECK(runs[1].text == "加强基层党建。");
  CHECK(runs[1].style == Run::Style::plain);
  CHECK(plain_text(paragraph(blocks, 1)) == "价格**上涨");
  REQUIRE(d.items().size() == 1);
  CHECK(d.items()[0].code == "unpaired-bold");
  CHECK(d.items()[0].line == 3);
  CHECK(d.items()[0].column == 3);
}

TEST_CASE("list items; the rest is literal") {
  diag::Diagnostics d;
  auto blocks =
      parse_narrative("做法如下：\n- 第一项\n- 第二项\n  续行\n\n# 不是标题\n\n1. 也是正文", "n.md", d);
  REQUIRE(blocks.size() == 4);
  CHECK(plain_text(paragraph(blocks, 0)) == "做法如下：");
  const auto& list = std::get<List>(blocks[1]);
  REQUIRE(list.items.size() == 2);
  CHECK(plain_text(list.items[1]) == "第二项续行");
  CHECK(list.items[1].origin.column == 3);
  CHECK(plain_text(paragraph(blocks, 2)) == "#不是标题");
  CHECK(plain_text(paragraph(blocks, 3)) == "1.也是正文");
  REQUIRE(d.items().size() == 1);
  CHECK(d.items()[0].code == "narrative-heading");
  CHECK(d.items()[0].severity == diag::Severity::warning);
}

TEST_CASE("placeholders reach the resolver with their character column") {
  diag::Diagnostics d;
  std::vector<model::SourcePosition> seen;
  PlaceholderResolver resolve = [&](std::string_view inner,
                                    const model::SourcePosition& at) -> std::optional<std::string> {
    seen.push_back(at);
    if (inner == "bad") return std::nullopt;
    return "〔" + std::string(inner) + "〕";
  };
  auto blocks =
      parse_narrative("第一行\n　　共培训{{trainees}}，**𠮷{{bad}}**\n", "narrative/a.md", d, resolve);
  REQUIRE(blocks.size() == 1);
  CHECK(plain_text(paragraph(blocks, 0)) == "第一行共培训〔trainees〕，𠮷{{bad}}");
  REQUIRE(seen.size() == 2);
  CHECK(seen[0].line == 2);
  CHECK(seen[0].column == 8);  // 　　共培训{{ : two indents, three characters, two braces
  CHECK(seen[1].column == 24);
  CHECK(seen[1].file == "narrative/a.md");
}

TEST_CASE("an unclosed placeholder is an error at its braces") {
  diag::Diagnostics d;
  PlaceholderResolver resolve = [](std::string_view, const model::SourcePosition&) {
    return std::optional<std::string>("x");
  };
  parse_narrative("数值{{trainees 未闭合", "n.md", d, resolve);
  REQUIRE(d.items().size() == 1);
  CHECK(d.items()[0].code == "unclosed-placeholder");
  CHECK(d.items()[0].column == 3);
}

TEST_CASE("a unit written again after a placeholder that carries it is a warning") {
  diag::Diagnostics d;
  PlaceholderResolver resolve = [](std::string_view inner, const model::SourcePosition&) {
    return std::optional<std::string>(inner == "towns" ? "11个" : "30.6万人");
  };
  auto blocks = parse_narrative("下辖{{towns}}个乡镇，人口{{people}}。", "n.md", d, resolve);
  CHECK(plain_text(std::get<Paragraph>(blocks[0])) == "下辖11个个乡镇，人口30.6万人。");
  REQUIRE(d.items().size() == 1);
  CHECK(d.items()[0].code == "repeated-unit");
  CHECK(d.items()[0].severity == diag::Severity::warning);
  CHECK(d.items()[0].column == 12);
}

TEST_CASE("spaces next to Chinese text go; spaces between Latin words stay, one each") {
  diag::Diagnostics d;
  auto blocks = parse_narrative("**载体要创新。** 活动使用 WPS  Office 办公，  效果好 ", "n.md", d);
  const auto& runs = std::get<Paragraph>(blocks[0]).runs;
  REQUIRE(runs.size() == 2);
  CHECK(runs[0].text == "载体要创新。");
  CHECK(runs[1].text == "活动使用WPS Office办公，效果好");
}

TEST_CASE("spaces between runs: kept between Latin words, dropped next to Chinese") {
  diag::Diagnostics d;
  auto blocks = parse_narrative("Word **bold** 中文 end  **x** 。", "n.md", d);
  REQUIRE(blocks.size() == 1);
  const auto& runs = paragraph(blocks, 0).runs;
  REQUIRE(runs.size() == 5);
  CHECK(runs[0].text == "Word ");
  CHECK(runs[1].text == "bold");
  CHECK(runs[2].text == "中文end ");
  CHECK(runs[3].text == "x");
  CHECK(runs[4].text == "。");
  CHECK(d.empty());
}

TEST_CASE("a space inside a filled-in value is kept: between Chinese as an ideographic space") {
  diag::Diagnostics d;
  PlaceholderResolver resolve = [](std::string_view inner, const model::SourcePosition&) {
    return std::optional<std::string>(inner == "org" ? "中共清源县委  清源县人民政府" : "Green Valley");
  };
  auto blocks = parse_narrative("{{org}} 印发，项目名 {{name}} 。", "n.md", d, resolve);
  REQUIRE(blocks.size() == 1);
  // The typed spaces next to Chinese go; the value's own spaces stay.
  CHECK(plain_text(std::get<Paragraph>(blocks[0])) ==
        "中共清源县委\u3000清源县人民政府印发，项目名Green Valley。");
  CHECK(d.empty());
}
