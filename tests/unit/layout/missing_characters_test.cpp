// Characters no font covers are found before anything is laid out, each run checked in the role
// it is set in (bold lead-ins in the style's bold role), and reported once per paragraph in
// text order at the paragraph's place.
#include <doctest/doctest.h>

#include "fixtures.hpp"
#include "layout/case_style.hpp"
#include "layout/shaped_paragraph.hpp"

using namespace cr;
using namespace cr::layout;

namespace {

// The product's fonts, but headings (the body's bold role) in WenQuanYi Micro Hei alone, which
// lacks 𠮷 (U+20BB7) where the body's Noto Serif CJK SC has it.
const font::FontSet& bold_lacking_ji() {
  static const font::FontSet fonts = [] {
    diag::Diagnostics ignored;
    const std::filesystem::path resources(CR_SOURCE_DIR);
    auto config = font::load_font_config("", resources, ignored);
    config.roles[font::Role::heading] = font::FamilyChain{{}, {"WenQuanYi Micro Hei"}, "Regular", "", ""};
    auto catalogue = font::build_catalogue(font::font_folders("", resources), true);
    return font::FontSet::resolve(config, catalogue, ignored);
  }();
  return fonts;
}

const std::string ji = "\U00020BB7";  // 𠮷

}  // namespace

TEST_CASE("each run is checked in the role it is set in, with its offset in the paragraph") {
  const font::FontSet& fonts = bold_lacking_ji();
  const TextStyle style = CaseStyle().text_style(TextKind::body);
  REQUIRE(style.bold_role == font::Role::heading);
  REQUIRE_FALSE(fonts.role(font::Role::heading).faces.empty());
  REQUIRE(fonts.role(font::Role::body).faces.front()->covers(U'\U00020BB7'));
  REQUIRE_FALSE(fonts.role(font::Role::heading).faces.front()->covers(U'\U00020BB7'));

  const std::vector<report::Run> runs{{"启示" + ji + "：", report::Run::Style::bold},
                                      {"正文" + ji + "\uE000。", report::Run::Style::plain},
                                      {ji, report::Run::Style::bold}};
  const auto missing = ShapedParagraph::uncovered(fonts, runs, style);
  REQUIRE(missing.size() == 3);
  CHECK(missing[0].code_point == U'\U00020BB7');  // in the bold run: the heading role lacks it
  CHECK(missing[0].offset == 6);
  CHECK(missing[1].code_point == U'\uE000');  // the plain run has 𠮷 from the body role
  CHECK(missing[1].offset == runs[0].text.size() + 10);
  CHECK(missing[2].code_point == U'\U00020BB7');
  CHECK(missing[2].offset == runs[0].text.size() + runs[1].text.size());
}

TEST_CASE("uncovered characters are errors at the paragraph's place, in text order, before any page") {
  report::Document doc;
  report::Paragraph p;
  p.runs = {{"启示" + ji + "：", report::Run::Style::bold},
            {"正文\U0010FFFD与" + ji + "，\uE000又\U0010FFFD。", report::Run::Style::plain}};
  p.origin = {"narrative/results.md", 7, 1};
  doc.sections.push_back({"s", {testing::body("前一段。"), p}});
  auto style = make_page_style("case");
  for (bool replace : {false, true}) {
    INFO("replaced: ", replace);
    testing::Rendered r;
    r.ok =
        render_pdf(doc, *style, bold_lacking_ji(), {1479705780, replace}, r.bytes, &r.lines, r.diagnostics);
    CHECK(r.ok == replace);
    CHECK(r.bytes.empty() == !replace);
    CHECK(r.lines.empty() == !replace);  // refused before a line is set
    std::vector<std::string> found;
    for (const diag::Diagnostic& d : r.diagnostics.items()) {
      CHECK(d.code == "uncovered-character");
      CHECK(d.file == "narrative/results.md");
      CHECK(d.line == 7);
      found.push_back(d.message_en);
    }
    REQUIRE(found.size() == 3);  // each character once per paragraph
    CHECK(found[0].find("U+20BB7") != std::string::npos);
    // The one coverage message (font::report_uncovered) names the role whose faces lack it.
    CHECK(found[0].find("any heading font (WenQuanYi Micro Hei)") != std::string::npos);
    CHECK(found[1].find("U+10FFFD") != std::string::npos);
    CHECK(found[1].find("any body font") != std::string::npos);
    CHECK(found[2].find("U+E000") != std::string::npos);
    CHECK(r.diagnostics.error_count() == (replace ? 0 : 3));
  }
}
