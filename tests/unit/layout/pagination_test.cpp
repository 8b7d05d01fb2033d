// The page loop: headings stay with two lines of their text, no single orphan or widow line,
// tables repeat their header rows, the 落款 never stands alone on a page, same input same bytes.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <set>
#include <string>

#include "fixtures.hpp"
#include "layout/case_style.hpp"
#include "layout/page_break_block.hpp"
#include "layout/page_loop.hpp"

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
    if (i % 4 == 0) section.elements.push_back(testing::heading("第" + std::to_string(i) + "节", 1, i / 4 + 1));
    std::string text;
    for (int k = 0; k <= i % 7; ++k) text += "基层党组织建设和服务群众水平全面提升，党员干部受到了教育。";
    section.elements.push_back(testing::body(text));
  }
  doc.sections.push_back(std::move(section));
  return doc;
}

// What the page loop asked of blocks, and when: each page as it was handed over, the blocks
// asked anything after their page was handed over, the blocks released.
struct Watch {
  std::set<const Block*> handed_over, asked, released;
  int late = 0;  // questions to a block whose page was already handed over
  void ask(const Block* block) {
    asked.insert(block);
    late += handed_over.contains(block);
  }
};

// A block of `lines` lines of one pitch, named so that its parts can be found on the pages: it
// splits between lines as a paragraph does (never a single line alone on either side), or, as
// a chart does, not at all.
struct Lines : Block {
  Lines(std::string label, int count, double line_pitch, bool splittable)
      : name(std::move(label)), lines(count), pitch(line_pitch), splits(splittable) {}

  double wrap(double) override {
    asked();
    return lines * pitch;
  }
  std::vector<BlockPtr> split(double, double height) override {
    asked();
    if (!splits) return {};
    int fits = std::min(lines, static_cast<int>(std::floor((height + 1e-6) / pitch)));
    if (lines - fits < 2) fits = lines - 2;
    if (fits < 2) return {};
    std::vector<BlockPtr> parts;
    for (int count : {fits, lines - fits}) {
      auto part = std::make_unique<Lines>(*this);
      part->lines = count;
      parts.push_back(std::move(part));
    }
    return parts;
  }
  void draw(Canvas&, pdf::Point, double) const override {}
  double space_before() const override {
    asked();
    return before;
  }
  double space_after() const override {
    asked();
    return after;
  }
  bool keep_with_next() const override {
    asked();
    return with_next;
  }
  bool keep_with_previous() const override {
    asked();
    return with_previous;
  }
  double lead_height(double width) override {
    asked();
    return splits && lines > 3 ? 2 * pitch : wrap(width);
  }
  double tail_height(double width) override { return lead_height(width); }
  bool at_foot() const override { return foot; }
  void release() override {
    if (watch) watch->released.insert(this);
  }
  void asked() const {
    if (watch) watch->ask(this);
  }

  Watch* watch = nullptr;  // parts are watched as the block they come from
  std::string name;
  int lines;
  double pitch;
  bool splits;
  double before = 0, after = 0;
  bool with_next = false, with_previous = false;
  bool foot = false;  // a 版记
};

constexpr double pitch = 20;

Lines& add_lines(std::vector<BlockPtr>& blocks, std::string name, int lines, bool splits = true) {
  blocks.push_back(std::make_unique<Lines>(std::move(name), lines, pitch, splits));
  return static_cast<Lines&>(*blocks.back());
}
// A heading of one line, kept with what follows.
void add_heading(std::vector<BlockPtr>& blocks, std::string name) {
  add_lines(blocks, std::move(name), 1, false).with_next = true;
}
// A 落款 as the gbt9704 style sets it: a blank line above, two lines that do not split.
Lines& add_signature(std::vector<BlockPtr>& blocks) {
  Lines& signature = add_lines(blocks, "落款", 2, false);
  signature.before = pitch;
  signature.with_previous = true;
  return signature;
}

// A page as "name lines@row ...", each block's top in pitches from the top of the text area
// ("+" when off the pitch).
std::string describe(const LaidPage& page, const pdf::Rect& area) {
  std::string out;
  for (const PlacedBlock& placed : page.blocks) {
    const auto& lines = dynamic_cast<const Lines&>(*placed.block);
    const double row = (placed.top_left.y - area.y) / pitch;
    if (!out.empty()) out += " ";
    out += lines.name + " " + std::to_string(lines.lines) + "@" + std::to_string(std::lround(row));
    if (std::abs(row - std::round(row)) > 1e-9) out += "+";  // off the line pitch
  }
  return out;
}

pdf::Rect text_area(int page_lines) { return {50, 70, 400, page_lines * pitch}; }

// A long flow of all the page loop handles: headings kept with what follows, paragraphs that
// split, blocks that do not, forced page breaks, the 落款 at the end and a page break after it
// (an empty last page).
void add_report(std::vector<BlockPtr>& blocks, Watch* watch) {
  for (int i = 0; i < 12; ++i) {
    add_heading(blocks, "标题" + std::to_string(i));
    add_lines(blocks, "段" + std::to_string(i), 3 + i % 9);
    if (i % 4 == 1) add_lines(blocks, "图" + std::to_string(i), 4, false);
    if (i % 5 == 3) blocks.push_back(std::make_unique<PageBreakBlock>());
  }
  add_signature(blocks);
  blocks.push_back(std::make_unique<PageBreakBlock>());
  for (const BlockPtr& block : blocks)
    if (auto* lines = dynamic_cast<Lines*>(block.get())) lines->watch = watch;
}

// The pages as "page | page | ...": what went where, in a form a check can compare and show.
std::string lay_out(std::vector<BlockPtr>& blocks, int page_lines, std::optional<double> grid = {}) {
  const pdf::Rect area = text_area(page_lines);
  const FlowFrame frame{[area](std::size_t) { return area; }, grid};
  std::string pages;
  for (const LaidPage& page : paginate(blocks, frame)) {
    if (!pages.empty()) pages += " |";
    const std::string blocks_on_page = describe(page, area);
    if (!pages.empty() && !blocks_on_page.empty()) pages += " ";
    pages += blocks_on_page;
  }
  return pages;
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

TEST_CASE("the same bytes whether the lines set are kept or let go page by page") {
  auto doc = testing::stress_document(2);
  auto kept = testing::render(doc, "gbt9704");
  REQUIRE(kept.ok);
  REQUIRE(kept.lines.back().page >= 2);  // several pages
  std::string bytes;
  diag::Diagnostics diagnostics;
  auto style = make_page_style("gbt9704");
  REQUIRE(
      render_pdf(doc, *style, testing::product_fonts(), {1479705780, false}, bytes, nullptr, diagnostics));
  CHECK(bytes == kept.bytes);
}

TEST_CASE("a paragraph that fills its page gives its last two lines to the 落款, which never stands alone") {
  std::vector<BlockPtr> blocks;
  SUBCASE("one paragraph fills the page") {
    add_lines(blocks, "正文", 10);
    add_signature(blocks);
    CHECK(lay_out(blocks, 10) == "正文 8@0 | 正文 2@0 落款 2@3");
  }
  SUBCASE("the second paragraph fills it") {
    add_lines(blocks, "甲", 6);
    add_lines(blocks, "乙", 4);
    add_signature(blocks);
    CHECK(lay_out(blocks, 10) == "甲 6@0 乙 2@6 | 乙 2@0 落款 2@3");
  }
  SUBCASE("the page is too full for the blank line and the 落款") {
    add_lines(blocks, "正文", 8);
    add_signature(blocks);
    CHECK(lay_out(blocks, 10) == "正文 6@0 | 正文 2@0 落款 2@3");
  }
  SUBCASE("a long paragraph whose last page it fills") {
    add_lines(blocks, "正文", 30);
    add_signature(blocks);
    CHECK(lay_out(blocks, 10) == "正文 10@0 | 正文 10@0 | 正文 8@0 | 正文 2@0 落款 2@3");
  }
  SUBCASE("where the 落款 fits, nothing moves") {
    add_lines(blocks, "正文", 7);
    add_signature(blocks);
    CHECK(lay_out(blocks, 10) == "正文 7@0 落款 2@8");
  }
}

TEST_CASE("a block with no tail to give goes to the next page with the 落款") {
  std::vector<BlockPtr> blocks;
  add_lines(blocks, "正文", 7);
  SUBCASE("a block that does not split") {
    add_lines(blocks, "图", 3, false);
    add_signature(blocks);
    CHECK(lay_out(blocks, 10) == "正文 7@0 | 图 3@0 落款 2@4");
  }
  SUBCASE("a paragraph of three lines") {
    add_lines(blocks, "短段", 3);
    add_signature(blocks);
    CHECK(lay_out(blocks, 10) == "正文 7@0 | 短段 3@0 落款 2@4");
  }
  SUBCASE("a paragraph of two lines, the page not yet full") {
    add_lines(blocks, "短段", 2);
    add_signature(blocks);
    CHECK(lay_out(blocks, 10) == "正文 7@0 | 短段 2@0 落款 2@3");
  }
}

TEST_CASE("at the top of its page a block with no tail to give stays, and the 落款 goes alone") {
  std::vector<BlockPtr> blocks;
  SUBCASE("a block as tall as the page") {
    add_lines(blocks, "图", 10, false);
    add_signature(blocks);
    CHECK(lay_out(blocks, 10) == "图 10@0 | 落款 2@0");
  }
  SUBCASE("a block taller than the page") {
    add_lines(blocks, "图", 12, false);
    add_signature(blocks);
    CHECK(lay_out(blocks, 10) == "图 12@0 | 落款 2@0");
  }
  SUBCASE("a paragraph of three lines on a page of three") {
    add_lines(blocks, "短段", 3);
    add_signature(blocks);
    CHECK(lay_out(blocks, 3) == "短段 3@0 | 落款 2@0");
  }
}

TEST_CASE("a heading stays with its text when the 落款 takes that text to the next page") {
  std::vector<BlockPtr> blocks;
  SUBCASE("the text gives its last two lines and keeps two under the heading") {
    add_lines(blocks, "正文", 5);
    add_heading(blocks, "标题");
    add_lines(blocks, "段", 4);
    add_signature(blocks);
    CHECK(lay_out(blocks, 10) == "正文 5@0 标题 1@5 段 2@6 | 段 2@0 落款 2@3");
  }
  SUBCASE("the text has no tail to give: the heading goes with it and the 落款") {
    add_lines(blocks, "正文", 6);
    add_heading(blocks, "标题");
    add_lines(blocks, "短段", 3);
    add_signature(blocks);
    CHECK(lay_out(blocks, 10) == "正文 6@0 | 标题 1@0 短段 3@1 落款 2@5");
  }
  SUBCASE("a heading at the top of its page keeps its text; the 落款 goes alone") {
    add_heading(blocks, "标题");
    add_lines(blocks, "短段", 3);
    add_signature(blocks);
    CHECK(lay_out(blocks, 4) == "标题 1@0 短段 3@1 | 落款 2@0");
  }
  SUBCASE("a heading followed by the 落款 itself") {
    add_lines(blocks, "正文", 7);
    add_heading(blocks, "标题");
    add_signature(blocks);
    CHECK(lay_out(blocks, 10) == "正文 7@0 | 标题 1@0 落款 2@2");
  }
}

TEST_CASE("a 落款 of two blocks, the organisation kept with the date, neither stands alone") {
  // The case style's 落款: the organisation keeps with the text before it and with the date.
  std::vector<BlockPtr> blocks;
  add_lines(blocks, "正文", 10);
  Lines& organization = add_lines(blocks, "署名", 1, false);
  organization.before = pitch;
  organization.with_previous = organization.with_next = true;
  add_lines(blocks, "日期", 1, false).before = pitch;
  SUBCASE("the text fills the page") {
    CHECK(lay_out(blocks, 10) == "正文 8@0 | 正文 2@0 署名 1@3 日期 1@5");
  }
  SUBCASE("the organisation would fit, the date would not") {
    CHECK(lay_out(blocks, 14) == "正文 10@0 署名 1@11 日期 1@13");
    CHECK(lay_out(blocks, 13) == "正文 8@0 | 正文 2@0 署名 1@3 日期 1@5");
  }
}

TEST_CASE("on a line grid the tops stay on the grid when the 落款 takes lines") {
  std::vector<BlockPtr> blocks;
  add_lines(blocks, "甲", 3).after = 0.4 * pitch;
  add_lines(blocks, "乙", 4);
  add_signature(blocks).before = 0.5 * pitch;
  // Off the grid the 落款 fits below 乙; on it, 乙 and the 落款 each start lower.
  SUBCASE("off the grid") { CHECK(lay_out(blocks, 10) == "甲 3@0 乙 4@3+ 落款 2@8+"); }
  SUBCASE("on the grid") { CHECK(lay_out(blocks, 10, pitch) == "甲 3@0 乙 2@4 | 乙 2@0 落款 2@3"); }
}

TEST_CASE("in either style the 落款 stands on a page with text, its organisation with its date") {
  const std::string han = "党建基层组织服务群众工作提升干部队伍建设创新发展";
  for (const std::string style : {"case", "gbt9704"}) {
    INFO(style);
    int full = 0;                            // lines of a full page
    std::vector<int> before_signature_page;  // lines on the page before the 落款's
    // One paragraph a gbt9704 line (28 characters) longer each time, over the foot of a page.
    for (int length = 54; length < 1300; length += 28) {
      INFO("characters: ", length);
      std::string text;
      for (int k = 0; k < length; ++k) text += han.substr(k % 24 * 3, 3);
      report::Document doc;
      doc.sections.push_back(
          {"t", {testing::body(text), report::Signature{"中共示例县委", "2016年11月21日"}}});
      auto r = testing::render(doc, style);
      REQUIRE(r.ok);
      std::map<std::size_t, int> body;
      std::vector<const LaidLine*> signature;
      for (const LaidLine& line : r.lines) {
        if (line.kind == TextKind::body && !line.page_number) ++body[line.page];
        if (line.kind == TextKind::signature) signature.push_back(&line);
      }
      REQUIRE(signature.size() == 2);
      CHECK(signature[0]->text == "中共示例县委");
      CHECK(signature[1]->page == signature[0]->page);
      const std::size_t page = signature[0]->page;
      CHECK(body[page] >= 2);
      for (const auto& [index, count] : body) {
        CHECK(count >= 2);
        full = std::max(full, count);
      }
      if (page > 0) before_signature_page.push_back(body[page - 1]);
    }
    // Some lengths end a page two lines or more early for the 落款 (to avoid a widow, a page
    // ends one line early).
    CHECK(std::count_if(before_signature_page.begin(), before_signature_page.end(),
                        [full](int lines) { return lines <= full - 2; }) > 0);
  }
}

TEST_CASE("the closing lines and the 落款 are one group, kept with the body's last two lines") {
  const std::string han = "党建基层组织服务群众工作提升干部队伍建设创新发展";
  for (const std::string style : {"case", "gbt9704"}) {
    INFO(style);
    // One paragraph a gbt9704 line longer each time, so that the group meets the foot of a page
    // at every offset.
    for (int length = 54; length < 1300; length += 28) {
      INFO("characters: ", length);
      std::string text;
      for (int k = 0; k < length; ++k) text += han.substr(k % 24 * 3, 3);
      report::Document doc;
      doc.sections.push_back(
          {"t",
           {testing::body(text), testing::body("来源：示例县委组织部", report::Paragraph::Role::source),
            testing::body("（责编：秦华、黄瑾）", report::Paragraph::Role::source),
            report::Signature{"中共示例县委", "2016年11月21日"}}});
      auto r = testing::render(doc, style);
      REQUIRE(r.ok);
      std::map<std::size_t, int> body;
      std::set<std::size_t> closing_pages;
      for (const LaidLine& line : r.lines) {
        if (line.kind == TextKind::body && !line.page_number) ++body[line.page];
        if (line.kind == TextKind::signature || line.kind == TextKind::source)
          closing_pages.insert(line.page);
      }
      REQUIRE(closing_pages.size() == 1);
      CHECK(body[*closing_pages.begin()] >= 2);
    }
  }
}

TEST_CASE("a table before the 落款 gives it its last row under the repeated header, or goes with it") {
  auto cell = [](std::string text) {
    report::Cell c;
    c.text = std::move(text);
    return c;
  };
  int carried = 0;  // row counts at which the 落款's page carries the end of a table split for it
  for (int rows = 12; rows < 36; ++rows) {
    INFO("rows: ", rows);
    report::Table table;
    table.title = "表1　各乡镇主要指标";
    table.alignment = {report::Align::left, report::Align::right};
    table.header_rows = {{cell("单位"), cell("2015年")}};
    for (int i = 0; i < rows; ++i)
      table.body_rows.push_back({cell("第" + std::to_string(i + 1) + "乡镇"), cell("近万人次")});
    table.note = "注：数据来自各乡镇党委。";
    report::Document doc;
    doc.sections.push_back(
        {"t", {testing::body("开头一段。"), table, report::Signature{"中共示例县委", "2016年11月21日"}}});
    auto r = testing::render(doc, "gbt9704");
    REQUIRE(r.ok);
    std::map<std::size_t, int> text, table_rows, headers;
    std::size_t signature_page = 0;
    for (const LaidLine& line : r.lines) {
      if (line.page_number) continue;
      if (line.kind == TextKind::signature) {
        signature_page = line.page;
        continue;
      }
      ++text[line.page];
      table_rows[line.page] += line.text == "近万人次";
      headers[line.page] += line.text == "2015年";
    }
    CHECK(text[signature_page] > 0);
    if (table_rows[signature_page] > 0) CHECK(headers[signature_page] == 1);
    carried += signature_page > 0 && table_rows[signature_page] > 0 && table_rows[signature_page - 1] > 0;
  }
  CHECK(carried > 0);
}

TEST_CASE("the 版记 sits on the last page's bottom edge, else on the back of a sheet of its own") {
  auto lay = [](int body_lines, bool two_sided) {
    std::vector<BlockPtr> blocks;
    add_lines(blocks, "正文", body_lines);
    add_lines(blocks, "版记", 2, false).foot = true;
    const pdf::Rect area = text_area(10);
    const FlowFrame frame{[area](std::size_t) { return area; }, pitch, two_sided};
    std::string out;
    for (const LaidPage& page : paginate(blocks, frame)) {
      std::string shown = describe(page, area);
      if (!page.numbered) shown += shown.empty() ? "(no number)" : " (no number)";
      out += (out.empty() ? "" : " | ") + shown;
    }
    return out;
  };
  CHECK(lay(5, true) == "正文 5@0 版记 2@8");
  CHECK(lay(8, true) == "正文 8@0 版记 2@8");
  // No room on page 1: page 2, the back of the sheet, holds the 版记 alone, numbered.
  CHECK(lay(9, true) == "正文 9@0 | 版记 2@8");
  // No room on page 2: page 3 would be the front of a sheet. It stays blank, the 版记 goes on
  // page 4, and neither carries a number (GB/T 9704 7.5).
  CHECK(lay(19, true) == "正文 10@0 | 正文 9@0 | (no number) | 版记 2@8 (no number)");
  CHECK(lay(19, false) == "正文 10@0 | 正文 9@0 | 版记 2@8");
}

TEST_CASE("the page loop hands over each page once, in order, as soon as it is complete") {
  for (int page_lines : {6, 10, 17}) {
    INFO("lines a page: ", page_lines);
    const pdf::Rect area = text_area(page_lines);
    const FlowFrame frame{[area](std::size_t) { return area; }, std::nullopt};
    std::vector<BlockPtr> all_at_once;
    add_report(all_at_once, nullptr);
    std::vector<std::string> expected;
    for (const LaidPage& page : paginate(all_at_once, frame)) expected.push_back(describe(page, area));
    REQUIRE(expected.size() > 3);
    CHECK(expected.back().empty());  // after the trailing page break

    Watch watch;
    std::vector<BlockPtr> blocks;
    add_report(blocks, &watch);
    std::vector<std::size_t> indices;
    std::vector<std::string> handed;
    std::vector<std::size_t> asked_by_then;  // blocks asked anything when each page was handed over
    paginate(blocks, frame, [&](std::size_t index, LaidPage page) {
      indices.push_back(index);
      handed.push_back(describe(page, area));
      for (const PlacedBlock& placed : page.blocks)
        CHECK_MESSAGE(watch.handed_over.insert(placed.block).second, "a block on two pages");
      asked_by_then.push_back(watch.asked.size());
    });
    CHECK(handed == expected);
    REQUIRE(indices.size() == expected.size());
    for (std::size_t i = 0; i < indices.size(); ++i) CHECK(indices[i] == i);
    // Nothing on a page is asked anything once the page is handed over: it may be drawn and
    // released at once.
    CHECK(watch.late == 0);
    // Pages go as they are complete, not all at the end: the first goes before the blocks of
    // the last pages are looked at.
    CHECK(asked_by_then.front() < asked_by_then.back());
    // A block split into parts is released by the loop; one placed is left to whoever draws it.
    for (const BlockPtr& block : blocks) {
      if (dynamic_cast<const Lines*>(block.get()) == nullptr) continue;  // a page break
      const bool placed = watch.handed_over.contains(block.get());
      CHECK(placed != watch.released.contains(block.get()));
    }
    CHECK(watch.released.size() > 0);  // some blocks did split
  }
}
