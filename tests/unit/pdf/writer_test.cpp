#include <doctest/doctest.h>

#include <regex>

#include <podofo/podofo.h>

#include "font/catalogue.hpp"
#include "font/face_selection.hpp"
#include "font/shaping.hpp"
#include "pdf/document_info.hpp"
#include "pdf/font_usage.hpp"
#include "pdf/page_content.hpp"
#include "pdf/type0_font.hpp"
#include "pdf/writer.hpp"

using namespace cr;

namespace {

font::FacePtr system_face(const std::string& family) {
  static const auto catalogue = font::build_catalogue({}, true);
  auto found = font::select_face(catalogue, family, "Regular");
  if (!found) return nullptr;
  return font::Face::open(catalogue[*found].file, catalogue[*found].index, catalogue[*found].origin);
}

font::RoleFonts role_of(std::vector<font::FacePtr> faces) {
  font::RoleFonts fonts;
  fonts.faces = std::move(faces);
  return fonts;
}

std::string sample_pdf(const font::RoleFonts& fonts, std::int64_t timestamp) {
  pdf::Writer writer(
      {"党建之冬 字样", "绥棱县委组织部", "字体样张", "党建,字体", "campaign-report", timestamp});
  auto page = writer.add_page(pdf::a4);
  double y = 100;
  for (const char* line : {"党建之冬𠮷", "二〇一六年 12.5%"}) {
    double x = 72;
    for (const auto& run : font::shape(fonts, line, {16, false}).runs) {
      writer.draw_glyphs(page, run, {x, y});
      x += run.width();
    }
    y += 24;
  }
  writer.draw_line(page, {72, 130}, {500, 130}, 0.5);
  writer.fill_rect(page, {72, 140, 100, 20}, {0.8, 0.1, 0.1});
  auto part = writer.add_outline("第一部分", page, 80);
  writer.add_outline("（一）小节", page, 100, part);
  writer.add_page(pdf::a4);
  writer.set_page_labels(
      {{0, pdf::PageNumbering::roman_lower, "", 1}, {1, pdf::PageNumbering::decimal, "", 1}});
  std::string bytes;
  diag::Diagnostics diagnostics;
  REQUIRE(writer.write(bytes, diagnostics));
  CHECK(diagnostics.empty());
  return bytes;
}

}  // namespace

TEST_CASE("dates are China Standard Time, from the given instant only") {
  CHECK(pdf::pdf_date(1479705780) == "D:20161121132300+08'00'");
  CHECK(pdf::iso_date(1479705780) == "2016-11-21T13:23:00+08:00");
  CHECK(pdf::pdf_date(0) == "D:19700101080000+08'00'");
  CHECK(pdf::pdf_date(951782400) == "D:20000229080000+08'00'");  // a leap day
  CHECK(pdf::iso_date(1709164799) == "2024-02-29T07:59:59+08:00");  // the last second of a UTC day
  CHECK(pdf::pdf_date(4102444799) == "D:21000101075959+08'00'");     // past a century not a leap year
}

TEST_CASE("numbers and the W array as content streams and fonts write them") {
  CHECK(pdf::pdf_number(12) == "12");
  CHECK(pdf::pdf_number(841.8898) == "841.89");
  CHECK(pdf::pdf_number(-0.0001) == "0");
  CHECK(pdf::pdf_number(-2.5) == "-2.5");
  CHECK(pdf::pdf_number(0.0005) == "0.001");
  CHECK(pdf::pdf_number(-0.0004) == "0");
  CHECK(pdf::pdf_number(28.9909) == "28.991");
  CHECK(pdf::pdf_number(-31.586) == "-31.586");
  CHECK(pdf::pdf_number(0.05) == "0.05");
  CHECK(pdf::pdf_number(1000000.25) == "1000000.25");
  CHECK(pdf::pdf_number(1e20) == "100000000000000000000");
  CHECK(pdf::width_array({{1, 1000}, {2, 500}, {7, 1000}}) == "[ 1[ 1000 500] 7[ 1000]]");
}

TEST_CASE("a glyph two characters share maps back to the character the text used") {
  auto noto = system_face("Noto Serif CJK SC");
  REQUIRE(noto);
  REQUIRE(noto->glyph_for(U'二') == noto->glyph_for(U'\u2F06'));  // the font shares the glyph
  pdf::FontUsage usage;
  auto font = usage.index_of(noto);
  usage.record(font, font::shape(role_of({noto}), "二", {12, false}).runs[0]);
  usage.record(font, font::shape(role_of({noto}), "\u2F06", {12, false}).runs[0]);
  CHECK(usage.text(font).at(*noto->glyph_for(U'二')) == U"二");
  pdf::FontUsage radical_first;
  font = radical_first.index_of(noto);
  radical_first.record(font, font::shape(role_of({noto}), "\u2F06", {12, false}).runs[0]);
  CHECK(radical_first.text(font).at(*noto->glyph_for(U'二')) == U"\u2F06");
}

TEST_CASE("the writer embeds CFF as CIDFontType0 and TrueType as CIDFontType2, subset and tagged") {
  auto noto = system_face("Noto Serif CJK SC");
  auto kai = system_face("AR PL UKai CN");
  REQUIRE(noto);
  REQUIRE(kai);
  std::string bytes = sample_pdf(role_of({kai, noto}), 1479705780);
  CHECK(bytes.starts_with("%PDF-1.7"));
  CHECK(bytes.find("/CIDFontType0") != std::string::npos);
  CHECK(bytes.find("/CIDFontType0C") != std::string::npos);
  CHECK(bytes.find("/CIDFontType2") != std::string::npos);
  CHECK(bytes.find("/FontFile2") != std::string::npos);
  CHECK(bytes.find("/FontFile3") != std::string::npos);
  CHECK(std::regex_search(bytes, std::regex("/BaseFont ?/[A-Z]{6}\\+NotoSerifCJKsc-Regular")));
  CHECK(std::regex_search(bytes, std::regex("/BaseFont ?/[A-Z]{6}\\+UKaiCN")));
  CHECK(bytes.find("/CreationDate(D:20161121132300+08'00')") != std::string::npos);
  CHECK(bytes.find("/PageLabels") != std::string::npos);
  CHECK(bytes.find("/Outlines") != std::string::npos);
  CHECK(bytes.find("<xmp:CreateDate>2016-11-21T13:23:00+08:00</xmp:CreateDate>") != std::string::npos);
  CHECK(bytes.size() < 120000);
}

TEST_CASE("same drawing, same bytes; another time stamp, other bytes") {
  auto noto = system_face("Noto Serif CJK SC");
  REQUIRE(noto);
  auto first = sample_pdf(role_of({noto}), 1479705780);
  CHECK(first == sample_pdf(role_of({noto}), 1479705780));
  CHECK(first != sample_pdf(role_of({noto}), 1479705781));
}

TEST_CASE("outlines nest and page labels number the pages, as a PDF reader sees them") {
  auto noto = system_face("Noto Serif CJK SC");
  REQUIRE(noto);
  std::string bytes = sample_pdf(role_of({noto}), 1479705780);
  PoDoFo::PdfError::EnableDebug(false);  // the parser prints the trailer otherwise
  PoDoFo::PdfError::EnableLogging(false);
  PoDoFo::PdfMemDocument document;
  document.LoadFromBuffer(bytes.data(), static_cast<long>(bytes.size()));
  CHECK(document.GetPageCount() == 2);
  auto* outlines = document.GetOutlines(false);
  REQUIRE(outlines);
  auto* first = outlines->First();
  REQUIRE(first);
  CHECK(first->GetTitle().GetStringUtf8() == "第一部分");
  REQUIRE(first->First());
  CHECK(first->First()->GetTitle().GetStringUtf8() == "（一）小节");
  CHECK(first->Next() == nullptr);
  CHECK(outlines->GetObject()->GetDictionary().GetKey("Count")->GetNumber() == 2);
  auto* labels = document.GetCatalog()->GetIndirectKey("PageLabels");
  REQUIRE(labels);
  const auto& nums = labels->GetDictionary().GetKey("Nums")->GetArray();
  REQUIRE(nums.size() == 4);
  CHECK(nums[1].GetDictionary().GetKey("S")->GetName().GetName() == "r");
  CHECK(nums[2].GetNumber() == 1);
  CHECK(nums[3].GetDictionary().GetKey("S")->GetName().GetName() == "D");
  CHECK(document.GetInfo()->GetTitle().GetStringUtf8() == "党建之冬 字样");
  CHECK(document.GetInfo()->GetAuthor().GetStringUtf8() == "绥棱县委组织部");
}

TEST_CASE("a line's actual text is a marked-content span inside its text object, in UTF-16") {
  using namespace std::string_literals;
  CHECK(pdf::pdf_text_string("面积4238𠮷") ==
        "(\xFE\xFF\x97\x62\x79\xEF\x00\x34\x00\x32\x00\x33\x00\x38\xD8\x42\xDF\xB7)"s);
  CHECK(pdf::pdf_text_string("(\\)\n") == "(\xFE\xFF\x00\\(\x00\\\\\x00\\)\x00\\n)"s);
  const std::vector<font::SubsetFont> subsets(1);
  const pdf::ContentRenderer renderer(subsets);
  pdf::PageContent page;
  page.size = pdf::a4;
  pdf::TextItem item{0, 16, 72, 700, {{1, 16, 0}, {2, 16, 0}}, pdf::black};
  page.items.emplace_back(pdf::SpanStart{"面积"});
  page.items.emplace_back(item);
  item.x += 36;
  page.items.emplace_back(item);  // the gap between the two is the reader's to ignore
  page.items.emplace_back(pdf::SpanEnd{});
  page.items.emplace_back(pdf::SpanStart{"4238"});
  page.items.emplace_back(item);
  page.items.emplace_back(std::string("q\n0 0 m\n1 1 l\nS\nQ\n"));  // graphics close the span first
  page.items.emplace_back(pdf::SpanEnd{});
  const std::string out = renderer.render(page);
  const std::string first = "BT\n/Span<</ActualText" + pdf::pdf_text_string("面积") + ">>BDC\n";
  CHECK(out.rfind(first, 0) == 0);
  const auto emc = out.find("EMC\n");
  CHECK(out.find("TJ\n", first.size()) < emc);
  CHECK(out.find("/Span<</ActualText" + pdf::pdf_text_string("4238") + ">>BDC\n", emc) != std::string::npos);
  // Every span ends before its text object does, once.
  CHECK(out.find("EMC\nET\nq\n") != std::string::npos);
  std::size_t spans = 0, ends = 0;
  for (std::size_t at = out.find("BDC"); at != std::string::npos; at = out.find("BDC", at + 1)) ++spans;
  for (std::size_t at = out.find("EMC"); at != std::string::npos; at = out.find("EMC", at + 1)) ++ends;
  CHECK(spans == 2);
  CHECK(ends == 2);
}

TEST_CASE("a run that starts where the last left the pen is drawn with no move") {
  const std::vector<font::SubsetFont> subsets(1);
  const pdf::ContentRenderer renderer(subsets);
  pdf::PageContent page;
  page.size = pdf::a4;
  // Two glyphs of 16 pt advancing 16 and 20 (4 pt of gap after the second): the next run
  // starts at 72 + 36.
  pdf::TextItem first{0, 16, 72, 700, {{1, 16, 0}, {2, 20, 0}}, pdf::black};
  pdf::TextItem next{0, 16, 108, 700, {{3, 16, 0}}, pdf::black};
  pdf::TextItem apart{0, 16, 140, 700, {{4, 16, 0}}, pdf::black};
  page.items.emplace_back(first);
  page.items.emplace_back(pdf::SpanStart{"数"});
  page.items.emplace_back(next);
  page.items.emplace_back(pdf::SpanEnd{});
  page.items.emplace_back(apart);  // 16 pt further than the pen: moved
  const std::string out = renderer.render(page);
  CHECK(out.find("Tm\n") != std::string::npos);
  std::size_t moves = 0;
  for (std::size_t at = out.find("Td\n"); at != std::string::npos; at = out.find("Td\n", at + 1)) ++moves;
  CHECK(moves == 1);
  CHECK(out.find("68 0 Td\n") != std::string::npos);  // from the line's start, as Td moves
}
