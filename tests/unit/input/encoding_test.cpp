#include <doctest/doctest.h>

#include "input/encoding.hpp"
#include "input/text_source.hpp"
#include "temp_folder.hpp"

using namespace cr::input;

namespace {

EncodingVerdict sniff(std::string_view bytes, std::size_t chunk = 3) {
  EncodingSniffer sniffer;
  for (std::size_t i = 0; i < bytes.size(); i += chunk) sniffer.feed(bytes.substr(i, chunk));
  return sniffer.finish();
}

std::string decode(Encoding encoding, std::string_view bytes, std::size_t chunk = 1) {
  Utf8Decoder decoder(encoding);
  std::string out;
  for (std::size_t i = 0; i < bytes.size(); i += chunk)
    decoder.feed(bytes.substr(i, chunk), i + chunk >= bytes.size(), out);
  if (bytes.empty()) decoder.feed({}, true, out);
  return out;
}

// 𠮷 (U+20BB7) in GB18030 is the four bytes 95 34 B2 35; 中文 is D6 D0 CE C4.
constexpr std::string_view gb_text = "\xD6\xD0\xCE\xC4,\x95\x34\xB2\x35\n";

}  // namespace

TEST_CASE("byte order marks") {
  std::size_t size = 0;
  CHECK(encoding_from_bom("\xEF\xBB\xBFid", size) == Encoding::utf8_bom);
  CHECK(size == 3);
  CHECK(encoding_from_bom("\xFF\xFEi\0", size) == Encoding::utf16le);
  CHECK(encoding_from_bom("\xFE\xFF\0i", size) == Encoding::utf16be);
  CHECK_FALSE(encoding_from_bom("id,name", size));
  CHECK(size == 0);
}

TEST_CASE("UTF-8 is recognised whatever the chunking") {
  const std::string_view text = "指标,数值\n近万,𠮷\n";
  for (std::size_t chunk : {1u, 2u, 3u, 5u, 64u}) {
    const EncodingVerdict v = sniff(text, chunk);
    CHECK(v.encoding == Encoding::utf8);
    CHECK_FALSE(v.invalid_utf8);
    CHECK_FALSE(v.control);
  }
}

TEST_CASE("GB18030 without BOM, rare characters included") {
  const EncodingVerdict v = sniff(gb_text);
  CHECK(v.encoding == Encoding::gb18030);
  CHECK_FALSE(v.invalid_utf8);
  for (std::size_t chunk : {1u, 2u, 3u, 64u}) CHECK(decode(Encoding::gb18030, gb_text, chunk) == "中文,𠮷\n");
}

TEST_CASE("UTF-8 but for one byte stays UTF-8, reported at the bad byte") {
  const EncodingVerdict v = sniff("指标,数值\n中文,\xB0好\n");
  CHECK(v.encoding == Encoding::utf8);
  REQUIRE(v.invalid_utf8);
  CHECK(v.invalid_utf8->line == 2);
  CHECK(v.invalid_utf8->column == 4);
  CHECK(v.invalid_utf8->byte == 0xB0);
  CHECK(v.invalid_count == 1);
}

TEST_CASE("NUL and control bytes mark a file that is not text") {
  const EncodingVerdict v = sniff(std::string_view("PK\x03\x04\0\0", 6));
  REQUIRE(v.control);
  CHECK(v.control->line == 1);
  CHECK(v.control->column == 3);
  CHECK_FALSE(sniff("a\tb\r\nc,d\n").control);
}

TEST_CASE("UTF-16 in both byte orders, surrogate pairs split across chunks") {
  const std::string le("i\0d\0\t\0\x42\xD8\xB7\xDF\n\0", 12);  // "id\t𠮷\n"
  const std::string be("\0i\0d\0\t\xD8\x42\xDF\xB7\0\n", 12);
  for (std::size_t chunk : {1u, 3u, 64u}) {
    CHECK(decode(Encoding::utf16le, le, chunk) == "id\t𠮷\n");
    CHECK(decode(Encoding::utf16be, be, chunk) == "id\t𠮷\n");
  }
}

TEST_CASE("undecodable bytes become U+FFFD and the first one is placed") {
  Utf8Decoder decoder(Encoding::gb18030);
  std::string out;
  decoder.feed("ab\n\xD6\xD0\xFF", true, out);
  CHECK(out == "ab\n中\uFFFD");
  REQUIRE(decoder.first_error());
  CHECK(decoder.first_error()->line == 2);
  CHECK(decoder.first_error()->column == 2);
  CHECK(decoder.error_count() == 1);
}

TEST_CASE("UTF-8 decoding replaces bad bytes the same way whatever the chunking") {
  const std::string_view bytes = "中\xB0文\n𠮷\xE4\xB8";  // a stray byte, then a truncated 中 at the end
  for (std::size_t chunk : {1u, 2u, 3u, 4u, 64u}) {
    CAPTURE(chunk);
    Utf8Decoder decoder(Encoding::utf8_bom);
    std::string out;
    for (std::size_t i = 0; i < bytes.size(); i += chunk)
      decoder.feed(bytes.substr(i, chunk), i + chunk >= bytes.size(), out);
    CHECK(out == "中\uFFFD文\n𠮷\uFFFD\uFFFD");
    CHECK(decoder.error_count() == 3);  // each undecodable byte counts
    REQUIRE(decoder.first_error());
    CHECK(decoder.first_error()->line == 1);
    CHECK(decoder.first_error()->column == 2);
  }
}

TEST_CASE("stream_text detects, strips the BOM and reports") {
  TempFolder folder;
  cr::diag::Diagnostics diagnostics;
  const auto bom = folder.write("bom.csv", "\xEF\xBB\xBFid\r\nx\r\n");
  CHECK(read_text(bom, "bom.csv", diagnostics) == "id\nx\n");
  const auto gb = folder.write("gb.csv", gb_text);
  CHECK(read_text(gb, "gb.csv", diagnostics) == "中文,𠮷\n");
  CHECK(diagnostics.empty());
  const auto binary = folder.write("bin.csv", std::string_view("\x89PNG\r\n\x1A\n\0\0", 10));
  CHECK_FALSE(read_text(binary, "bin.csv", diagnostics));
  REQUIRE(diagnostics.items().size() == 1);
  CHECK(diagnostics.items()[0].code == "not-text");
  CHECK(diagnostics.items()[0].line == 2);
}

TEST_CASE("read_text ends lines in LF whether the file used CRLF, LF or a lone CR") {
  TempFolder folder;
  cr::diag::Diagnostics diagnostics;
  CHECK(read_text(folder.write("mac.md", "第一行\r第二行\r\r第三段\r"), "mac.md", diagnostics) ==
        "第一行\n第二行\n\n第三段\n");
  CHECK(read_text(folder.write("mixed.md", "a\r\nb\nc\rd"), "mixed.md", diagnostics) == "a\nb\nc\nd");
  // A CRLF split between two reads (64 KiB) is one line end.
  const std::string first(65535, 'x');
  CHECK(read_text(folder.write("split.md", first + "\r\ny\r\n"), "split.md", diagnostics) == first + "\ny\n");
  CHECK(diagnostics.empty());
}

TEST_CASE("a file with a BOM is still checked for control bytes") {
  TempFolder folder;
  cr::diag::Diagnostics diagnostics;
  const auto utf16 = folder.write("u.csv", std::string_view("\xFF\xFEi\0\n\0\x01\0", 8));
  CHECK_FALSE(read_text(utf16, "u.csv", diagnostics));
  const auto bom = folder.write("b.csv", std::string_view("\xEF\xBB\xBF"
                                                          "ab\0",
                                                          6));
  CHECK_FALSE(read_text(bom, "b.csv", diagnostics));
  const auto sorted = diagnostics.sorted();
  REQUIRE(sorted.size() == 2);
  CHECK(sorted[0].file == "b.csv");
  CHECK(sorted[0].code == "not-text");
  CHECK(sorted[0].column == 3);
  CHECK(sorted[1].code == "not-text");
  CHECK(sorted[1].line == 2);
  CHECK(sorted[1].column == 1);
}

TEST_CASE("a file in an encoding not read is named for what its bytes look like") {
  // Latin-1: a high byte, then ASCII ("é ", "ço").
  auto v = sniff("name,note\nx,Caf\xE9 cr\xE8me \xE0 la fa\xE7on, d\xE9j\xE0 vu\n");
  REQUIRE(v.unsupported);
  CHECK(*v.unsupported == "Latin-1 (Windows-1252)");
  // Big5 這是繁體中文: trails in 0x40-0x7E, which GB2312 text never has.
  v = sniff("x,\xB3\x6F\xAC\x4F\xC1\x63\xC5\xE9\xA4\xA4\xA4\xE5\n");
  REQUIRE(v.unsupported);
  CHECK(*v.unsupported == "Big5");
  // Shift-JIS これは日本語: leads in 0x81-0x9F.
  v = sniff("x,\x82\xB1\x82\xEA\x82\xCD\x93\xFA\x96\x7B\x8C\xEA\n");
  REQUIRE(v.unsupported);
  CHECK(*v.unsupported == "Shift-JIS");
  // GB18030 itself is still read, a character cut off at the end included.
  v = sniff(std::string(gb_text) + "\xD6");
  CHECK_FALSE(v.unsupported);
  CHECK(v.encoding == Encoding::gb18030);
}

TEST_CASE("UTF-16 without a byte order mark is told by its NUL bytes, not taken for binary") {
  const std::string_view le("i\0d\0,\0x\0\n\0", 10), be("\0i\0d\0,\0x\0\n", 10);
  CHECK(sniff(le).encoding == Encoding::utf16le);
  CHECK_FALSE(sniff(le).control);
  CHECK(sniff(be).encoding == Encoding::utf16be);
  CHECK(decode(Encoding::utf16le, le) == "id,x\n");
  // NULs on both sides are a binary file.
  CHECK(sniff(std::string_view("PK\3\4\0\0\x14\0\6\0\0\0", 12)).control);
}
