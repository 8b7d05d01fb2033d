#include <doctest/doctest.h>

#include "report/template.hpp"

using namespace cr;
using namespace cr::report;

TEST_CASE("the bundled case template") {
  diag::Diagnostics d;
  auto t = load_template(CR_SOURCE_DIR, "case", d);
  REQUIRE(t);
  CHECK(d.empty());
  CHECK(t->id == "case");
  CHECK(t->file == "templates/case.toml");
  CHECK(t->title.text == "{{campaign.title}}");
  CHECK(t->title.at.line == 8);
  CHECK(t->title.at.column == 10);
  REQUIRE(t->sections.size() == 5);
  CHECK(t->sections[1].heading->text == "背景与起因");
  CHECK(t->sections[1].numbering == Numbering::bracketed);
  REQUIRE(t->sections[2].programs);
  CHECK(t->sections[2].programs->narrative.text == "program-{{program.id}}");
  CHECK(t->sections[4].lines.size() == 2);
  CHECK(t->sections[4].lines[0].when == "campaign.source");
}

TEST_CASE("the bundled year-end template") {
  diag::Diagnostics d;
  auto t = load_template(CR_SOURCE_DIR, "year-end", d);
  REQUIRE(t);
  CHECK(d.empty());
  std::vector<std::string> headings;
  for (const auto& s : t->sections)
    if (s.heading) headings.push_back(s.heading->text);
  CHECK(headings == std::vector<std::string>{"基本情况", "主要工作及成效", "经验体会", "存在问题和不足",
                                             "下一步工作打算"});
  CHECK(t->year_figures);
  CHECK(t->sections[1].table == TableKind::profile);
  CHECK(t->sections[2].programs->numbering == Numbering::chinese_paren);
  CHECK(t->sections[2].programs->chart);
  // The 落款 closes the five parts; the optional table of the units' figures follows it.
  REQUIRE(t->sections.size() == 8);
  CHECK(t->sections[6].signature);
  CHECK(t->sections[7].optional);
  CHECK(t->sections[7].table == TableKind::units);
  for (const auto& s : t->sections)
    if (!s.narrative.empty()) CHECK_MESSAGE(!s.hint.empty(), s.id);  // init writes it
}

TEST_CASE("template mistakes are diagnostics at their line and column") {
  diag::Diagnostics d;
  auto t = parse_template(
      "[template]\nid = \"x\"\ntitle = 5\ncolour = \"red\"\n[[section]]\nnumbering = \"roman\"\n",
      "templates/x.toml", d);
  CHECK_FALSE(t);
  auto items = d.sorted();
  REQUIRE(items.size() == 4);
  CHECK(items[0].code == "wrong-type");
  CHECK(items[0].line == 3);
  CHECK(items[1].code == "unknown-key");
  CHECK(items[1].severity == diag::Severity::warning);
  CHECK(items[1].line == 4);
  CHECK(items[2].code == "missing-key");  // the section's id
  CHECK(items[2].line == 5);
  CHECK(items[3].code == "bad-value");
  CHECK(items[3].line == 6);
  CHECK(items[3].column == 13);
}

TEST_CASE("TOML syntax errors and unknown template names") {
  diag::Diagnostics d;
  CHECK_FALSE(parse_template("[template\n", "templates/x.toml", d));
  REQUIRE(d.items().size() == 1);
  CHECK(d.items()[0].code == "toml-syntax");
  CHECK(d.items()[0].line == 1);
  diag::Diagnostics missing;
  CHECK_FALSE(load_template(CR_SOURCE_DIR, "../case", missing));
  CHECK(missing.items().at(0).code == "unknown-template");
  CHECK(missing.items().at(0).file == "campaign.toml");
}
