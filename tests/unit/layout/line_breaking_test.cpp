// Line breaking checked from the layout's own line list on the stress text: what a reader of
// the PDF would see, before any PDF reader is involved.
#include <doctest/doctest.h>

#include "fixtures.hpp"
#include "text/line_break.hpp"
#include "text/line_spacing.hpp"
#include "text/utf8.hpp"

using namespace cr;
using namespace cr::layout;

namespace {

bool word_character(char32_t cp) {
  return (cp >= U'0' && cp <= U'9') || (cp >= U'A' && cp <= U'Z') || (cp >= U'a' && cp <= U'z') ||
         cp == U'.' || cp == U'%';
}

std::vector<const LaidLine*> body_lines(const LineList& lines) {
  std::vector<const LaidLine*> out;
  for (const LaidLine& line : lines)
    if (line.kind == TextKind::body && !line.page_number) out.push_back(&line);
  return out;
}

}  // namespace

TEST_CASE("no line of the stress text starts or ends with a forbidden mark, nor splits a word or number") {
  auto r = testing::render(testing::stress_document(3));
  REQUIRE(r.ok);
  auto lines = body_lines(r.lines);
  REQUIRE(lines.size() > 20);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::u32string text = text::decode(lines[i]->text);
    REQUIRE_FALSE(text.empty());
    INFO("line ", i, ": ", lines[i]->text);
    CHECK_FALSE(text::forbidden_at_line_start(text.front()));
    CHECK_FALSE(text::forbidden_at_line_end(text.back()));
    CHECK(text.substr(0, 1) != U"…");
    if (i + 1 < lines.size() && !lines[i]->paragraph_end) {
      const std::u32string next = text::decode(lines[i + 1]->text);
      CHECK_FALSE((word_character(text.back()) && word_character(next.front())));
      CHECK_FALSE((text.back() == U'—' && next.front() == U'—'));
      CHECK_FALSE((text.back() == U'…' && next.front() == U'…'));
    }
  }
}

TEST_CASE("the stress text survives layout whole: lines joined give the paragraphs back") {
  auto doc = testing::stress_document();
  auto r = testing::render(doc);
  REQUIRE(r.ok);
  std::string joined, expected;
  for (const LaidLine* line : body_lines(r.lines)) joined += line->text;
  for (const auto& block : doc.sections[0].elements)
    if (auto* p = std::get_if<report::Paragraph>(&block)) expected += report::plain_text(*p);
  auto squeeze = [](std::string s) {
    std::erase(s, ' ');
    return s;
  };
  CHECK(squeeze(joined) == squeeze(expected));
  CHECK(joined.find("𠮷") != std::string::npos);
}

TEST_CASE(
    "justified lines fill the measure; last lines are ragged; first lines are indented two characters") {
  auto r = testing::render(testing::stress_document());
  REQUIRE(r.ok);
  const pdf::Rect area = make_page_style("case")->text_area(0);
  bool first = true;
  int checked = 0;
  for (const LaidLine* line : body_lines(r.lines)) {
    INFO(line->text);
    const double start = first ? area.x + 32 : area.x;
    // An opening mark at a line start may be compressed up to half width (its ink is on the right).
    if (text::is_opening_mark(text::decode(line->text).front())) {
      CHECK(line->x >= start - 8 - 0.001);
      CHECK(line->x <= start + 0.001);
    } else {
      CHECK(line->x == doctest::Approx(start).epsilon(0.0001));
    }
    if (!line->paragraph_end && line->justified) {
      CHECK(line->x + line->width == doctest::Approx(area.x + area.width).epsilon(0.0001));
      ++checked;
    } else if (!line->paragraph_end) {
      // Set ragged only when more than four ems were left over (an unbreakable URL came next).
      CHECK(area.x + area.width - (line->x + line->width) > 4 * 16);
    } else {
      CHECK(line->x + line->width <= area.x + area.width + 0.01);
    }
    first = line->paragraph_end;
  }
  CHECK(checked > 10);
}

TEST_CASE("a paragraph does not end in a line of a single character") {
  // 26 characters fill the indented first line, 28 the next: the 55th would stand alone.
  std::u32string text;
  const std::u32string phrase = U"基层党组织建设和服务群众水平全面提升党员干部受到教育";
  while (text.size() < 55) text += phrase;
  text.resize(55);
  report::Document doc;
  doc.sections.push_back({"s", {testing::body(text::encode(text))}});
  auto r = testing::render(doc);
  REQUIRE(r.ok);
  auto lines = body_lines(r.lines);
  REQUIRE(lines.size() == 3);
  CHECK(text::decode(lines[2]->text).size() >= 2);
  CHECK(lines[1]->justified);
  const pdf::Rect area = make_page_style("case")->text_area(0);
  CHECK(lines[1]->x + lines[1]->width == doctest::Approx(area.x + area.width).epsilon(0.0001));
}

TEST_CASE("in the case style a paragraph's last line holds two characters besides its punctuation") {
  // Paragraphs ending in "面：" or "系。" at every length over two lines: the last line takes
  // characters from the line before, which stays justified to the right edge.
  const std::u32string phrase = U"基层党组织建设和服务群众水平全面提升党员干部受到教育";
  const pdf::Rect area = make_page_style("case")->text_area(0);
  auto letters = [](const std::string& line) {
    std::size_t count = 0;
    for (char32_t cp : text::decode(line)) count += cp != U'：' && cp != U'。' && cp != U'，';
    return count;
  };
  int runts_possible = 0;
  for (const std::u32string ending : {U"方面：", U"关系。", U"，系。"}) {
    for (std::size_t length = 50; length < 62; ++length) {
      std::u32string text;
      while (text.size() < length) text += phrase;
      text.resize(length);
      text += ending;
      report::Document doc;
      doc.sections.push_back({"s", {testing::body(text::encode(text))}});
      auto r = testing::render(doc);
      REQUIRE(r.ok);
      auto lines = body_lines(r.lines);
      REQUIRE(lines.size() >= 2);
      INFO(text::encode(text));
      runts_possible += text::decode(lines.back()->text).size() <= 3;
      CHECK(letters(lines.back()->text) >= 2);
      const LaidLine* before = lines[lines.size() - 2];
      CHECK(before->justified);
      CHECK(before->x + before->width == doctest::Approx(area.x + area.width).epsilon(0.0001));
    }
  }
  CHECK(runts_possible > 0);  // the lengths do reach the runts
}
