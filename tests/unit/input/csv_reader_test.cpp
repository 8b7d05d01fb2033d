#include <doctest/doctest.h>

#include "input/csv_reader.hpp"
#include "input/header.hpp"
#include "temp_folder.hpp"

using namespace cr::input;

namespace {

std::vector<CsvRecord> read(std::string_view bytes, cr::diag::Diagnostics& diagnostics) {
  TempFolder folder;
  const auto file = folder.write("t.csv", bytes);
  std::vector<CsvRecord> records;
  read_csv(file, "t.csv", diagnostics, [&](const CsvRecord& r) {
    records.push_back(r);
    return true;
  });
  return records;
}

}  // namespace

TEST_CASE("records start at their physical line, quoted line breaks included") {
  cr::diag::Diagnostics diagnostics;
  const auto records = read("a,b\r\n1,\"two\r\nlines\"\r\n\r\n3,\"x\"\"y\"\r\n", diagnostics);
  CHECK(diagnostics.empty());
  REQUIRE(records.size() == 3);
  CHECK(records[0].line == 1);
  CHECK(records[1].line == 2);
  CHECK(records[1].fields[1] == "two\nlines");
  CHECK(records[2].line == 5);
  CHECK(records[2].fields[1] == "x\"y");
}

TEST_CASE("lines ending in a lone CR (Excel for Mac) are lines, quoted breaks become LF") {
  cr::diag::Diagnostics diagnostics;
  const auto records = read("a,b\r1,\"two\rlines\"\r\r3,4\r", diagnostics);
  CHECK(diagnostics.empty());
  REQUIRE(records.size() == 3);
  CHECK(records[1].line == 2);
  CHECK(records[1].fields[1] == "two\nlines");
  CHECK(records[2].line == 5);
  CHECK(records[2].fields[0] == "3");
  // One line ending in a CR; a CR as the very last byte of the first read (64 KiB), its LF next.
  CHECK(read("a,b\r", diagnostics).size() == 1);
  std::string long_header(65535, 'h');
  const auto crlf = read(long_header + "\r\n1\r\n2\r\n", diagnostics);
  REQUIRE(crlf.size() == 3);
  CHECK(crlf[2].line == 3);
  CHECK(crlf[0].fields[0] == long_header);
  CHECK(diagnostics.empty());
}

TEST_CASE("after a stray quote the next lines are still read, up to ten errors") {
  cr::diag::Diagnostics diagnostics;
  const auto records = read("a,b\n1,x\"y\n2,z\n3,\"p\"q\n4,w\n", diagnostics);
  REQUIRE(records.size() == 3);  // the header, 2 and 4: the broken rows are dropped
  CHECK(records[1].line == 3);
  CHECK(records[2].line == 5);
  REQUIRE(diagnostics.items().size() == 2);
  CHECK(diagnostics.items()[0].line == 2);
  CHECK(diagnostics.items()[1].line == 4);
  cr::diag::Diagnostics many;
  std::string text = "a,b\n";
  for (int i = 0; i < 30; ++i) text += "1,x\"y\n";
  read(text, many);
  REQUIRE(many.items().size() == 11);
  CHECK(many.items().back().code == "csv-syntax-many");
  CHECK(many.items().back().line == 12);
}

TEST_CASE("a last line without a line end, and trailing empty lines") {
  cr::diag::Diagnostics diagnostics;
  CHECK(read("a\n1", diagnostics).size() == 2);
  CHECK(read("a\n1\n\n\n", diagnostics).size() == 2);
  CHECK(diagnostics.empty());
}

TEST_CASE("tab-separated tables are detected from the first line") {
  CHECK(detect_delimiter("指标\t单位\t数值") == '\t');
  CHECK(detect_delimiter("a,b,c") == ',');
  CHECK(detect_delimiter("备注\t说明,含逗号\t数值") == '\t');
  cr::diag::Diagnostics diagnostics;
  const auto records = read("a\tb\n1,5\t 2 \n", diagnostics);
  REQUIRE(records.size() == 2);
  CHECK(records[1].fields[0] == "1,5");
  CHECK(records[1].fields[1] == "2");
}

TEST_CASE("a stray quote is a syntax error at its line and cell") {
  cr::diag::Diagnostics diagnostics;
  const auto records = read("a,b\n1,2\n3,x\"y\n", diagnostics);
  CHECK(records.size() == 2);
  REQUIRE(diagnostics.items().size() == 1);
  CHECK(diagnostics.items()[0].code == "csv-syntax");
  CHECK(diagnostics.items()[0].line == 3);
  CHECK(diagnostics.items()[0].column == 2);
}

TEST_CASE("a quote left open to the end is reported at the record's first line") {
  cr::diag::Diagnostics diagnostics;
  read("a,b\n1,2\n3,\"open\nmore\n", diagnostics);
  REQUIRE(diagnostics.items().size() == 1);
  CHECK(diagnostics.items()[0].code == "unterminated-quote");
  CHECK(diagnostics.items()[0].line == 3);
}

TEST_CASE("header names match across languages, case, spaces and widths") {
  CHECK(normalize_header(" Value ") == "value");
  CHECK(normalize_header("ＶＡＬＵＥ") == "value");
  CHECK(normalize_header("\xEF\xBB\xBF数 值") == "数值");
  const std::vector<ColumnSpec> specs{
      {"indicator", {"指标编码", "指标"}, true}, {"value", {"数值"}, true}, {"note", {"备注"}, false}};
  cr::diag::Diagnostics diagnostics;
  auto map = match_header(specs, {"数值", " INDICATOR ", "颜色", ""}, "r.csv", 1, diagnostics);
  CHECK(map.field_of[0] == 1);
  CHECK(map.field_of[1] == 0);
  CHECK(map.field_of[2] == HeaderMap::absent);
  REQUIRE(diagnostics.items().size() == 1);
  CHECK(diagnostics.items()[0].code == "unknown-column");
  CHECK(diagnostics.items()[0].column == 3);
  CHECK(diagnostics.items()[0].severity == cr::diag::Severity::warning);

  cr::diag::Diagnostics missing;
  match_header(specs, {"指标", "指标编码"}, "r.csv", 1, missing);
  REQUIRE(missing.items().size() == 2);
  CHECK(missing.sorted()[0].code == "missing-column");
  CHECK(missing.sorted()[0].column == 0);
  CHECK(missing.sorted()[1].code == "duplicate-column");
  CHECK(missing.sorted()[1].column == 2);
}
