// The gbt9704 page style (GB/T 9704-2012) as the layout sets it: the text area, the 22 x 28 grid,
// heading numbers by level, page numbers on alternate sides, and the 落款 of 7.3.5.2.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "fixtures.hpp"
#include "layout/gbt9704_signature.hpp"
#include "layout/gbt9704_style.hpp"
#include "model/page_style.hpp"

using namespace cr;
using namespace cr::layout;

namespace {

const double top = pdf::mm(37), left = pdf::mm(28), width = pdf::mm(156), height = pdf::mm(225);
const double pitch = height / 22, character = width / 28;
// Where a 16 pt line's baseline sits in its grid line: its em box (-0.12 to 0.88 em) centred.
const double body_baseline = (pitch - 16) / 2 + 0.88 * 16;

report::Document plain_report(int paragraphs, bool signature) {
  report::Document doc;
  doc.metadata.title = "示例县基层党建工作情况的报告";
  doc.metadata.organization = "示例县委组织部";
  doc.metadata.date_text = "2016年1月15日";
  report::Section section;
  section.elements.push_back(report::TitleBlock{doc.metadata.title, "", {"示例县委组织部", "2016年1月15日"}});
  const std::string han = "党建基层组织服务群众工作提升干部队伍建设创新发展";
  for (int i = 0; i < paragraphs; ++i) {
    if (i % 6 == 0) section.elements.push_back(report::Heading{1 + i % 12 / 6, "工作情况", {}, i / 6 + 1, ""});
    std::string text;
    for (int k = 0; k < 20 + (i * 37) % 140; ++k) text += han.substr((k * 7 + i) % 24 * 3, 3);
    section.elements.push_back(testing::body(text + "。"));
  }
  if (signature) section.elements.push_back(report::Signature{"中共示例县委", "2016年11月21日"});
  doc.sections.push_back(std::move(section));
  return doc;
}

}  // namespace

TEST_CASE("gbt9704 is a page style by name, with the text area of GB/T 9704") {
  auto style = make_page_style("gbt9704");
  REQUIRE(style != nullptr);
  CHECK(style->name() == "gbt9704");
  const auto names = page_style_names();
  CHECK(std::find(names.begin(), names.end(), "gbt9704") != names.end());
  for (std::size_t page : {0u, 1u}) {
    const pdf::Rect area = style->text_area(page);
    CHECK(area.x == doctest::Approx(left));
    CHECK(area.y == doctest::Approx(top));
    CHECK(area.width == doctest::Approx(width));
    CHECK(area.height == doctest::Approx(height));
  }
  REQUIRE(style->line_grid());
  CHECK(*style->line_grid() == doctest::Approx(pitch));
}

TEST_CASE("headings are numbered 一、（一）1.（1） by level, whatever the template's numbering") {
  Gbt9704Style style;
  auto label = [&](int level, int ordinal) {
    return style.heading_label({level, "素质提升工程", report::Numbering::bracketed, ordinal, ""});
  };
  CHECK(label(1, 2) == "二、素质提升工程");
  CHECK(label(2, 1) == "（一）素质提升工程");
  CHECK(label(3, 3) == "3.素质提升工程");
  CHECK(label(4, 4) == "（4）素质提升工程");
  CHECK(style.text_style(TextKind::heading1).role == font::Role::heading);
  CHECK(style.text_style(TextKind::heading2).role == font::Role::subheading);
  CHECK(style.text_style(TextKind::heading3).role == font::Role::body);
  CHECK(style.text_style(TextKind::title).role == font::Role::title);
  CHECK(style.text_style(TextKind::title).size == 22);
}

TEST_CASE("7.3.5.2: the organisation ends two characters in, the date starts two characters right of it") {
  const double right = 500, c = 15;
  SUBCASE("the organisation is the longer") {
    auto p = Gbt9704Signature::place(right, 10 * c, 6 * c, c);
    CHECK(p.organization_x + 10 * c == doctest::Approx(right - 2 * c));
    CHECK(p.date_x == doctest::Approx(p.organization_x + 2 * c));
  }
  SUBCASE("the date is the longer: it ends two characters in, the organisation moves left") {
    auto p = Gbt9704Signature::place(right, 6 * c, 7 * c, c);
    CHECK(p.date_x + 7 * c == doctest::Approx(right - 2 * c));
    CHECK(p.organization_x == doctest::Approx(p.date_x - 2 * c));
  }
}

TEST_CASE("every line sits on the 22-line grid; full lines hold 28 characters edge to edge") {
  auto r = testing::render(plain_report(80, false), "gbt9704");
  REQUIRE(r.ok);
  std::map<std::size_t, std::set<long>> rows;
  int full_lines = 0;
  for (std::size_t i = 0; i < r.lines.size(); ++i) {
    const LaidLine& line = r.lines[i];
    if (line.page_number) continue;
    INFO(line.page, ": ", line.text);
    // A line whose 28th character went down with the 。 that may not start a line is short.
    const bool pushed =
        i + 1 < r.lines.size() && r.lines[i + 1].paragraph_end && r.lines[i + 1].text.size() == 6;
    const double size = line.kind == TextKind::title ? 22 : 16;
    const double in_box = (pitch - size) / 2 + 0.88 * size;
    const double row = (line.baseline - in_box - top) / pitch;
    CHECK(std::abs(row - std::round(row)) < 1e-6);
    CHECK(rows[line.page].insert(std::lround(row)).second);
    CHECK(row >= -1e-6);
    CHECK(row < 22);
    CHECK(line.x >= left - 1e-6);
    CHECK(line.x + line.width <= left + width + 1e-6);
    if (line.kind == TextKind::body && !line.paragraph_end && !pushed) {
      ++full_lines;
      CHECK(line.x + line.width == doctest::Approx(left + width).epsilon(1e-6));
      const std::size_t characters = line.text.size() / 3;  // Han only: three bytes each
      const double indent = line.x - left;
      CHECK(characters + static_cast<std::size_t>(std::lround(indent / character)) == 28);
    }
  }
  CHECK(full_lines > 100);
  int full_pages = 0;
  for (const auto& [page, used] : rows) {
    full_pages += used.size() == 22;
    if (page + 1 < rows.size()) CHECK(used.size() >= 20);  // ends at most two lines early
  }
  CHECK(rows.size() >= 4);
  CHECK(full_pages >= 3);  // the rest end early only to keep a heading or two lines together
}

TEST_CASE("the title takes its own grid lines with a blank one below; the title lines are not repeated") {
  auto r = testing::render(plain_report(3, false), "gbt9704");
  REQUIRE(r.ok);
  REQUIRE(r.lines.size() > 3);
  CHECK(r.lines[0].kind == TextKind::title);
  const LaidLine& heading = r.lines[1];
  CHECK(heading.kind == TextKind::heading1);
  CHECK(heading.text == "一、工作情况");
  CHECK(heading.baseline - body_baseline == doctest::Approx(top + 2 * pitch));  // title, blank, heading
  for (const LaidLine& line : r.lines) CHECK(line.kind != TextKind::title_line);
}

TEST_CASE("page numbers: — N — one 4号 character in, right on odd pages, left on even, 7 mm below the area") {
  auto r = testing::render(plain_report(40, false), "gbt9704");
  REQUIRE(r.ok);
  int seen = 0;
  for (const LaidLine& line : r.lines) {
    if (!line.page_number) continue;
    ++seen;
    INFO("page ", line.page + 1);
    CHECK(line.text == "— " + std::to_string(line.page + 1) + " —");
    CHECK(line.baseline - 0.88 * 14 == doctest::Approx(top + height + pdf::mm(7)));
    if (line.page % 2 == 0)
      CHECK(line.x + line.width == doctest::Approx(left + width - 14));
    else
      CHECK(line.x == doctest::Approx(left + 14));
  }
  CHECK(seen >= 2);
}

TEST_CASE("the 落款 follows the last text after one blank grid line, from the Document or its metadata") {
  for (bool own : {true, false}) {
    auto r = testing::render(plain_report(5, own), "gbt9704");
    REQUIRE(r.ok);
    std::vector<const LaidLine*> text;
    for (const LaidLine& line : r.lines)
      if (!line.page_number) text.push_back(&line);
    REQUIRE(text.size() > 3);
    const LaidLine& date = *text.back();
    const LaidLine& organization = *text[text.size() - 2];
    const LaidLine& last_text = *text[text.size() - 3];
    CHECK(organization.text == (own ? "中共示例县委" : "示例县委组织部"));
    CHECK(date.text == (own ? "2016年11月21日" : "2016年1月15日"));
    CHECK(organization.kind == TextKind::signature);
    CHECK(organization.page == last_text.page);
    CHECK(organization.baseline - last_text.baseline == doctest::Approx(2 * pitch));
    CHECK(date.baseline - organization.baseline == doctest::Approx(pitch));
    CHECK(date.x + date.width <= left + width - 2 * character + 1e-6);
    CHECK(date.x == doctest::Approx(organization.x + 2 * character));
  }
}

TEST_CASE("a 落款 character no font covers is an error, and nothing is written") {
  report::Document doc = plain_report(2, false);
  doc.sections.back().elements.push_back(report::Signature{"私用区\U000F0000委员会", "2016年11月21日"});
  auto r = testing::render(doc, "gbt9704");
  CHECK_FALSE(r.ok);
  CHECK(r.bytes.empty());
  REQUIRE(r.diagnostics.error_count() == 1);
  CHECK(r.diagnostics.items().front().code == "uncovered-character");
}

TEST_CASE("a gbt9704 report gives the same bytes twice") {
  auto a = testing::render(plain_report(30, true), "gbt9704");
  auto b = testing::render(plain_report(30, true), "gbt9704");
  REQUIRE(a.ok);
  CHECK(a.bytes == b.bytes);
}

TEST_CASE("the layout makes a style for every name of the model's table, and knows no other") {
  for (const model::PageStyleName& entry : model::page_style_table) {
    auto style = make_page_style(entry.name);
    REQUIRE(style != nullptr);
    CHECK(style->name() == entry.name);
  }
  CHECK(page_style_names() == std::vector<std::string>{"case", "gbt9704"});
  CHECK(make_page_style("a4") == nullptr);
}
