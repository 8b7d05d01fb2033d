#include <doctest/doctest.h>

#include <string>

#include "diag/diagnostic.hpp"
#include "input/workbook/cell_reference.hpp"
#include "input/workbook/cell_text.hpp"
#include "input/workbook/zip_package.hpp"

using namespace cr::input::workbook;

TEST_CASE("numbers read as Excel shows them: 15 significant digits, no exponent") {
  CHECK(number_text("1234.5") == "1234.5");
  CHECK(number_text("0.30000000000000004") == "0.3");
  CHECK(number_text("12.300000000000001") == "12.3");
  CHECK(number_text("1E+20") == "100000000000000000000");
  CHECK(number_text("1.5E-3") == "0.0015");
  CHECK(number_text("-42") == "-42");
  CHECK(number_text("abc").empty());
}

TEST_CASE("a number format decides between a number, a percentage, a day and a month") {
  CHECK(format_kind("yyyy\"年\"m\"月\"") == NumberKind::month);
  CHECK(format_kind("mmm-yy") == NumberKind::month);
  CHECK(format_kind("yyyy\"年\"m\"月\"d\"日\"") == NumberKind::day);
  CHECK(format_kind("[$-804]yyyy/m/d") == NumberKind::slash_day);
  CHECK(format_kind("yyyy-mm-dd") == NumberKind::day);
  CHECK(format_kind("0.0%") == NumberKind::percent);
  CHECK(format_kind("h:mm") == NumberKind::time);
  CHECK(format_kind("h:mm AM/PM") == NumberKind::time);
  CHECK(format_kind("General") == NumberKind::plain);  // LibreOffice names its default format so
  CHECK(format_kind("@") == NumberKind::plain);
  CHECK(format_kind("#,##0.00\"元\"") == NumberKind::plain);  // the quoted 元 is no date letter
  CHECK(format_kind("0.00_);[Red]\\(0.00\\)") == NumberKind::plain);
  CHECK(builtin_kind(14) == NumberKind::slash_day);
  CHECK(builtin_kind(57) == NumberKind::month);
  CHECK(builtin_kind(10) == NumberKind::percent);
  CHECK(builtin_kind(0) == NumberKind::plain);
}

TEST_CASE("a date cell becomes the day or month it shows") {
  CHECK(cell_text("45366", NumberKind::day, false) == "2024-03-15");
  CHECK(cell_text("45366", NumberKind::slash_day, false) == "2024/3/15");
  CHECK(cell_text("45352", NumberKind::month, false) == "2024-03");
  CHECK(cell_text("45366.75", NumberKind::day, false) == "2024-03-15");  // a time of day says nothing
  CHECK(cell_text("59", NumberKind::day, false) == "1900-02-28");       // before Excel's phantom 1900-02-29
  CHECK(cell_text("61", NumberKind::day, false) == "1900-03-01");
  CHECK(cell_text("43904", NumberKind::day, true) == "2024-03-15");     // the 1904 date system
  CHECK(cell_text("0.85", NumberKind::percent, false) == "85%");
  CHECK(cell_text("0.125", NumberKind::percent, false) == "12.5%");
  CHECK(cell_text("1", NumberKind::percent, false) == "100%");
}

TEST_CASE("OOXML's _xHHHH_ escapes are undone") {
  CHECK(unescape_ooxml("a_x000D_b") == "a\rb");
  CHECK(unescape_ooxml("_x_") == "_x_");
}

TEST_CASE("cell references stay inside Excel's grid") {
  CellReference c;
  CHECK(parse_cell("C17", c));
  CHECK(c.row == 17);
  CHECK(c.column == 3);
  CHECK(parse_cell("XFD1048576", c));
  CHECK_FALSE(parse_cell("XFE1", c));
  CHECK_FALSE(parse_cell("A1048577", c));
  CHECK_FALSE(parse_cell("ZZZZZZZZZZZZ1", c));
  CHECK(cr::diag::cell_name(17, 3) == "C17");
  CHECK(cr::diag::cell_name(1, 27) == "AA1");
  CHECK(cr::diag::cell_name(5, 0) == "5:5");
}

TEST_CASE("relationship targets and entry names never climb out of the package") {
  const std::string up = "../";  // hostile names built in parts: they are data, not paths of this checkout
  CHECK(resolve_part("xl/", "worksheets/sheet1.xml") == "xl/worksheets/sheet1.xml");
  CHECK(resolve_part("xl/", "/xl/worksheets/sheet1.xml") == "xl/worksheets/sheet1.xml");
  CHECK(resolve_part("xl/", "../docProps/app.xml") == "docProps/app.xml");
  CHECK(resolve_part("xl/", up + up + "etc/passwd").empty());
  CHECK(unsafe_entry_name("../evil.xml"));
  CHECK(unsafe_entry_name("xl/" + up + up + "evil.xml"));
  CHECK(unsafe_entry_name("/etc/passwd"));
  CHECK(unsafe_entry_name("C:\\evil"));
  CHECK_FALSE(unsafe_entry_name("xl/worksheets/sheet1.xml"));
  CHECK_FALSE(unsafe_entry_name("xl/a..b.xml"));
}
