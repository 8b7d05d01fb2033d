#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "fixtures.hpp"
#include "font/font_config.hpp"

using namespace cr::font;
using namespace cr::font::testing;

namespace {

// A campaign folder in the temporary folder whose fonts/fonts.toml holds `toml`; removed after.
struct CampaignFonts {
  std::filesystem::path folder;
  CampaignFonts(const std::string& name, const std::string& toml)
      : folder(std::filesystem::temp_directory_path() / name) {
    std::filesystem::create_directories(folder / "fonts");
    std::ofstream(folder / "fonts" / "fonts.toml") << toml;
  }
  ~CampaignFonts() { std::filesystem::remove_all(folder); }
  CampaignFonts(const CampaignFonts&) = delete;
  CampaignFonts& operator=(const CampaignFonts&) = delete;
};

}  // namespace

TEST_CASE("Noto Serif CJK SC resolves to the SC member of the collection, which sets 二 and 𠮷") {
  auto face = system_face("Noto Serif CJK SC");
  REQUIRE(face);
  CHECK(face->index() == 2);
  CHECK(face->file().filename() == "NotoSerifCJK-Regular.ttc");
  CHECK(face->outlines() == Outlines::cff);
  CHECK(face->family() == "Noto Serif CJK SC");
  CHECK(face->covers(U'二'));
  CHECK(face->covers(U'\U00020BB7'));
}

TEST_CASE("TrueType faces: a .ttf and a member of a .ttc") {
  auto kai = system_face("LXGW WenKai");
  REQUIRE(kai);
  CHECK(kai->outlines() == Outlines::truetype);
  CHECK(kai->file().filename() == "LXGWWenKai-Regular.ttf");
  auto ukai = system_face("AR PL UKai CN");
  REQUIRE(ukai);
  CHECK(ukai->file().filename() == "ukai.ttc");
  CHECK(ukai->index() == 0);
  CHECK(ukai->outlines() == Outlines::truetype);
  CHECK_FALSE(ukai->covers(U'\U00020BB7'));
}

TEST_CASE("the product's fonts.toml resolves every role; the body stands in for 仿宋") {
  cr::diag::Diagnostics diagnostics;
  auto config = load_font_config({}, CR_SOURCE_DIR, diagnostics);
  CHECK(diagnostics.empty());
  auto set = FontSet::resolve(config, system_catalogue(), diagnostics);
  CHECK(diagnostics.empty());
  for (Role role : all_roles) CHECK_FALSE(set.role(role).faces.empty());
  const auto& body = set.role(Role::body);
  CHECK(body.faces[0]->family() == "Noto Serif CJK SC");
  CHECK_FALSE(body.official_face);
  CHECK(body.official == "仿宋");
  CHECK(set.role(Role::heading).faces[0]->family() == "Noto Sans CJK SC");
  CHECK(set.role(Role::heading).faces[0]->style() == "Bold");
}

TEST_CASE("in gbt9704 the body is 仿宋 (FandolFang), headings 黑体 and 楷体; the case style keeps its faces") {
  cr::diag::Diagnostics diagnostics;
  auto config = load_font_config({}, CR_SOURCE_DIR, diagnostics);
  CHECK(diagnostics.empty());
  // Fontconfig does not list TeX Live's fonts: the catalogue adds the Fandol folder itself.
  auto official = FontSet::resolve(config.for_style("gbt9704"), system_catalogue(), diagnostics);
  CHECK(diagnostics.empty());
  REQUIRE_FALSE(official.role(Role::body).faces.empty());
  CHECK(official.role(Role::body).faces[0]->family() == "FandolFang");
  CHECK(official.role(Role::body).faces[0]->file().filename() == "FandolFang-Regular.otf");
  CHECK(official.role(Role::table).faces[0]->family() == "FandolFang");
  CHECK(official.role(Role::heading).faces[0]->family() == "FandolHei");
  CHECK(official.role(Role::subheading).faces[0]->family() == "FandolKai");
  CHECK(official.role(Role::title).faces[0]->family() == "Noto Serif CJK SC");
  CHECK(official.role(Role::title).faces[0]->style() == "Bold");
  CHECK(official.role(Role::body).official == "仿宋");
  // A style without chains of its own, and the case style, keep the common chains.
  for (const char* style : {"case", "no-such-style"}) {
    auto common = FontSet::resolve(config.for_style(style), system_catalogue(), diagnostics);
    CHECK(common.role(Role::body).faces[0]->family() == "Noto Serif CJK SC");
    CHECK(common.role(Role::subheading).faces[0]->family() == "LXGW WenKai");
  }
}

TEST_CASE("in gbt9704 an office's licensed 仿宋_GB2312 and 方正小标宋 in fonts/ come before the free faces") {
  cr::diag::Diagnostics diagnostics;
  auto config = load_font_config({}, CR_SOURCE_DIR, diagnostics).for_style("gbt9704");
  // Faces as an office's fonts/ folder would give them: files declaring the licensed names
  // (stand-ins here for the licensed files, which may not be shipped).
  std::vector<FaceEntry> catalogue;
  auto licensed = [&](const std::string& family, const std::string& like) {
    auto found = select_face(system_catalogue(), like, "Regular");
    REQUIRE(found);
    FaceEntry entry = system_catalogue()[*found];
    entry.families = {family};
    entry.origin = Origin::campaign_folder;
    catalogue.push_back(entry);
  };
  licensed("仿宋_GB2312", "AR PL UKai CN");
  licensed("方正小标宋简体", "WenQuanYi Micro Hei");
  catalogue.insert(catalogue.end(), system_catalogue().begin(), system_catalogue().end());
  auto set = FontSet::resolve(config, catalogue, diagnostics);
  CHECK(diagnostics.empty());
  CHECK(set.role(Role::body).families[0] == "仿宋_GB2312");
  CHECK(set.role(Role::body).official_face);
  CHECK(set.role(Role::body).families[1] == "FandolFang");  // the free face still backs it up
  CHECK(set.role(Role::title).families[0] == "方正小标宋简体");
  CHECK(set.role(Role::title).official_face);
}

TEST_CASE("a campaign's [roles.X] sets the role in every page style; [page_styles.S.roles.X] in S only") {
  const CampaignFonts campaign("cr-font-style-test",
                               "[roles.body]\nfamilies = [\"AR PL UKai CN\"]\n"
                               "[page_styles.gbt9704.roles.heading]\nfamilies = [\"WenQuanYi Micro Hei\"]\n");
  cr::diag::Diagnostics diagnostics;
  auto config = load_font_config(campaign.folder, CR_SOURCE_DIR, diagnostics);
  CHECK(diagnostics.empty());
  auto official = FontSet::resolve(config.for_style("gbt9704"), system_catalogue(), diagnostics);
  auto common = FontSet::resolve(config.for_style("case"), system_catalogue(), diagnostics);
  CHECK(official.role(Role::body).faces[0]->family() == "AR PL UKai CN");
  CHECK(common.role(Role::body).faces[0]->family() == "AR PL UKai CN");
  CHECK(official.role(Role::heading).faces[0]->family() == "WenQuanYi Micro Hei");
  CHECK(common.role(Role::heading).faces[0]->family() == "Noto Sans CJK SC");
  CHECK(official.role(Role::subheading).faces[0]->family() == "FandolKai");  // the product's, untouched
}

TEST_CASE("a campaign's fonts.toml replaces a role's chain; a chain found nowhere is an error") {
  const CampaignFonts campaign("cr-font-config-test",
                               "[roles.body]\nfamilies = [\"No Such Family\", \"AR PL UKai CN\"]\n"
                               "[roles.title]\nfamilies = [\"No Such Family\"]\n");
  cr::diag::Diagnostics diagnostics;
  auto config = load_font_config(campaign.folder, CR_SOURCE_DIR, diagnostics);
  auto set = FontSet::resolve(config, system_catalogue(), diagnostics);
  CHECK(set.role(Role::body).faces[0]->family() == "AR PL UKai CN");
  CHECK(set.role(Role::body).missing_families == std::vector<std::string>{"No Such Family"});
  REQUIRE(diagnostics.error_count() == 1);
  CHECK(diagnostics.items()[0].code == "font-not-found");
  CHECK(diagnostics.items()[0].message_zh.find("标题") != std::string::npos);
}

TEST_CASE("a malformed fonts.toml is a diagnostic with its line") {
  auto file = std::filesystem::temp_directory_path() / "cr-bad-fonts.toml";
  std::ofstream(file) << "[roles.body]\nfamilies = [\"A\",\n";
  cr::diag::Diagnostics diagnostics;
  FontConfig config;
  CHECK_FALSE(read_font_config(file, "fonts/fonts.toml", false, config, diagnostics));
  REQUIRE(diagnostics.error_count() == 1);
  CHECK(diagnostics.items()[0].code == "bad-font-config");
  CHECK(diagnostics.items()[0].line >= 2);
  std::filesystem::remove(file);
}

TEST_CASE("a font file in the campaign's fonts/ is found by its Chinese family name, before the system's") {
  auto wenkai = system_face("LXGW WenKai");
  REQUIRE(wenkai);
  auto campaign = std::filesystem::temp_directory_path() / "cr-font-folder-test";
  std::filesystem::remove_all(campaign);
  std::filesystem::create_directories(campaign / "fonts");
  std::filesystem::copy_file(wenkai->file(), campaign / "fonts" / "licensed-kai.ttf");  // a link would be refused
  auto catalogue = build_catalogue(font_folders(campaign, {}), true);
  auto found = select_face(catalogue, "霞鹜文楷", "Regular");
  REQUIRE(found);
  CHECK(catalogue[*found].origin == Origin::campaign_folder);
  CHECK(catalogue[*found].file == campaign / "fonts" / "licensed-kai.ttf");
  std::filesystem::remove_all(campaign);
}

TEST_CASE("a damaged font file in fonts/ is skipped with a warning naming it") {
  auto campaign = std::filesystem::temp_directory_path() / "cr-font-damaged-test";
  std::filesystem::remove_all(campaign);
  std::filesystem::create_directories(campaign / "fonts");
  std::ofstream(campaign / "fonts" / "仿宋_GB2312.ttf") << "not a font";
  std::ofstream(campaign / "fonts" / "readme.txt") << "not a font either, and not named like one";
  cr::diag::Diagnostics diagnostics;
  auto catalogue = build_catalogue(font_folders(campaign, {}), false, &diagnostics);
  CHECK(catalogue.empty());
  REQUIRE(diagnostics.warning_count() == 1);
  CHECK(diagnostics.items()[0].code == "font-file-unreadable");
  CHECK(diagnostics.items()[0].message_zh.find("仿宋_GB2312.ttf") != std::string::npos);
  std::filesystem::remove_all(campaign);
}

namespace {

// Every role's chain is `families`.
FontConfig config_of(std::vector<std::string> families) {
  FontConfig config;
  for (Role role : all_roles) config.roles[role].families = families;
  return config;
}

bool has_system_face(const std::vector<FaceEntry>& catalogue) {
  return std::any_of(catalogue.begin(), catalogue.end(),
                     [](const FaceEntry& face) { return face.origin == Origin::system; });
}

}  // namespace

TEST_CASE("the system's fonts are listed only when a chain names a family the folders do not declare") {
  auto wenkai = system_face("LXGW WenKai");
  REQUIRE(wenkai);
  auto campaign = std::filesystem::temp_directory_path() / "cr-font-catalogue-test";
  std::filesystem::remove_all(campaign);
  std::filesystem::create_directories(campaign / "fonts");
  std::filesystem::copy_file(wenkai->file(), campaign / "fonts" / "kai.ttf");
  const auto folders = font_folders(campaign, {});

  auto only_folders = catalogue_for(config_of({"LXGW WenKai", "霞鹜文楷"}), folders);
  CHECK_FALSE(only_folders.empty());
  CHECK_FALSE(has_system_face(only_folders));
  // A prefix is not a declaration: a system face named exactly "LXGW" would win over it.
  CHECK(has_system_face(catalogue_for(config_of({"LXGW"}), folders)));
  CHECK(has_system_face(catalogue_for(config_of({"LXGW WenKai", "Noto Serif CJK SC"}), folders)));

  // Either way the roles resolve to the same faces.
  cr::diag::Diagnostics diagnostics;
  const auto config = config_of({"LXGW WenKai"});
  auto skipped = FontSet::resolve(config, only_folders, diagnostics);
  auto listed = FontSet::resolve(config, build_catalogue(folders, true), diagnostics);
  CHECK(diagnostics.error_count() == 0);
  for (Role role : all_roles) {
    REQUIRE(skipped.role(role).faces.size() == 1);
    REQUIRE(listed.role(role).faces.size() == 1);
    CHECK(skipped.role(role).faces[0]->file() == listed.role(role).faces[0]->file());
    CHECK(skipped.role(role).faces[0]->origin() == Origin::campaign_folder);
  }
  std::filesystem::remove_all(campaign);
}
