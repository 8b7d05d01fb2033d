// 落款 with the office's seal, as GB/T 9704-2012 7.3.5.1 places a single organ's: the date four
// characters from the right, the organisation centred over it, both below the seal's centre.
#include <doctest/doctest.h>

#include "layout/gbt9704_signature.hpp"
#include "layout/gbt9704_style.hpp"

using namespace cr;
using namespace cr::layout;

TEST_CASE("the date ends four characters in, the organisation centred over it") {
  const double character = Gbt9704Style::character_pitch();
  const auto p = Gbt9704Signature::place_sealed(500, 96, 112, character);
  CHECK(p.date_x + 112 == doctest::Approx(500 - 4 * character));
  CHECK(p.organization_x + 96 / 2.0 == doctest::Approx(p.date_x + 112 / 2.0));
}

TEST_CASE("the seal's top half a line below the text, both lines below its centre and on it") {
  const double pitch = Gbt9704Style::line_pitch();
  for (double mm : {38.0, 42.0, 45.0, 50.0}) {
    CAPTURE(mm);
    const double height = pdf::mm(mm);
    const auto r = Gbt9704Signature::sealed_rows(height, pitch);
    CHECK(r.seal_top == doctest::Approx(pitch / 2));
    const double centre = r.seal_top + height / 2;
    const double organization_middle = (r.organization_row + 0.5) * pitch;
    CHECK(organization_middle >= centre);
    CHECK(organization_middle - pitch < centre);  // the first row that is: no lower than need be
    CHECK((r.organization_row + 1.5) * pitch <= r.seal_top + height + pitch / 2);  // the date on it
    CHECK(r.rows * pitch >= r.seal_top + height);  // the block leaves the seal's space
    CHECK(r.rows >= r.organization_row + 2);
  }
}
