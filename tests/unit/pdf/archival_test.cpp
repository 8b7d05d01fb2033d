#include <doctest/doctest.h>

#include "pdf/archival.hpp"
#include "pdf/cid_set.hpp"
#include "pdf/document_info.hpp"
#include "pdf/stencil_mask.hpp"
#include "pdf/xmp.hpp"

using namespace cr;

TEST_CASE("PDF/A levels are 1b, 2b and 3b, and nothing else") {
  CHECK(pdf::parse_pdfa_level("1b") == pdf::PdfaLevel::a1b);
  CHECK(pdf::parse_pdfa_level("3b") == pdf::PdfaLevel::a3b);
  CHECK_FALSE(pdf::parse_pdfa_level("3a"));
  CHECK_FALSE(pdf::parse_pdfa_level(""));
  CHECK(pdf::pdfa_part(pdf::PdfaLevel::a2b) == 2);
  CHECK(pdf::pdfa_part(pdf::PdfaLevel::none) == 0);
}

TEST_CASE("attachments are marked with the MIME type of their extension") {
  CHECK(pdf::mime_type("campaign.toml") == "application/toml");
  CHECK(pdf::mime_type("narrative/背景.md") == "text/markdown");
  CHECK(pdf::mime_type("数据.xlsx") == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  CHECK(pdf::mime_type("old.xls") == "application/vnd.ms-excel");
  CHECK(pdf::mime_type("records.csv") == "text/csv");
  CHECK(pdf::mime_type("README") == "application/octet-stream");
}

TEST_CASE("a CIDSet has the high bit of its first byte for CID 0, and a byte for the highest CID") {
  CHECK(pdf::cid_set_bits({0}) == std::string("\x80", 1));
  CHECK(pdf::cid_set_bits({0, 7, 9}) == std::string("\x81\x40", 2));
  const std::string bits = pdf::cid_set_bits({0, 9605});
  CHECK(bits.size() == 9605 / 8 + 1);
  CHECK(static_cast<unsigned char>(bits[9605 / 8]) == (0x80 >> (9605 % 8)));
}

TEST_CASE("a CFF subset's CIDs are its own, with 0; a TrueType subset's are all its glyphs") {
  font::SubsetFont cff;
  cff.outlines = font::Outlines::cff;
  cff.code_of = {{20000, 9605}, {30000, 12}};
  CHECK(pdf::cids_of(cff) == std::set<std::uint32_t>{0, 12, 9605});

  // A bare sfnt with one table, maxp, that says 5 glyphs (composite parts included).
  std::string sfnt("\x00\x01\x00\x00\x00\x01\x00\x10\x00\x00\x00\x00", 12);
  sfnt += std::string("maxp\0\0\0\0\0\0\0\x1c\0\0\0\x06", 16);
  sfnt += std::string("\x00\x00\x50\x00\x00\x05", 6);
  font::SubsetFont truetype;
  truetype.program = sfnt;
  truetype.code_of = {{100, 1}, {200, 2}};
  CHECK(pdf::cids_of(truetype) == std::set<std::uint32_t>{0, 1, 2, 3, 4});
}

TEST_CASE("the XMP of a PDF/A file says its part and conformance; a plain PDF's does not") {
  const pdf::DocumentInfo info{"标题", "绥棱县委", "主题", "党建", "campaign-report", 1479705780};
  const std::string plain = pdf::xmp_packet(info, "producer");
  CHECK(plain.find("pdfaid") == std::string::npos);
  const std::string archival = pdf::xmp_packet(info, "producer", 3);
  CHECK(archival.find("<pdfaid:part>3</pdfaid:part>") != std::string::npos);
  CHECK(archival.find("<pdfaid:conformance>B</pdfaid:conformance>") != std::string::npos);
  CHECK(archival.find("<xmp:CreateDate>2016-11-21T13:23:00+08:00</xmp:CreateDate>") != std::string::npos);
}

TEST_CASE("a seal's alpha becomes a stencil row: 0 paints where the ink is, 1 masks the ground out") {
  const unsigned char alpha[10] = {255, 0, 128, 127, 200, 0, 0, 255, 255, 10};
  const std::string row = cr::pdf::stencil_row(alpha, 10);
  REQUIRE(row.size() == 2);
  CHECK(static_cast<unsigned char>(row[0]) == 0b01010110);
  CHECK(static_cast<unsigned char>(row[1]) == 0b01000000);
}
