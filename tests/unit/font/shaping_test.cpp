#include <doctest/doctest.h>

#include "fixtures.hpp"
#include "font/coverage.hpp"
#include "font/shaping.hpp"
#include "font/uncovered.hpp"

using namespace cr::font;
using namespace cr::font::testing;

TEST_CASE("a character beyond the BMP is one glyph with a full advance") {
  auto noto = system_face("Noto Serif CJK SC");
  REQUIRE(noto);
  auto shaped = shape(role_of({noto}), "吉𠮷", ShapeOptions{10, false});
  REQUIRE(shaped.runs.size() == 1);
  const auto& run = shaped.runs[0];
  REQUIRE(run.glyphs.size() == 2);
  CHECK(run.glyphs[1].glyph != 0);
  CHECK(run.glyphs[1].glyph != run.glyphs[0].glyph);
  CHECK(run.glyphs[1].cluster == 3);
  CHECK(run.characters_of(1) == "𠮷");
  CHECK(run.glyphs[1].advance == doctest::Approx(10.0));
  CHECK(shaped.width() == doctest::Approx(20.0));
  CHECK(shaped.missing.empty());
}

TEST_CASE("the fallback chain takes a character the first face lacks from the next one") {
  auto ukai = system_face("AR PL UKai CN");
  auto noto = system_face("Noto Serif CJK SC");
  REQUIRE(ukai);
  REQUIRE(noto);
  auto shaped = shape(role_of({ukai, noto}), "大吉𠮷利", ShapeOptions{12, false});
  REQUIRE(shaped.runs.size() == 3);
  CHECK(shaped.runs[0].face == ukai);
  CHECK(shaped.runs[0].text == "大吉");
  CHECK(shaped.runs[1].face == noto);
  CHECK(shaped.runs[1].text == "𠮷");
  CHECK(shaped.runs[2].face == ukai);
  CHECK(shaped.runs[2].begin == 10);
  CHECK(shaped.missing.empty());
}

TEST_CASE("an uncovered character is named with its code point and place, or replaced by 〓 on request") {
  auto noto = system_face("Noto Serif CJK SC");
  REQUIRE(noto);
  auto fonts = role_of({noto});
  std::string text = "第一行\n第二\U0010FFFD行";
  cr::diag::Diagnostics diagnostics;
  auto report = check_coverage(fonts, text, TextSource{"narrative/results.md", 3, 1}, false, diagnostics);
  CHECK(report.uncovered == std::set<char32_t>{U'\U0010FFFD'});
  REQUIRE(diagnostics.error_count() == 1);
  const auto& d = diagnostics.items()[0];
  CHECK(d.file == "narrative/results.md");
  CHECK(d.line == 4);
  CHECK(d.column == 3);
  CHECK(d.message_zh.find("U+10FFFD") != std::string::npos);
  CHECK(d.message_zh.find("正文") != std::string::npos);

  auto plain = shape(fonts, "二\U0010FFFD", ShapeOptions{12, false});
  REQUIRE(plain.missing.size() == 1);
  CHECK(plain.missing[0].offset == 3);
  auto marked = shape(fonts, "二\U0010FFFD", ShapeOptions{12, true});
  REQUIRE(marked.runs.size() == 2);
  CHECK(marked.runs[1].glyphs[0].glyph == noto->glyph_for(replacement_mark).value());
  cr::diag::Diagnostics warned;
  check_coverage(fonts, "\U0010FFFD", TextSource{"a.md", 1, 1}, true, warned);
  CHECK(warned.warning_count() == 1);
  CHECK(warned.error_count() == 0);
}

TEST_CASE("coverage places each occurrence at its line and column, by the one uncovered() pass") {
  auto noto = system_face("Noto Serif CJK SC");
  REQUIRE(noto);
  auto fonts = role_of({noto});
  // A byte that is not UTF-8 is passed over and takes no column; a line feed starts a line.
  const std::string text = "a\xff" "b\U0010FFFD\n\u4e00\U0010FFFD\uE000";
  const auto missing = uncovered(fonts, text);
  REQUIRE(missing.size() == 3);
  CHECK(missing[0].offset == 3);
  CHECK(missing[0].role == fonts.role);
  cr::diag::Diagnostics diagnostics;
  const auto report =
      check_coverage(fonts, text, TextSource{"t.md", 2, 5}, false, diagnostics, std::set<char32_t>{U'\uE000'});
  CHECK(report.uncovered == std::set<char32_t>{U'\U0010FFFD', U'\uE000'});
  REQUIRE(diagnostics.error_count() == 2);  // U+E000 was reported before, at a better place
  CHECK(diagnostics.items()[0].line == 2);
  CHECK(diagnostics.items()[0].column == 7);
  CHECK(diagnostics.items()[1].line == 3);
  CHECK(diagnostics.items()[1].column == 2);
  CHECK(diagnostics.items()[1].message_en.find("U+10FFFD") != std::string::npos);
}

TEST_CASE("a run sliced for a line keeps its text") {
  auto kai = system_face("LXGW WenKai");
  REQUIRE(kai);
  auto shaped = shape(role_of({kai}), "党建之冬12.5%", ShapeOptions{12, false});
  REQUIRE(shaped.runs.size() == 1);
  auto tail = shaped.runs[0].slice(2, shaped.runs[0].glyphs.size());
  CHECK(tail.text == "之冬12.5%");
  CHECK(tail.characters_of(0) == "之");
  CHECK(tail.width() < shaped.width());
}
