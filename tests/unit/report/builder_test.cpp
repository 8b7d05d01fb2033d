#include <doctest/doctest.h>

#include <algorithm>

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
      for (const Element& b : s.elements) {
        if (auto* h = std::get_if<Heading>(&b)) out.push_back(heading_label(*h));
        if (auto* p = std::get_if<Paragraph>(&b)) out.push_back(plain_text(*p));
        if (auto* l = std::get_if<List>(&b))
          for (const auto& item : l->items) out.push_back("- " + plain_text(item));
        if (auto* t = std::get_if<TitleBlock>(&b)) out.push_back("# " + t->title);
        if (auto* t = std::get_if<Table>(&b)) out.push_back("table " + t->title);
        if (auto* c = std::get_if<Chart>(&b)) out.push_back("chart " + c->title);
        if (auto* g = std::get_if<Signature>(&b)) out.push_back("signed " + g->organization + " " + g->date);
        if (auto* a = std::get_if<Addressee>(&b)) out.push_back("to " + a->names);
        if (auto* n = std::get_if<DocumentNote>(&b)) out.push_back("note " + n->text);
        if (auto* a = std::get_if<AttachmentHeading>(&b))
          out.push_back("attachment " + std::to_string(a->number) + " " + a->title);
        if (auto* l = std::get_if<AttachmentList>(&b)) {
          std::string titles;
          for (const std::string& t : l->titles) titles += (titles.empty() ? "" : "|") + t;
          out.push_back("attachments " + titles);
        }
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
  const auto& title = std::get<TitleBlock>(b.doc.sections[0].elements[0]);
  CHECK(title.lines == std::vector<std::string>{"示例县委组织部", "2016年11月21日"});
  const auto& program = std::get<Heading>(b.doc.sections[2].elements[2]);
  CHECK(program.level == 2);
  CHECK(program.anchor == "program-quality");
  const auto& lead_in = std::get<Paragraph>(b.doc.sections[2].elements[3]);
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

TEST_CASE("the year-end summary: the year's figures beside the year before, signature, units") {
  Built b("year-end", [](model::Campaign& c) {
    c.report.year = 2015;
    c.narratives["overview"] = {"overview", "narrative/overview.md", "{{report.period}}全县概况。"};
    c.narratives["program-quality"] = {"program-quality", "narrative/program-quality.md",
                                       "培训{{trainees|含同比}}。"};
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
  CHECK(outline.front() == "# 示例县委组织部2015年度工作总结");
  CHECK(std::find(outline.begin(), outline.end(), "一、基本情况") != outline.end());
  CHECK(std::find(outline.begin(), outline.end(), "2015年全县概况。") != outline.end());
  CHECK(std::find(outline.begin(), outline.end(), "培训5000人次，比上年增长25%。") != outline.end());
  CHECK(std::find(outline.begin(), outline.end(), "（二）冬令民心工程") != outline.end());
  CHECK(std::find(outline.begin(), outline.end(), "五、下一步工作打算") != outline.end());
  // The profile's one figure has no year: no table for it, and the programs' tables come first.
  CHECK(std::find(outline.begin(), outline.end(), "table 表1　素质提升工程主要指标") != outline.end());
  CHECK(std::find(outline.begin(), outline.end(), "signed 示例县委组织部 2016年11月21日") != outline.end());
  CHECK(outline[outline.size() - 2] == "signed 示例县委组织部 2016年11月21日");
  CHECK(outline.back() == "table 表3　各单位主要指标");

  const Table* quality = nullptr;
  const Chart* trainees = nullptr;
  const Table* units = nullptr;
  for (const auto& s : b.doc.sections)
    for (const auto& block : s.elements) {
      if (auto* t = std::get_if<Table>(&block); t && t->title.find("素质提升") != std::string::npos)
        quality = t;
      if (auto* t = std::get_if<Table>(&block); t && t->title.find("各单位") != std::string::npos) units = t;
      if (auto* c = std::get_if<Chart>(&block); c && c->unit == "人次") trainees = c;
    }
  REQUIRE(quality);
  std::vector<std::string> header;
  for (const auto& cell : quality->header_rows.at(0)) header.push_back(cell.text);
  CHECK(header == std::vector<std::string>{"指标", "2014年", "2015年", "比上年增减"});
  REQUIRE(quality->body_rows.size() == 1);  // 高端培训 and 新规 have no year: not the year's figures
  CHECK(quality->body_rows[0][0].text == "培训党员群众");
  CHECK(quality->body_rows[0][1].text == "4000人次");
  CHECK(quality->body_rows[0][1].quantity->value == model::Decimal(4000));
  CHECK(quality->body_rows[0][2].text == "5000人次");
  CHECK(quality->body_rows[0][3].text == "增长25%");
  CHECK(quality->alignment.front() == Align::left);
  CHECK(quality->alignment.back() == Align::right);

  REQUIRE(trainees);
  CHECK(trainees->kind == ChartKind::column);
  CHECK(trainees->categories == std::vector<std::string>{"2014年", "2015年"});
  REQUIRE(trainees->series.size() == 1);
  CHECK(trainees->series[0].values[1] == model::Decimal(5000));

  REQUIRE(units);  // 甲镇 and its 甲村 indented, 乙镇: 走访人数 of 2015
  REQUIRE(units->body_rows.size() == 3);
  CHECK(units->header_rows[0][1].text == "走访人数（人）");
  CHECK(units->body_rows[0][0].text == "甲镇");
  CHECK(units->body_rows[0][1].text == "300");
  CHECK(units->body_rows[1][0].text == "　甲村");
  CHECK(units->body_rows[2][1].text == "700");
}

TEST_CASE("an optional section without its file and with nothing generated is left out") {
  Built b("year-end", [](model::Campaign& c) {
    c.report.year = 2015;
    c.records.erase(std::remove_if(c.records.begin(), c.records.end(),
                                   [](const model::Record& r) { return r.has_unit(); }),
                    c.records.end());
  });
  for (const auto& s : b.doc.sections) CHECK(s.id != "annex");  // no unit figures: no table of units
}

namespace {

void official(model::Campaign& c) {
  model::OfficialDocument d;
  d.to = "中共绥化市委";
  d.note = "（此件公开发布）";
  d.attachments = {{"基本情况统计表。", "", "profile", {}}, {"典型做法选编", "background", "", {}}};
  c.document = d;
}

std::ptrdiff_t at(const std::vector<std::string>& outline, const std::string& line) {
  return std::find(outline.begin(), outline.end(), line) - outline.begin();
}

}  // namespace

TEST_CASE("a 公文's 主送 follows the title, 附件说明 and 附注 stand around the 落款") {
  Built b("year-end", [](model::Campaign& c) {
    official(c);
    c.report.year = 2015;
    for (const char* name : {"overview", "lessons", "problems", "plans"})
      c.narratives[name] = {name, std::string("narrative/") + name + ".md", "文字。"};
  });
  const auto outline = b.outline();
  REQUIRE(outline.size() > 3);
  CHECK(outline[0] == "# 示例县委组织部2015年度工作总结");
  CHECK(outline[1] == "to 中共绥化市委");
  const auto signed_at = std::find_if(outline.begin(), outline.end(),
                                      [](const std::string& line) { return line.starts_with("signed "); });
  REQUIRE(signed_at != outline.end());
  // The names lose a closing mark (7.3.4); the list is just above the 落款, the note just below.
  CHECK(*(signed_at - 1) == "attachments 基本情况统计表|典型做法选编");
  CHECK(*(signed_at + 1) == "note （此件公开发布）");
}

TEST_CASE("without a 落款 in the template, the 附件说明 and 附注 close the text, the 附件 follow") {
  Built b("case", official);
  const auto outline = b.outline();
  REQUIRE(outline.size() > 3);
  CHECK(at(outline, "to 中共绥化市委") == 1);
  const auto list = at(outline, "attachments 基本情况统计表|典型做法选编");
  REQUIRE(list + 3 < static_cast<std::ptrdiff_t>(outline.size()));
  CHECK(outline[list + 1] == "note （此件公开发布）");
  // Each attachment: its heading, then its table or its narrative's text.
  CHECK(outline[list + 2] == "attachment 1 基本情况统计表");
  CHECK(outline[list + 3].starts_with("table 表"));
  const auto second = at(outline, "attachment 2 典型做法选编");
  CHECK(second > list + 3);
  CHECK(second + 1 < static_cast<std::ptrdiff_t>(outline.size()));
}
