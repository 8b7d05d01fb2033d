// The specimen's plain flow: a line ends where the next glyph would pass the right margin, a page
// where the next line would pass the bottom margin; nothing else decides a break.
#include <doctest/doctest.h>

#include <string>

#include "fixtures.hpp"
#include "layout/plain_flow.hpp"

using namespace cr;
using namespace cr::layout;

namespace {

std::string repeated(const std::string& text, int times) {
  std::string all;
  for (int i = 0; i < times; ++i) all += text;
  return all;
}

}  // namespace

TEST_CASE("a plain line is full when the next character passes the margin") {
  const auto& body = testing::product_fonts().role(font::Role::body);
  pdf::Writer writer(pdf::DocumentInfo{});
  // A measure of 100 points holds six 16-point ideographs: twelve take two lines.
  PlainFlow flow(writer, {200, 400}, 50);
  flow.text(body, repeated("字", 12), 16, 20, false);
  CHECK(flow.y() == doctest::Approx(50 + 2 * 20));
  flow.text(body, repeated("字", 6), 16, 20, false);
  CHECK(flow.y() == doctest::Approx(50 + 3 * 20));
  CHECK(writer.page_count() == 1);
}

TEST_CASE("a plain flow starts a page when the next line passes the bottom margin") {
  const auto& body = testing::product_fonts().role(font::Role::body);
  pdf::Writer writer(pdf::DocumentInfo{});
  // 300 points between the margins hold fifteen 20-point lines.
  PlainFlow flow(writer, {200, 400}, 50);
  flow.text(body, repeated("字", 6 * 16), 16, 20, false);
  CHECK(writer.page_count() == 2);
  CHECK(flow.page() == 1);
  CHECK(flow.y() == doctest::Approx(50 + 20));
}

TEST_CASE("a glyph wider than the measure stands on a line of its own") {
  const auto& body = testing::product_fonts().role(font::Role::body);
  pdf::Writer writer(pdf::DocumentInfo{});
  PlainFlow flow(writer, {200, 400}, 90);  // a measure of 20 points
  flow.text(body, "字字", 32, 40, false);
  CHECK(flow.y() == doctest::Approx(90 + 2 * 40));
}
