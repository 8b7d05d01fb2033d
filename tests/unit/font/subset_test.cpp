#include <doctest/doctest.h>

#include <hb.h>

#include "fixtures.hpp"
#include "font/cff_charset.hpp"
#include "font/shaping.hpp"
#include "font/subset.hpp"

using namespace cr::font;
using namespace cr::font::testing;

namespace {

std::set<std::uint32_t> glyphs_of(const FacePtr& face, std::string_view text) {
  std::set<std::uint32_t> out;
  for (const auto& run : shape(role_of({face}), text, ShapeOptions{12, false}).runs)
    for (const auto& g : run.glyphs) out.insert(g.glyph);
  return out;
}

std::string table_of(const Face& face, hb_tag_t tag) {
  hb_blob_t* blob = hb_face_reference_table(face.hb_face(), tag);
  unsigned length = 0;
  const char* data = hb_blob_get_data(blob, &length);
  std::string out(data ? data : "", length);
  hb_blob_destroy(blob);
  return out;
}

}  // namespace

TEST_CASE("subset tags are six capital letters, stable, and differ between glyph sets") {
  std::set<std::uint32_t> a{0, 5, 900}, b{0, 5, 901};
  auto tag = subset_tag("NotoSerifCJKsc-Regular", a);
  CHECK(tag.size() == 6);
  for (char c : tag) CHECK((c >= 'A' && c <= 'Z'));
  CHECK(tag == subset_tag("NotoSerifCJKsc-Regular", a));
  CHECK(tag != subset_tag("NotoSerifCJKsc-Regular", b));
  CHECK(tag != subset_tag("LXGWWenKai-Regular", a));
}

TEST_CASE("a CFF subset is drawn by CID: each glyph keeps the CID it has in the whole font") {
  auto noto = system_face("Noto Serif CJK SC");
  REQUIRE(noto);
  auto original = read_cff_charset(table_of(*noto, HB_TAG('C', 'F', 'F', ' ')));
  REQUIRE(original);
  CHECK(original->cid_keyed);
  auto glyphs = glyphs_of(noto, "党建之冬𠮷二12.5%");
  std::string error;
  auto subset = subset_face(*noto, glyphs, {}, error);
  REQUIRE_MESSAGE(subset, error);
  CHECK(subset->outlines == Outlines::cff);
  CHECK(subset->program.size() < 60000);
  for (auto g : glyphs) {
    REQUIRE(subset->code_of.count(g) == 1);
    CHECK(subset->code_of.at(g) == original->cid_of.at(g));
  }
  auto re_read = read_cff_charset(subset->program);
  REQUIRE(re_read);
  CHECK(re_read->cid_of.size() == glyphs.size() + 1);  // and .notdef
}

TEST_CASE("TrueType subsets renumber glyphs compactly and drop layout tables") {
  for (const char* family : {"LXGW WenKai", "AR PL UKai CN", "WenQuanYi Micro Hei"}) {
    CAPTURE(family);
    auto face = system_face(family);
    REQUIRE(face);
    auto glyphs = glyphs_of(face, "党建之冬活动12.5%");
    std::string error;
    auto subset = subset_face(*face, glyphs, {}, error);
    REQUIRE_MESSAGE(subset, error);
    CHECK(subset->outlines == Outlines::truetype);
    hb_blob_t* blob = hb_blob_create(subset->program.data(), static_cast<unsigned>(subset->program.size()),
                                     HB_MEMORY_MODE_READONLY, nullptr, nullptr);
    hb_face_t* reread = hb_face_create(blob, 0);
    // The subset holds the glyphs drawn, .notdef and the components of composite glyphs.
    unsigned count = hb_face_get_glyph_count(reread);
    CHECK(count >= glyphs.size() + 1);
    CHECK(count < 4 * (glyphs.size() + 1));
    for (auto g : glyphs) CHECK(subset->code_of.at(g) < count);
    hb_blob_t* gsub = hb_face_reference_table(reread, HB_TAG('G', 'S', 'U', 'B'));
    CHECK(hb_blob_get_length(gsub) == 0);
    hb_blob_destroy(gsub);
    hb_face_destroy(reread);
    hb_blob_destroy(blob);
    CHECK(subset->width_of.size() == glyphs.size() + 1);  // and .notdef
  }
}

TEST_CASE("a name-keyed CFF font (no ROS) is drawn by the subset's glyph IDs") {
  auto nimbus = system_face("Nimbus Sans");  // URW base 35, installed with ghostscript
  REQUIRE(nimbus);
  REQUIRE(nimbus->outlines() == Outlines::cff);
  auto glyphs = glyphs_of(nimbus, "Hamburg 12.5%");
  std::string error;
  auto subset = subset_face(*nimbus, glyphs, {}, error);
  REQUIRE_MESSAGE(subset, error);
  auto charset = read_cff_charset(subset->program);
  REQUIRE(charset);
  CHECK_FALSE(charset->cid_keyed);
  std::set<std::uint32_t> codes;
  for (auto g : glyphs) codes.insert(subset->code_of.at(g));
  CHECK(codes.size() == glyphs.size());
  CHECK(*codes.rbegin() <= glyphs.size());
}

TEST_CASE("subsetting by the characters drawn keeps the same glyphs as by glyph ID") {
  for (const char* family : {"LXGW WenKai", "Noto Serif CJK SC"}) {
    CAPTURE(family);
    auto face = system_face(family);
    REQUIRE(face);
    const std::u32string text = U"党建之冬活动，“二”（12.5%）";
    std::map<std::uint32_t, std::u32string> text_of_glyph;
    std::set<std::uint32_t> glyphs;
    for (char32_t c : text) {
      auto g = face->glyph_for(c);
      REQUIRE(g);
      glyphs.insert(*g);
      text_of_glyph.emplace(*g, std::u32string(1, c));
    }
    std::string error;
    auto by_glyph = subset_face(*face, glyphs, {}, error);
    auto by_character = subset_face(*face, glyphs, text_of_glyph, error);
    REQUIRE_MESSAGE(by_glyph, error);
    REQUIRE_MESSAGE(by_character, error);
    CHECK(by_character->code_of == by_glyph->code_of);
    CHECK(by_character->width_of == by_glyph->width_of);
    CHECK(by_character->tag == by_glyph->tag);

    // A glyph that is no character's cmap glyph (here: one drawn for another character) is
    // still kept: the subsetter falls back to glyph IDs.
    auto other = face->glyph_for(U'活');
    REQUIRE(other);
    text_of_glyph[*other].assign(1, U'冬');
    auto fallback = subset_face(*face, glyphs, text_of_glyph, error);
    REQUIRE_MESSAGE(fallback, error);
    CHECK(fallback->code_of == by_glyph->code_of);
  }
}
