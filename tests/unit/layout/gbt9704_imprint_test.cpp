// 版记 of a 公文 as GB/T 9704-2012 7.4 places it: its rules and the 抄送 line's wording.
#include <doctest/doctest.h>

#include "layout/gbt9704_imprint.hpp"
#include "layout/gbt9704_style.hpp"

using namespace cr;
using namespace cr::layout;

TEST_CASE("the 版记's rules: thick first and last, thin between 抄送 and 印发, the last at its foot") {
  const double pitch = Gbt9704Style::line_pitch();
  const double thick = pdf::mm(0.35), thin = pdf::mm(0.25);
  const auto both = Gbt9704Imprint::rules(2, true, pitch);
  REQUIRE(both.size() == 3);
  CHECK(both[0].y == 0);
  CHECK(both[0].thickness == doctest::Approx(thick));
  CHECK(both[1].y == doctest::Approx(2 * pitch));
  CHECK(both[1].thickness == doctest::Approx(thin));
  CHECK(both[2].y == doctest::Approx(3 * pitch));
  CHECK(both[2].thickness == doctest::Approx(thick));
  // One element alone: between two thick rules, no thin one.
  for (const auto& alone : {Gbt9704Imprint::rules(0, true, pitch), Gbt9704Imprint::rules(1, false, pitch)}) {
    REQUIRE(alone.size() == 2);
    CHECK(alone[1].y == doctest::Approx(pitch));
    CHECK(alone[1].thickness == doctest::Approx(thick));
  }
}

TEST_CASE("抄送 names its organs with commas and ends with 。") {
  CHECK(Gbt9704Imprint::cc_text({"绥化市人民政府办公室"}) == "绥化市人民政府办公室。");
  CHECK(Gbt9704Imprint::cc_text({"甲", "乙"}) == "甲，乙。");
  CHECK(Gbt9704Imprint::cc_text({}).empty());
}
