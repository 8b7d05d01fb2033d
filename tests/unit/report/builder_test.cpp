#include <doctest/doctest.h>

#include "campaign_fixture.hpp"
#include "report/builder.hpp"

using namespace cr;
using namespace cr::report;

namespace {

struct Built {
  model::Campaign campaign = test::sample_campaign();
  diag::Diagnostics diagnostics;
  Document doc;

  explicit Built(const std::string& name, void (*edit)(model::Campaign&) = nullptr) {
    if (edit) edit(campaign);
    stats::Statistics stats(campaign);
    auto tmpl = load_template(CR_SOURCE_DIR, name, diagnostics);
    REQUIRE(tmpl);
    doc = build_document(stats, *tmpl, diagnostics);
  }

  // Every block as one line of text: headings by their label, paragraphs and list items plain.
  std::vector<std::string> outline() const {
    std::vector<std::string> out;
    for (const Section& s : doc.sections)
      for (const Block& b : s.blocks) {
        if (auto* h = std::get_if<Heading>(&b)) out.push_back(heading_label(*h));
        if (auto* p = std::get_if<Paragraph>(&b)) out.push_back(plain_text(*p));
        if (auto* l = std::get_if<List>(&b))
          for (const auto& item : l->items) out.push_back("- " + plain_text(item));
        if (auto* t = std::get_if<TitleBlock>(&b)) out.push_back("# " + t->title);
        if (auto* t = std::get_if<Table>(&b)) out.push_back("table " + t->title);
        if (auto* c = std::get_if<Chart>(&b)) out.push_back("chart " + c->title);
        if (auto* g = std::get_if<Signature>(&b)) out.push_back("signed " + g->organization + " " + g->date);
      }
    return out;
  }
};

}  // namespace

TEST_CASE("the case report: sections, one subsection per program in order, figures from data") {
  Built b("case");
  CHECK(b.diagnostics.empty());
  CHECK(b.outline() == std::vector<std::string>{
                           "# 开展“党建之冬”活动",
                           "【背景与起因】",
                           "示例县人口30.6万人。",
                           "活动从2014年开始。",
                           "【做法与经过】",
                           "以两大工程为载体。",
                           "1、素质提升工程",
                           "抓培训。举办高端培训10余场，培训9000人次。",
                           "2、冬令民心工程",
                           "补贴由15940元提高到20940元。",
                           "- 走访1000人",
                           "- 满意度比上年提高14.75个百分点，培训比上年增长25%",
                           "【成效与启示】",
                           "启示之一：群众满意。",
                           "来源：示例网",
                           "（责编：秦华、黄瑾）",
                       });
  CHECK(b.doc.metadata.title == "开展“党建之冬”活动");
  CHECK(b.doc.metadata.date_text == "2016年11月21日");
  const auto& title = std::get<TitleBlock>(b.doc.sections[0].blocks[0]);
  CHECK(title.lines == std::vector<std::string>{"示例县委组织部", "2016年11月21日"});
  const auto& program = std::get<Heading>(b.doc.sections[2].blocks[2]);
  CHECK(program.level == 2);
  CHECK(program.anchor == "program-quality");
  const auto& lead_in = std::get<Paragraph>(b.doc.sections[2].blocks[3]);
  CHECK(lead_in.runs[0].style == Run::Style::bold);
  CHECK(lead_in.origin.file == "narrative/program-quality.md");
}

TEST_CASE("a missing narrative and an unfillable placeholder are reported, the rest still built") {
  Built b("case", [](model::Campaign& c) {
    c.narratives.erase("results");
    c.narratives["background"].text = "人口{{populaton}}。";
    c.source.clear();
  });
  auto items = b.diagnostics.sorted();
  REQUIRE(items.size() == 2);
  CHECK(items[0].file == "narrative/background.md");
  CHECK(items[0].code == "unknown-indicator");
  CHECK(items[0].column == 5);
  CHECK(items[1].file == "narrative/results.md");
  CHECK(items[1].code == "missing-narrative");
  auto outline = b.outline();
  CHECK(std::find(outline.begin(), outline.end(), "人口{{populaton}}。") != outline.end());
  CHECK(std::find(outline.begin(), outline.end(), "来源：示例网") == outline.end());  // no source: no line
}

TEST_CASE("the year-end summary: numbered sections, tables and charts, signature") {
  Built b("year-end", [](model::Campaign& c) {
    c.narratives["overview"] = {"overview", "narrative/overview.md", "全县概况。"};
    c.narratives["lessons"] = {"lessons", "narrative/lessons.md", "体会。"};
    c.narratives["problems"] = {"problems", "narrative/problems.md", "不足。"};
    c.narratives["plans"] = {"plans", "narrative/plans.md", "打算。"};
  });
  auto outline = b.outline();
  auto unused = b.diagnostics.sorted();  // the year-end summary has no place for these two
  REQUIRE(unused.size() == 2);
  CHECK(unused[0].file == "narrative/background.md");
  CHECK(unused[1].file == "narrative/results.md");
  CHECK(unused[1].code == "unused-narrative");
  CHECK(unused[1].severity == diag::Severity::warning);
  CHECK(outline.front() == "# 示例县委组织部2016年度工作总结");
  CHECK(std::find(outline.begin(), outline.end(), "一、基本情况") != outline.end());
  CHECK(std::find(outline.begin(), outline.end(), "（二）冬令民心工程") != outline.end());
  CHECK(std::find(outline.begin(), outline.end(), "五、下一步工作打算") != outline.end());
  CHECK(std::find(outline.begin(), outline.end(), "table 表1　基本情况主要指标") != outline.end());
  CHECK(std::find(outline.begin(), outline.end(), "table 表2　素质提升工程主要指标") != outline.end());
  CHECK(outline.back() == "signed 示例县委组织部 2016年11月21日");

  const Table* quality = nullptr;
  const Chart* trainees = nullptr;
  for (const auto& s : b.doc.sections)
    for (const auto& block : s.blocks) {
      if (auto* t = std::get_if<Table>(&block); t && t->title.find("素质提升") != std::string::npos)
        quality = t;
      if (auto* c = std::get_if<Chart>(&block); c && c->unit == "人次") trainees = c;
    }
  REQUIRE(quality);
  std::vector<std::string> header;
  for (const auto& cell : quality->header_rows.at(0)) header.push_back(cell.text);
  CHECK(header == std::vector<std::string>{"指标", "2014年", "2015年", "未分年度", "合计"});
  REQUIRE(quality->body_rows.size() == 3);
  CHECK(quality->body_rows[0][0].text == "培训党员群众");
  CHECK(quality->body_rows[0][1].text == "4000人次");
  CHECK(quality->body_rows[0][1].quantity->value == model::Decimal(4000));
  CHECK(quality->body_rows[0][4].text == "9000人次");
  CHECK(quality->body_rows[1][1].text == "—");
  CHECK_FALSE(quality->body_rows[1][1].quantity);
  CHECK(quality->body_rows[1][3].text == "10余场");
  CHECK(quality->body_rows[2][4].text == "2项");  // 汉字 wording is for running text only
  CHECK(quality->note.empty());                   // every row sums: 合计 says what it holds
  const Table* profile = nullptr;
  for (const auto& block : b.doc.sections[1].blocks)
    if (auto* t = std::get_if<Table>(&block)) profile = t;
  REQUIRE(profile);
  REQUIRE(profile->header_rows[0].size() == 2);  // no years, so no 未分年度 beside 合计
  CHECK(profile->header_rows[0][1].text == "合计");
  CHECK(profile->body_rows.at(0).at(1).text == "30.6万人");
  CHECK(quality->alignment.front() == Align::left);
  CHECK(quality->alignment.back() == Align::right);

  REQUIRE(trainees);
  CHECK(trainees->kind == ChartKind::column);
  CHECK(trainees->categories == std::vector<std::string>{"2014年", "2015年"});
  REQUIRE(trainees->series.size() == 1);
  CHECK(trainees->series[0].values[1] == model::Decimal(5000));
}
