// Workbooks built part by part: what each office habit gives, and how each kind of damage ends.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "input/workbook/workbook.hpp"
#include "package_builder.hpp"

using namespace cr;
using namespace cr::input::workbook;

namespace {

struct Read {
  bool opened = false, complete = false;
  std::vector<SheetRow> rows;
  diag::Diagnostics diagnostics;

  const diag::Diagnostic* with(std::string_view code) const {
    for (const auto& d : diagnostics.items())
      if (d.code == code) return &d;
    return nullptr;
  }
};

Read read_first_sheet(const std::filesystem::path& path) {
  Read read;
  auto book = open_workbook(path, "records.xlsx", read.diagnostics);
  read.opened = book != nullptr;
  if (!book) return read;
  read.complete = book->read_sheet(0, read.diagnostics, [&](SheetRow& row) {
    read.rows.push_back(row);
    return true;
  });
  return read;
}

std::string cell(const Read& read, std::size_t row, std::size_t column) {
  if (row >= read.rows.size() || column >= read.rows[row].cells.size()) return "<none>";
  return read.rows[row].cells[column];
}

constexpr const char* styles =
    "<numFmts count=\"2\"><numFmt numFmtId=\"176\" formatCode=\"yyyy&quot;年&quot;m&quot;月&quot;\"/>"
    "<numFmt numFmtId=\"177\" formatCode=\"yyyy-mm-dd\"/></numFmts>"
    "<cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs>"
    "<cellXfs count=\"5\"><xf numFmtId=\"0\"/><xf numFmtId=\"176\"/><xf numFmtId=\"177\"/><xf numFmtId=\"14\"/>"
    "<xf numFmtId=\"9\"/></cellXfs>";

}  // namespace

TEST_CASE("cells come as the text a CSV export would hold") {
  TempFolder folder;
  const auto path = folder.path() / "records.xlsx";
  write_package(path, one_sheet("记录",
                                "<sheetData>"
                                "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>"
                                "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>约200</t></is></c>"
                                "<c r=\"B2\"><v>0.30000000000000004</v></c><c r=\"C2\" s=\"1\"><v>45352</v></c>"
                                "<c r=\"D2\" s=\"2\"><v>45366</v></c><c r=\"E2\" s=\"3\"><v>45366</v></c>"
                                "<c r=\"F2\" s=\"4\"><v>0.85</v></c><c r=\"G2\" t=\"b\"><v>1</v></c>"
                                "<c r=\"H2\" t=\"str\"><f>A2</f><v>10余</v></c><c r=\"I2\" t=\"e\"><v>#DIV/0!</v></c></row>"
                                "</sheetData>",
                                {"指标", "数值"}, styles));
  const Read read = read_first_sheet(path);
  REQUIRE(read.complete);
  CHECK(read.diagnostics.empty());
  REQUIRE(read.rows.size() == 2);
  CHECK(read.rows[0].number == 1);
  CHECK(cell(read, 0, 0) == "指标");
  CHECK(cell(read, 1, 0) == "约200");
  CHECK(cell(read, 1, 1) == "0.3");
  CHECK(cell(read, 1, 2) == "2024-03");
  CHECK(cell(read, 1, 3) == "2024-03-15");
  CHECK(cell(read, 1, 4) == "2024/3/15");
  CHECK(cell(read, 1, 5) == "85%");
  CHECK(cell(read, 1, 6) == "TRUE");
  CHECK(cell(read, 1, 7) == "10余");
  CHECK(cell(read, 1, 8) == "#DIV/0!");
}

TEST_CASE("a range merged down a column gives its value to each row; hidden rows are read with a warning") {
  TempFolder folder;
  const auto path = folder.path() / "records.xlsx";
  write_package(path, one_sheet("记录",
                                "<cols><col min=\"3\" max=\"3\" hidden=\"1\" width=\"9\"/></cols><sheetData>"
                                "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>示例县统计表</t></is></c></row>"
                                "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>一乡</t></is></c><c r=\"B2\"><v>1</v></c></row>"
                                "<row r=\"3\" hidden=\"1\"><c r=\"A3\" s=\"0\"/><c r=\"B3\"><v>2</v></c></row>"
                                "<row r=\"4\"><c r=\"A4\"/><c r=\"B4\"><v>3</v></c></row>"
                                "<row r=\"5\"><c r=\"A5\"/><c r=\"B5\"/></row>"
                                "<row r=\"6\"><c r=\"B6\"><v>4</v></c></row>"
                                "</sheetData><mergeCells count=\"2\"><mergeCell ref=\"A1:C1\"/><mergeCell ref=\"A2:A5\"/></mergeCells>"));
  const Read read = read_first_sheet(path);
  REQUIRE(read.complete);
  REQUIRE(read.rows.size() == 5);  // row 5 is empty: nothing to fill into
  CHECK(cell(read, 0, 1) == "<none>");  // a title merged across stays in its first cell
  CHECK(cell(read, 1, 0) == "一乡");
  CHECK(cell(read, 2, 0) == "一乡");
  CHECK(cell(read, 3, 0) == "一乡");
  CHECK(read.rows[4].number == 6);
  CHECK(cell(read, 4, 0) == "");  // past the merged range
  const auto warnings = read.diagnostics.warning_count();
  CHECK(warnings == 2);
  const diag::Diagnostic* hidden = read.with("hidden-cells");
  REQUIRE(hidden != nullptr);
  CHECK(hidden->sheet == "记录");
  CHECK(hidden->line == 3);
  CHECK(diag::format_human(*hidden, diag::Language::zh).starts_with("records.xlsx:记录!3:3: 警告: 第 3 行是隐藏的"));
}

TEST_CASE("a formula without a cached value is an error naming its cell") {
  TempFolder folder;
  const auto path = folder.path() / "records.xlsx";
  write_package(path, one_sheet("记录",
                                "<sheetData><row r=\"17\"><c r=\"C17\"><f>SUM(A1:A3)</f></c>"
                                "<c r=\"D17\"><f>1+1</f><v>2</v></c></row>"
                                "<row r=\"18\"><c r=\"C18\"><f>SUM(A1:A3)</f><v></v></c></row>"
                                "<row r=\"19\"><c r=\"A19\"><v>1</v></c><c r=\"C19\" t=\"str\"><f>\"\"</f><v></v></c></row>"
                                "</sheetData>"));
  const Read read = read_first_sheet(path);
  REQUIRE(read.rows.size() == 1);  // rows with an unknown value are not read: no second error for them
  CHECK(read.rows[0].number == 19);  // a formula whose cached result is empty text is known
  const diag::Diagnostic* formula = read.with("formula-no-value");
  REQUIRE(formula != nullptr);
  CHECK(formula->line == 17);
  CHECK(formula->column == 3);
  CHECK(formula->severity == diag::Severity::error);
  CHECK(formula->message_zh.find("另有 1 个") != std::string::npos);
  CHECK(diag::format_human(*formula, diag::Language::zh).starts_with("records.xlsx:记录!C17: 错误: 单元格 C17 是公式"));
  CHECK(diag::format_json(*formula, diag::Language::en).find(R"("column":3,"sheet":"记录","cell":"C17")") !=
        std::string::npos);
}

TEST_CASE("a document type declaration is refused: no billion laughs") {
  TempFolder folder;
  const auto path = folder.path() / "records.xlsx";
  Parts parts = one_sheet("记录", "<sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row></sheetData>");
  std::string laughs = "<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY lol \"lol\">";
  for (int i = 1; i < 10; ++i)
    laughs += "<!ENTITY lol" + std::to_string(i) + " \"" + std::string(10, '&') + "\">";
  laughs += "]><sst xmlns=\"x\"><si><t>&lol9;</t></si></sst>";
  for (auto& [name, text] : parts)
    if (name == "xl/sharedStrings.xml") text = laughs;
  write_package(path, parts);
  const Read read = read_first_sheet(path);
  CHECK_FALSE(read.opened);
  const diag::Diagnostic* refused = read.with("bad-workbook");
  REQUIRE(refused != nullptr);
  CHECK(refused->message_en.find("document type declaration") != std::string::npos);
}

TEST_CASE("a zip bomb is stopped while it inflates") {
  TempFolder folder;
  const auto path = folder.path() / "records.xlsx";
  // 40 MB of one repeated row packs to a few hundred kilobytes: far past any real sheet's ratio.
  std::string rows;
  rows.reserve(40u << 20);
  rows += "<sheetData>";
  while (rows.size() < (40u << 20)) rows += "<row><c><v>1</v></c></row>";
  rows += "</sheetData>";
  write_package(path, one_sheet("记录", rows));
  std::size_t seen = 0;
  diag::Diagnostics diagnostics;
  auto book = open_workbook(path, "records.xlsx", diagnostics);
  REQUIRE(book != nullptr);
  CHECK_FALSE(book->read_sheet(0, diagnostics, [&](SheetRow&) { return ++seen, true; }));
  REQUIRE(diagnostics.items().size() == 1);
  CHECK(diagnostics.items()[0].code == "workbook-too-large");
  CHECK(diagnostics.items()[0].sheet == "记录");
  CHECK(seen == 0);  // the first pass over the sheet already stops it
}

TEST_CASE("a declared size far past the rows held is a warning, not an allocation") {
  TempFolder folder;
  const auto path = folder.path() / "records.xlsx";
  write_package(path, one_sheet("记录", "<dimension ref=\"A1:XFD1048576\"/><sheetData>"
                                        "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"
                                        "<row r=\"1048576\"><c r=\"XFD1048576\"><v>2</v></c></row></sheetData>"));
  const Read read = read_first_sheet(path);
  CHECK(read.complete);
  CHECK(read.rows.size() == 1);  // row 1048576 holds only a cell past the columns read
  CHECK(read.with("cells-out-of-range") != nullptr);

  write_package(path, one_sheet("记录", "<dimension ref=\"A1:F1000000\"/><sheetData>"
                                        "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row></sheetData>"));
  const Read claimed = read_first_sheet(path);
  CHECK(claimed.complete);
  const diag::Diagnostic* dimension = claimed.with("sheet-dimension");
  REQUIRE(dimension != nullptr);
  CHECK(dimension->message_en.find("1000000") != std::string::npos);
}

TEST_CASE("a path-traversal entry name refuses the whole package") {
  TempFolder folder;
  const auto path = folder.path() / "records.xlsx";
  Parts parts = one_sheet("记录", "<sheetData/>");
  const std::string hostile = std::string("../") + "../evil.sh";  // in parts: data, not a path of this checkout
  parts.push_back({hostile, "echo"});
  write_package(path, parts);
  const Read read = read_first_sheet(path);
  CHECK_FALSE(read.opened);
  REQUIRE(read.with("unsafe-entry") != nullptr);
  CHECK(read.with("unsafe-entry")->message_zh.find(hostile) != std::string::npos);
}

TEST_CASE("a truncated or foreign file is a diagnostic, never a crash") {
  TempFolder folder;
  const auto whole = folder.path() / "whole.xlsx";
  std::string body = "<sheetData>";
  for (int r = 1; r <= 2000; ++r) body += "<row r=\"" + std::to_string(r) + "\"><c><v>" + std::to_string(r * 7919 % 10007) + "</v></c></row>";
  write_package(whole, one_sheet("记录", body + "</sheetData>"));
  std::ifstream in(whole, std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  for (std::size_t cut : {bytes.size() / 2, bytes.size() - 30, std::size_t{100}}) {
    const auto path = folder.write("records.xlsx", std::string_view(bytes).substr(0, cut));
    const Read read = read_first_sheet(path);
    CHECK_FALSE(read.complete);
    CHECK(read.with("bad-workbook") != nullptr);
  }
  const Read text = read_first_sheet(folder.write("records.xlsx", "指标,数值\nvisits,1\n"));
  CHECK_FALSE(text.opened);
  CHECK(text.with("bad-workbook") != nullptr);
}

TEST_CASE("a sheet whose part is damaged inside the package names its sheet") {
  TempFolder folder;
  const auto path = folder.path() / "records.xlsx";
  write_package(path, one_sheet("记录", "<sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"1\"></row></sheetData>"));
  const Read read = read_first_sheet(path);
  CHECK_FALSE(read.complete);
  const diag::Diagnostic* damaged = read.with("bad-workbook");
  REQUIRE(damaged != nullptr);
  CHECK(damaged->sheet == "记录");
}
