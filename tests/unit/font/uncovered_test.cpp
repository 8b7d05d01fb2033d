// The coverage pass finds exactly the characters shaping finds missing, at the same offsets.
#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

#include "fixtures.hpp"
#include "font/shaping.hpp"
#include "font/uncovered.hpp"

using namespace cr::font;
using namespace cr::font::testing;

namespace {

// Han, Latin and figures, a character beyond the BMP (𠮷), a private-use character (U+E000)
// and one of plane 16, a variation selector and a zero-width joiner, both kinds of space.
const std::string mixed = "党建PDF 12.5%𠮷\uE000葛\uFE00\u200D一\u3000\U0010FFFD“引”末𠮷";

std::vector<std::pair<char32_t, std::size_t>> listed(const std::vector<MissingCharacter>& missing) {
  std::vector<std::pair<char32_t, std::size_t>> out;
  for (const MissingCharacter& m : missing) out.emplace_back(m.code_point, m.offset);
  return out;
}

std::size_t offset_of(const std::string& text, const std::string& part, std::size_t from = 0) {
  return text.find(part, from);
}

}  // namespace

TEST_CASE("the coverage pass agrees with shaping on mixed text, whatever the chain") {
  auto ukai = system_face("AR PL UKai CN");
  auto noto = system_face("Noto Serif CJK SC");
  REQUIRE(ukai);
  REQUIRE(noto);
  for (const auto& chain : {role_of({ukai}), role_of({noto}), role_of({ukai, noto}), role_of({noto, ukai})})
    for (bool replace : {false, true}) {
      INFO("faces: ", chain.faces.size(), ", first ", chain.faces[0]->family(), ", replaced: ", replace);
      const ShapedText shaped = shape(chain, mixed, ShapeOptions{12, replace});
      const std::vector<MissingCharacter> missing = uncovered(chain, mixed);
      CHECK(listed(missing) == listed(shaped.missing));
      std::vector<std::size_t> offsets;
      for (const MissingCharacter& m : missing) offsets.push_back(m.offset);
      if (!replace) {
        // What HarfBuzz itself found no glyph for (.notdef, glyph 0): the same characters.
        std::vector<std::size_t> notdef;
        for (const GlyphRun& run : shaped.runs)
          for (const ShapedGlyph& glyph : run.glyphs)
            if (glyph.glyph == 0) notdef.push_back(glyph.cluster);
        CHECK(notdef == offsets);
        continue;
      }
      // Shaping sets 〓 there and nowhere else: one run of the mark alone at each of them.
      std::vector<std::size_t> marked;
      for (const GlyphRun& run : shaped.runs)
        if (run.glyphs.size() == 1 && run.glyphs[0].glyph == run.face->glyph_for(replacement_mark))
          marked.push_back(run.begin);
      CHECK(marked == offsets);
    }
}

TEST_CASE("the coverage pass names each uncovered occurrence, passing over joiners and selectors") {
  auto ukai = system_face("AR PL UKai CN");
  auto noto = system_face("Noto Serif CJK SC");
  REQUIRE(ukai);
  REQUIRE(noto);
  REQUIRE_FALSE(ukai->covers(U'\U00020BB7'));  // the chain below relies on it
  REQUIRE(noto->covers(U'\U00020BB7'));
  const std::size_t first_ji = offset_of(mixed, "𠮷"), last_ji = offset_of(mixed, "𠮷", first_ji + 1);
  const std::size_t private_use = offset_of(mixed, "\uE000"), plane16 = offset_of(mixed, "\U0010FFFD");

  // UKai alone lacks 𠮷: both occurrences, with the private-use characters, in text order.
  CHECK(listed(uncovered(role_of({ukai}), mixed)) ==
        std::vector<std::pair<char32_t, std::size_t>>{{U'\U00020BB7', first_ji},
                                                      {U'\uE000', private_use},
                                                      {U'\U0010FFFD', plane16},
                                                      {U'\U00020BB7', last_ji}});
  // Noto after it supplies 𠮷: only the private-use characters are left.
  CHECK(listed(uncovered(role_of({ukai, noto}), mixed)) ==
        std::vector<std::pair<char32_t, std::size_t>>{{U'\uE000', private_use}, {U'\U0010FFFD', plane16}});
  // Covered text gives nothing, nor do the variation selector and the joiner, which need no
  // glyph of their own (the face has none for them); nor does a chain without faces.
  REQUIRE_FALSE(noto->covers(U'\uFE00'));
  REQUIRE_FALSE(noto->covers(U'\u200D'));
  CHECK(uncovered(role_of({noto}), "葛\uFE00\u200D一\uFEFF").empty());
  CHECK(uncovered(role_of({}), "\uE000").empty());
  // A byte that is not UTF-8 is passed over, as shaping passes it; what follows keeps its offset.
  const std::string broken =
      "一\xFF"
      "\uE000";
  CHECK(listed(uncovered(role_of({noto}), broken)) ==
        std::vector<std::pair<char32_t, std::size_t>>{{U'\uE000', 4}});
  CHECK(listed(shape(role_of({noto}), broken, ShapeOptions{12, false}).missing) ==
        listed(uncovered(role_of({noto}), broken)));
}
