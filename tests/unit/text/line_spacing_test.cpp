#include <doctest/doctest.h>

#include "text/line_spacing.hpp"

using namespace cr::text;

TEST_CASE("compression classes in TYPESETTING.md's order") {
  CHECK(compression_of(U'“') == Compression::bracket);
  CHECK(compression_of(U'》') == Compression::bracket);
  CHECK(compression_of(U'，') == Compression::pause);
  CHECK(compression_of(U'、') == Compression::pause);
  CHECK(compression_of(U'；') == Compression::pause);
  CHECK(compression_of(U'。') == Compression::stop);
  CHECK(compression_of(U'！') == Compression::stop);
  CHECK(compression_of(U'中') == Compression::none);
  CHECK(compression_of(U'—') == Compression::none);  // a dash keeps its full width
  CHECK(is_opening_mark(U'（'));
  CHECK_FALSE(is_opening_mark(U'）'));
}

TEST_CASE("quarter-em gap between Han and Western") {
  CHECK(takes_han_western_gap(U'文', U'A'));
  CHECK(takes_han_western_gap(U'5', U'亿'));
  CHECK(takes_han_western_gap(U'%', U'以'));
  CHECK(takes_han_western_gap(U'\U00020BB7', U'x'));
  CHECK_FALSE(takes_han_western_gap(U'，', U'A'));  // punctuation already has its blank half
  CHECK_FALSE(takes_han_western_gap(U'中', U'文'));
  CHECK_FALSE(takes_han_western_gap(U'１', U'个'));  // full-width digits are set as Han
}

TEST_CASE("where justification may add space") {
  CHECK(stretch_between(U'中', U'文') == Stretch::inter_character);
  CHECK(stretch_between(U'文', U'，') == Stretch::inter_character);
  CHECK(stretch_between(U' ', U'w') == Stretch::word_space);
  CHECK(stretch_between(U'a', U'b') == Stretch::none);
  CHECK(stretch_between(U'3', U'.') == Stretch::none);
  CHECK(stretch_between(U'—', U'—') == Stretch::none);
  CHECK(stretch_between(U'…', U'…') == Stretch::none);
  CHECK(stretch_between(U'亿', U'～') == Stretch::none);
  CHECK(stretch_between(U'张', U'·') == Stretch::none);
}
