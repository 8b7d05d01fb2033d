#include "font/role_fonts.hpp"

#include <algorithm>
#include <optional>

#include <fmt/format.h>

#include "font/face_selection.hpp"
#include "font/font_files.hpp"
#include "input/safe_path.hpp"

namespace cr::font {
namespace {

RoleFonts resolve_role(Role role, const FamilyChain& chain, const std::vector<FaceEntry>& catalogue,
                       std::map<std::pair<std::string, unsigned>, FacePtr>& opened) {
  RoleFonts out;
  out.role = role;
  out.official = chain.official;
  for (const auto& family : chain.all()) {
    auto found = select_face(catalogue, family, chain.style);
    FacePtr face;
    if (found) {
      const FaceEntry& e = catalogue[*found];
      auto& slot = opened[{e.file.string(), e.index}];
      if (!slot) slot = Face::open(e.file, e.index, e.origin);
      face = slot;
    }
    if (!face) {
      out.missing_families.push_back(family);
      continue;
    }
    if (std::find(out.faces.begin(), out.faces.end(), face) != out.faces.end()) continue;
    if (out.faces.empty())
      out.official_face =
          std::find(chain.licensed.begin(), chain.licensed.end(), family) != chain.licensed.end();
    out.faces.push_back(face);
    out.families.push_back(family);
  }
  return out;
}

}  // namespace

std::size_t RoleFonts::face_for(char32_t cp) const {
  std::size_t i = 0;
  while (i < faces.size() && !faces[i]->covers(cp)) ++i;
  return i;
}

FontSet FontSet::resolve(const FontConfig& config, const std::vector<FaceEntry>& catalogue,
                         diag::Diagnostics& diagnostics) {
  FontSet set;
  std::map<std::pair<std::string, unsigned>, FacePtr> opened;
  for (Role role : all_roles) {
    const FamilyChain& chain = config.chain(role);
    RoleFonts fonts = resolve_role(role, chain, catalogue, opened);
    if (fonts.faces.empty()) {
      std::string families = fmt::format("{}", fmt::join(chain.all(), "、"));
      diagnostics.error(
          chain.defined_in, 0, 0, "font-not-found",
          fmt::format("字体角色“{}”找不到任何字体（字体链：{}）；请安装其中之一，或把字体文件放入 fonts/",
                      role_name_zh(role), families),
          fmt::format("no font found for the {} role (chain: {}); install one of them or put a font "
                      "file into fonts/",
                      role_name_en(role), fmt::join(chain.all(), ", ")));
    }
    set.roles_[role] = std::move(fonts);
  }
  return set;
}

namespace {

// The campaign's fonts/ when it is a folder inside the campaign folder, its files confined there.
std::optional<FontFolder> campaign_fonts(const std::filesystem::path& campaign_folder, diag::Diagnostics* diagnostics) {
  std::error_code ec;
  const auto root = std::filesystem::canonical(campaign_folder, ec);
  if (ec) return std::nullopt;
  const auto fonts = input::resolve_inside(root, "fonts", true);
  if (diagnostics ? !input::report_unsafe(fonts, "fonts", *diagnostics) : fonts.status != input::PathStatus::ok)
    return std::nullopt;
  return FontFolder{fonts.path, Origin::campaign_folder, root};
}

}  // namespace

std::vector<FontFolder> font_folders(const std::filesystem::path& campaign_folder,
                                     const std::filesystem::path& resources_folder) {
  std::vector<FontFolder> folders;
  if (!campaign_folder.empty())
    if (auto fonts = campaign_fonts(campaign_folder, nullptr)) folders.push_back(std::move(*fonts));
  if (!resources_folder.empty()) folders.push_back({resources_folder / "fonts", Origin::fonts_folder, {}});
  return folders;
}

std::vector<FaceEntry> catalogue_for(const FontConfig& config, const std::vector<FontFolder>& folders,
                                     diag::Diagnostics* diagnostics) {
  std::vector<FaceEntry> catalogue = build_catalogue(folders, false, diagnostics);
  const auto declared = [&](const std::string& family) {
    return std::any_of(catalogue.begin(), catalogue.end(),
                       [&](const FaceEntry& face) { return declares_family(face, family); });
  };
  std::vector<const FamilyChain*> chains;
  for (const auto& [role, chain] : config.roles) chains.push_back(&chain);
  for (const auto& [name, roles] : config.page_styles)
    for (const auto& [role, chain] : roles) chains.push_back(&chain);
  for (const FamilyChain* chain : chains) {
    const auto families = chain->all();
    if (!std::all_of(families.begin(), families.end(), declared)) {
      append_system_faces(catalogue);
      break;
    }
  }
  return catalogue;
}

FontConfig load_font_config(const std::filesystem::path& campaign_folder,
                            const std::filesystem::path& resources_folder, diag::Diagnostics& diagnostics) {
  FontConfig config;
  if (!resources_folder.empty())
    read_font_config(resources_folder / "fonts" / "fonts.toml",
                     (resources_folder / "fonts" / "fonts.toml").string(), false, config, diagnostics);
  if (campaign_folder.empty()) return config;
  // The campaign's fonts/, its fonts.toml and its font files follow the data files' rules:
  // inside the campaign folder, and a regular file (a FIFO or /dev/zero would hang the run or
  // fill the memory). The font files are checked here, where every command that reads them comes.
  const auto fonts = campaign_fonts(campaign_folder, &diagnostics);
  if (!fonts) return config;
  const auto file = input::resolve_inside(fonts->confined_to, "fonts/fonts.toml");
  if (input::report_unsafe(file, "fonts/fonts.toml", diagnostics))
    read_font_config(file.path, "fonts/fonts.toml", true, config, diagnostics);
  font_files(*fonts, &diagnostics);
  return config;
}

FontSet resolve_fonts(const std::filesystem::path& campaign_folder,
                      const std::filesystem::path& resources_folder, diag::Diagnostics& diagnostics) {
  FontConfig config = load_font_config(campaign_folder, resources_folder, diagnostics);
  auto catalogue = catalogue_for(config, font_folders(campaign_folder, resources_folder), &diagnostics);
  return FontSet::resolve(config, catalogue, diagnostics);
}

}  // namespace cr::font
