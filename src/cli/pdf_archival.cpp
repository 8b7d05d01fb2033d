#include "cli/pdf_archival.hpp"

#include <fstream>
#include <sstream>
#include <system_error>

#include <fmt/format.h>

namespace cr::cli {
namespace fs = std::filesystem;
namespace {

constexpr const char* debian_srgb_profile = "/usr/share/color/icc/sRGB.icc";  // icc-profiles-free

std::optional<std::string> read_bytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (in.bad()) return std::nullopt;
  return bytes.str();
}

// campaign.toml, the tables in reading order, the narratives: names relative to the folder.
std::vector<std::string> input_names(const model::Campaign& campaign) {
  std::vector<std::string> names{"campaign.toml"};
  names.insert(names.end(), campaign.table_files.begin(), campaign.table_files.end());
  for (const auto& [section, narrative] : campaign.narratives) names.push_back(narrative.file);
  return names;
}

bool attach_inputs(const model::Campaign& campaign, pdf::Archival& archival, diag::Diagnostics& diagnostics) {
  for (const std::string& name : input_names(campaign)) {
    const fs::path path = fs::path(campaign.folder) / name;
    auto data = read_bytes(path);
    if (!data) {
      diagnostics.error(path.string(), 0, 0, "attachment-unreadable",
                        fmt::format("无法读取要附入 PDF/A-3b 的源数据文件 {}", path.string()),
                        fmt::format("cannot read {}, a source file to attach to the PDF/A-3b", path.string()));
      return false;
    }
    archival.files.push_back({name, std::move(*data)});
  }
  return true;
}

}  // namespace

std::optional<fs::path> find_srgb_profile(const fs::path& resources) {
  std::error_code ec;
  for (const fs::path& candidate : {resources / "icc" / "sRGB.icc", fs::path(debian_srgb_profile)})
    if (fs::is_regular_file(candidate, ec)) return candidate;
  return std::nullopt;
}

std::optional<pdf::Archival> load_archival(const BuildOptions& build, const model::Campaign& campaign,
                                           const fs::path& resources, diag::Diagnostics& diagnostics) {
  pdf::Archival archival;
  const std::string& asked = !build.pdfa.empty() ? build.pdfa : campaign.report.pdfa;
  if (asked.empty()) return archival;
  archival.level = pdf::parse_pdfa_level(asked).value_or(pdf::PdfaLevel::none);
  const auto profile = find_srgb_profile(resources);
  std::optional<std::string> bytes;
  if (profile) bytes = read_bytes(*profile);
  if (!bytes || bytes->empty()) {
    diagnostics.error(profile ? profile->string() : debian_srgb_profile, 0, 0, "icc-profile-missing",
                      fmt::format("PDF/A 需要 sRGB 色彩配置文件，但找不到或无法读取 {}；请安装 icc-profiles-free 软件包",
                                  profile ? profile->string() : debian_srgb_profile),
                      fmt::format("PDF/A needs an sRGB colour profile, but {} is missing or unreadable; install "
                                  "the icc-profiles-free package",
                                  profile ? profile->string() : debian_srgb_profile));
    return std::nullopt;
  }
  archival.icc_profile = std::move(*bytes);
  if (archival.level == pdf::PdfaLevel::a3b && !build.no_attach && !attach_inputs(campaign, archival, diagnostics))
    return std::nullopt;
  return archival;
}

}  // namespace cr::cli
