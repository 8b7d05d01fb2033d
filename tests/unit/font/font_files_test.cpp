#include <doctest/doctest.h>

#include <sys/stat.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

#include "../input/temp_folder.hpp"
#include "font/font_files.hpp"
#include "font/role_fonts.hpp"

using namespace cr::font;

namespace {

// A campaign whose fonts/ holds one file of each kind: readable ones, and ones the data files'
// rules refuse. `outside` is a folder beside it.
struct HostileFonts {
  TempFolder campaign, outside;
  HostileFonts() {
    campaign.write("fonts/good.ttf", "a font, as far as the listing knows");
    campaign.write("office/licensed.ttf", "a font elsewhere in the campaign folder");
    campaign.write("fonts/readme.txt", "not named like a font");
    const auto fonts = campaign.path() / "fonts";
    std::filesystem::create_symlink("../office/licensed.ttf", fonts / "inside-link.ttf");
    std::filesystem::create_symlink(outside.write("secret.ttf", "another office's file"), fonts / "outside.ttf");
    std::filesystem::create_symlink("/dev/zero", fonts / "zero.ttf");
    REQUIRE(::mkfifo((fonts / "fifo.ttf").c_str(), 0600) == 0);
    REQUIRE(::mkfifo((fonts / "fifo.txt").c_str(), 0600) == 0);  // not named like a font: never opened
    std::filesystem::create_directory(fonts / "folder.otf");
    campaign.write("fonts/big.TTC", "");
    std::filesystem::resize_file(fonts / "big.TTC", max_font_file_bytes + 1);  // sparse
  }
};

std::vector<std::pair<std::string, std::string>> errors_of(const cr::diag::Diagnostics& diagnostics) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& d : diagnostics.items())
    if (d.severity == cr::diag::Severity::error) out.emplace_back(d.file, d.code);
  std::sort(out.begin(), out.end());
  return out;
}

const std::vector<std::pair<std::string, std::string>> refused{
    {"fonts/big.TTC", "font-file-too-large"},   {"fonts/fifo.ttf", "not-a-file"},
    {"fonts/folder.otf", "not-a-file"},         {"fonts/outside.ttf", "path-outside-folder"},
    {"fonts/zero.ttf", "path-outside-folder"}};

}  // namespace

TEST_CASE("a campaign's font files are read only inside the campaign, regular, and within the size limit") {
  HostileFonts hostile;
  const auto folders = font_folders(hostile.campaign.path(), {});
  REQUIRE(folders.size() == 1);
  cr::diag::Diagnostics diagnostics;
  const auto files = font_files(folders[0], &diagnostics);
  REQUIRE(files.size() == 2);
  CHECK(files[0].filename() == "good.ttf");
  CHECK(files[1].filename() == "inside-link.ttf");
  CHECK(errors_of(diagnostics) == refused);
}

TEST_CASE("every command's font configuration reports them, and the catalogue never opens them") {
  HostileFonts hostile;
  cr::diag::Diagnostics diagnostics;
  load_font_config(hostile.campaign.path(), {}, diagnostics);
  CHECK(errors_of(diagnostics) == refused);

  const auto started = std::chrono::steady_clock::now();
  cr::diag::Diagnostics listing;
  const auto catalogue = build_catalogue(font_folders(hostile.campaign.path(), {}), false, &listing);
  CHECK(std::chrono::steady_clock::now() - started < std::chrono::seconds(10));
  CHECK(catalogue.empty());
  CHECK(listing.error_count() == 0);  // reported once, by load_font_config
  // The two readable files are read, and are no fonts: one warning each, naming them.
  REQUIRE(listing.warning_count() == 2);
  CHECK(listing.items()[0].message_en.find("good.ttf") != std::string::npos);
  CHECK(listing.items()[1].message_en.find("inside-link.ttf") != std::string::npos);
}

TEST_CASE("the product's fonts/ is not confined, but only its regular files are read") {
  TempFolder product;
  product.write("fonts/a.ttf", "x");
  std::filesystem::create_symlink("/dev/zero", product.path() / "fonts" / "zero.ttf");
  const auto files = font_files({product.path() / "fonts", Origin::fonts_folder, {}}, nullptr);
  REQUIRE(files.size() == 1);
  CHECK(files[0].filename() == "a.ttf");
}
