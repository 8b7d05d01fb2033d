// The page loop: headings stay with two lines of their text, no single orphan or widow line,
// tables repeat their header rows, same input same bytes.
#include <doctest/doctest.h>

#include <map>

#include "fixtures.hpp"
#include "layout/case_style.hpp"

using namespace cr;
using namespace cr::layout;

namespace {

// Paragraph pieces: for each body paragraph, how many of its lines fell on each page.
std::vector<std::map<std::size_t, int>> paragraph_pages(const LineList& lines) {
  std::vector<std::map<std::size_t, int>> out(1);
  for (const LaidLine& line : lines) {
    if (line.kind != TextKind::body || line.page_number) continue;
    ++out.back()[line.page];
    if (line.paragraph_end) out.emplace_back();
  }
  out.pop_back();
  return out;
}

report::Document many_paragraphs(int count) {
  report::Document doc;
  report::Section section;
  for (int i = 0; i < count; ++i) {
    if (i % 4 == 0) section.blocks.push_back(testing::heading("第" + std::to_string(i) + "节", 1, i / 4 + 1));
    std::string text;
    for (int k = 0; k <= i % 7; ++k) text += "基层党组织建设和服务群众水平全面提升，党员干部受到了教育。";
    section.blocks.push_back(testing::body(text));
  }
  doc.sections.push_back(std::move(section));
  return doc;
}

}  // namespace

TEST_CASE("no paragraph leaves a single line alone at the foot or the head of a page") {
  auto r = testing::render(many_paragraphs(60));
  REQUIRE(r.ok);
  auto pieces = paragraph_pages(r.lines);
  REQUIRE(pieces.size() == 60);
  int split = 0;
  for (const auto& pages : pieces) {
    if (pages.size() < 2) continue;
    ++split;
    for (const auto& [page, count] : pages) {
      INFO("page ", page);
      CHECK(count >= 2);
    }
  }
  CHECK(split > 0);  // the test text does split paragraphs across pages
}

TEST_CASE("a heading stands on the page of at least two lines of what follows") {
  auto r = testing::render(many_paragraphs(60));
  REQUIRE(r.ok);
  std::size_t pages = 0;
  for (std::size_t i = 0; i < r.lines.size(); ++i) {
    pages = std::max(pages, r.lines[i].page + 1);
    if (r.lines[i].kind != TextKind::heading1) continue;
    REQUIRE(i + 2 < r.lines.size());
    CHECK(r.lines[i + 1].page == r.lines[i].page);
    CHECK(r.lines[i + 2].page == r.lines[i].page);
  }
  CHECK(pages > 3);
}

TEST_CASE("lines sit inside the text area, page numbers at the foot, centred") {
  auto r = testing::render(many_paragraphs(30));
  REQUIRE(r.ok);
  const CaseStyle style;
  for (const LaidLine& line : r.lines) {
    const pdf::Rect area = style.text_area(line.page);
    if (line.page_number) {
      CHECK(line.baseline > area.y + area.height);
      CHECK(line.x + line.width / 2 == doctest::Approx(area.x + area.width / 2));
      CHECK(line.text == "— " + std::to_string(line.page + 1) + " —");
      continue;
    }
    CHECK(line.baseline > area.y);
    CHECK(line.baseline <= area.y + area.height);
    CHECK(line.x >= area.x - 0.01);
    CHECK(line.x + line.width <= area.x + area.width + 0.01);
  }
}

TEST_CASE("a long table splits between rows and repeats its header on the next page") {
  report::Table table;
  table.title = "表1　各乡镇主要指标";
  table.alignment = {report::Align::left, report::Align::right, report::Align::right};
  auto cell = [](std::string text) {
    report::Cell c;
    c.text = std::move(text);
    return c;
  };
  table.header_rows = {{cell("单位"), cell("2014年"), cell("2015年")}};
  for (int i = 0; i < 80; ++i)
    table.body_rows.push_back({cell("第" + std::to_string(i + 1) + "乡镇"),
                               cell(std::to_string(100 + i) + "人"), cell("近万人次")});
  report::Document doc;
  doc.sections.push_back({"t", {testing::body("开头一段。"), table}});
  auto r = testing::render(doc);
  REQUIRE(r.ok);
  std::map<std::size_t, int> headers, rows;
  std::size_t row_number = 0;
  for (const LaidLine& line : r.lines) {
    if (line.kind == TextKind::table_header && line.text == "2015年") ++headers[line.page];
    if (line.kind == TextKind::table_body && line.text == "近万人次") {
      ++rows[line.page];
      ++row_number;
    }
  }
  CHECK(row_number == 80);
  REQUIRE(rows.size() >= 2);
  for (const auto& [page, count] : rows) CHECK(headers[page] == 1);
  // Figures are right-aligned: the right ends of a figure column agree.
  double right = -1;
  for (const LaidLine& line : r.lines)
    if (line.kind == TextKind::table_body && line.text.ends_with("人") && line.text != "近万人次") {
      if (right < 0) right = line.x + line.width;
      CHECK(line.x + line.width == doctest::Approx(right));
    }
}

TEST_CASE("the same document gives the same bytes") {
  auto doc = testing::stress_document(2);
  auto a = testing::render(doc), b = testing::render(doc);
  REQUIRE(a.ok);
  CHECK(a.bytes == b.bytes);
  CHECK(a.bytes.starts_with("%PDF-"));
}
