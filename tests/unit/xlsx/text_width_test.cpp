#include <doctest/doctest.h>

#include "xlsx/formats.hpp"
#include "xlsx/text_width.hpp"

using cr::xlsx::column_units;
using cr::xlsx::measured_advance;

TEST_CASE("Han characters are measured about twice as wide as digits") {
  CHECK(measured_advance(U'中') == doctest::Approx(1.0));
  CHECK(measured_advance(U'，') == doctest::Approx(1.0));
  CHECK(measured_advance(U'5') == doctest::Approx(0.555));
  CHECK(measured_advance(U'i') < measured_advance(U'W'));
  const double han = column_units("素质提升工程", 11) - column_units("", 11);
  const double digits = column_units("123456", 11) - column_units("", 11);
  CHECK(han / digits == doctest::Approx(1.0 / 0.555).epsilon(0.01));
}

TEST_CASE("a column is as wide as its longest line") {
  CHECK(column_units("短\n较长的一行", 11) == doctest::Approx(column_units("较长的一行", 11)));
  CHECK(column_units("标题", 16) > column_units("标题", 11));
}

TEST_CASE("invalid bytes are counted, not skipped or crashed on") {
  CHECK(column_units("a\xFF"
                     "b",
                     11) > column_units("ab", 11));
}

TEST_CASE("a font layer's metrics can replace the measured table") {
  auto monospace = [](char32_t) { return 1.0; };
  CHECK(column_units("ab", 11, monospace) == doctest::Approx(column_units("中文", 11, monospace)));
}

TEST_CASE("number formats show the unit beside the figure") {
  using cr::xlsx::number_format_code;
  CHECK(number_format_code("人次", 0) == "#,##0\" 人次\"");
  CHECK(number_format_code("万元", 1) == "#,##0.0\" 万元\"");
  CHECK(number_format_code("%", 1) == "#,##0.0\"%\"");
  CHECK(number_format_code("", 2) == "#,##0.00");
  CHECK(number_format_code("\"元\"", 0) == "#,##0\" 元\"");
  CHECK(number_format_code("个", 9) == "#,##0.000000\" 个\"");
}

TEST_CASE("no text is wider than the bound that lets measuring be skipped") {
  for (const char* sample : {"WWWW", "中文表述", "30.6万人", "", "MMMMMMMMMM", "\u3000\u3000甲镇", "１２３"})
    CHECK(column_units(sample, 11) <=
          cr::xlsx::widest_column_units(std::string_view(sample).size(), 11) + 1e-9);
}
