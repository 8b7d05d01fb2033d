#include <doctest/doctest.h>

#include "font/face_selection.hpp"

using cr::font::FaceEntry;
using cr::font::Origin;

namespace {

FaceEntry entry(const char* file, unsigned index, std::vector<std::string> families, const char* style,
                bool sc = false, Origin origin = Origin::system) {
  FaceEntry e;
  e.file = file;
  e.index = index;
  e.families = std::move(families);
  e.styles = {style};
  e.simplified_chinese = sc;
  e.origin = origin;
  return e;
}

// A CJK collection as fontconfig lists it: the SC face is not face 0.
std::vector<FaceEntry> collection() {
  return {entry("/f/SerifCJK.ttc", 0, {"Noto Serif CJK JP"}, "Regular"),
          entry("/f/SerifCJK.ttc", 1, {"Noto Serif CJK KR"}, "Regular"),
          entry("/f/SerifCJK.ttc", 2, {"Noto Serif CJK SC"}, "Regular", true),
          entry("/f/SerifCJK.ttc", 3, {"Noto Serif CJK TC"}, "Regular"),
          entry("/f/SerifCJK-Bold.ttc", 0, {"Noto Serif CJK JP"}, "Bold"),
          entry("/f/SerifCJK-Bold.ttc", 2, {"Noto Serif CJK SC"}, "Bold", true)};
}

}  // namespace

TEST_CASE("the named face of a collection is chosen, not face 0") {
  auto faces = collection();
  auto found = cr::font::select_face(faces, "Noto Serif CJK SC", "Regular");
  REQUIRE(found);
  CHECK(faces[*found].index == 2);
  CHECK(faces[*found].file == "/f/SerifCJK.ttc");
}

TEST_CASE("a family name shared by a collection's faces picks the simplified-Chinese face") {
  auto faces = collection();
  auto found = cr::font::select_face(faces, "noto serif cjk", "Bold");
  REQUIRE(found);
  CHECK(faces[*found].index == 2);
  CHECK(faces[*found].file == "/f/SerifCJK-Bold.ttc");
}

TEST_CASE("the requested style wins, a missing bold falls back to the regular face") {
  auto faces = collection();
  auto bold = cr::font::select_face(faces, "Noto Serif CJK SC", "Bold");
  REQUIRE(bold);
  CHECK(faces[*bold].file == "/f/SerifCJK-Bold.ttc");
  std::vector<FaceEntry> only_book{entry("/f/ukai.ttc", 0, {"AR PL UKai CN"}, "Book", true),
                                   entry("/f/ukai.ttc", 1, {"AR PL UKai HK"}, "Book")};
  auto kai = cr::font::select_face(only_book, "AR PL UKai CN", "Bold");
  REQUIRE(kai);
  CHECK(faces.size() == 6);
  CHECK(only_book[*kai].index == 0);
}

TEST_CASE("a Light face that also calls itself Regular does not win over the Regular face") {
  FaceEntry light = entry("/f/WenKai-Light.ttf", 0, {"LXGW WenKai"}, "Light");
  light.styles.push_back("Regular");
  light.weight = 50;
  FaceEntry regular = entry("/f/WenKai-Regular.ttf", 0, {"LXGW WenKai"}, "Regular");
  FaceEntry bold = entry("/f/WenKai-Bold.ttf", 0, {"LXGW WenKai"}, "Bold");
  bold.weight = 200;
  std::vector<FaceEntry> faces{light, bold, regular};
  auto found = cr::font::select_face(faces, "LXGW WenKai", "Regular");
  REQUIRE(found);
  CHECK(faces[*found].file == "/f/WenKai-Regular.ttf");
  found = cr::font::select_face(faces, "LXGW WenKai", "Bold");
  REQUIRE(found);
  CHECK(faces[*found].file == "/f/WenKai-Bold.ttf");
}

TEST_CASE("a face in the campaign's fonts/ folder comes before the product's and the system's") {
  std::vector<FaceEntry> faces{
      entry("/sys/fangsong.ttf", 0, {"FangSong"}, "Regular", true, Origin::system),
      entry("/product/fonts/fs.ttf", 0, {"FangSong", "仿宋"}, "Regular", true, Origin::fonts_folder),
      entry("/campaign/fonts/fs.ttf", 0, {"仿宋", "FangSong"}, "Regular", true, Origin::campaign_folder)};
  auto found = cr::font::select_face(faces, "仿宋", "Regular");
  REQUIRE(found);
  CHECK(faces[*found].origin == Origin::campaign_folder);
}

TEST_CASE("an unknown family finds nothing, and a prefix must end at a word") {
  auto faces = collection();
  CHECK_FALSE(cr::font::select_face(faces, "方正小标宋简体", "Regular"));
  CHECK_FALSE(cr::font::select_face(faces, "Noto Serif CJ", "Regular"));
}
