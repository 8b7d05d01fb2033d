#include "batch/unit_filename.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>

#include <fmt/format.h>

namespace cr::batch {
namespace {

constexpr std::size_t longest_stem = 200;  // bytes: room for ".xlsx" and a temporary's suffix

std::string template_of(const model::Campaign& campaign) {
  return campaign.report.unit_filename.empty() ? default_unit_filename : campaign.report.unit_filename;
}

std::optional<std::string> value_of(const model::Campaign& c, const model::OrgUnit& u, const std::string& key) {
  const std::map<std::string, std::string> values{
      {"unit.id", u.id},           {"unit.name", u.name},           {"unit.type", u.type},
      {"campaign.id", c.id},       {"campaign.short_name", c.short_name},
      {"campaign.region", c.region}, {"report.filename", c.output_stem()}};
  auto found = values.find(key);
  if (found == values.end()) return std::nullopt;
  return found->second;
}

std::string trimmed(std::string text) {
  const auto first = text.find_first_not_of(' ');
  const auto last = text.find_last_not_of(' ');
  return first == std::string::npos ? std::string() : text.substr(first, last - first + 1);
}

bool windows_reserved(const std::string& stem) {
  std::string base = stem.substr(0, stem.find('.'));
  std::transform(base.begin(), base.end(), base.begin(), [](unsigned char c) { return std::toupper(c); });
  static const std::array<const char*, 4> plain{"CON", "PRN", "AUX", "NUL"};
  if (std::find(plain.begin(), plain.end(), base) != plain.end()) return true;
  return base.size() == 4 && (base.starts_with("COM") || base.starts_with("LPT")) && base[3] >= '1' && base[3] <= '9';
}

void report_bad(diag::Diagnostics& diagnostics, const model::OrgUnit& unit, const std::string& stem,
                const std::pair<std::string, std::string>& why) {
  diagnostics.error("campaign.toml", 0, 0, "bad-unit-filename",
                    fmt::format("[report] unit_filename 给单位“{}”（{}）的文件名“{}”不可用：{}", unit.name, unit.id,
                                stem, why.first),
                    fmt::format("[report] unit_filename gives unit '{}' ({}) the file name '{}', which cannot "
                                "be used: {}",
                                unit.name, unit.id, stem, why.second));
}

}  // namespace

std::optional<std::pair<std::string, std::string>> unsafe_stem_reason(const std::string& stem) {
  if (stem.empty() || stem == "." || stem == "..") return std::pair{"文件名为空", "the name is empty"};
  for (char c : stem) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f)
      return std::pair{"含有控制字符", "it holds a control character"};
    if (std::string_view("/\\:*?\"<>|").find(c) != std::string_view::npos)
      return std::pair{fmt::format("含有字符 {}", c), fmt::format("it holds the character {}", c)};
  }
  if (stem.back() == '.' || stem.back() == ' ')
    return std::pair{"以点或空格结尾（Windows 不允许）", "it ends in a dot or a space (Windows refuses it)"};
  if (windows_reserved(stem)) return std::pair{"是 Windows 保留的设备名", "it is a device name Windows reserves"};
  if (stem.size() > longest_stem)
    return std::pair{fmt::format("超过 {} 字节", longest_stem), fmt::format("it is longer than {} bytes", longest_stem)};
  return std::nullopt;
}

std::optional<std::string> unit_stem(const model::Campaign& campaign, const model::OrgUnit& unit,
                                     diag::Diagnostics& diagnostics) {
  const std::string pattern = template_of(campaign);
  std::string stem;
  for (std::size_t at = 0; at < pattern.size();) {
    const auto open = pattern.find("{{", at);
    const auto close = open == std::string::npos ? std::string::npos : pattern.find("}}", open + 2);
    if (close == std::string::npos) {
      stem += pattern.substr(at);
      break;
    }
    stem += pattern.substr(at, open - at);
    const std::string key = trimmed(pattern.substr(open + 2, close - open - 2));
    const auto value = value_of(campaign, unit, key);
    if (!value) {
      diagnostics.error("campaign.toml", 0, 0, "unknown-placeholder",
                        fmt::format("[report] unit_filename 中的占位符 {{{{{}}}}} 不存在；可用 unit.id、unit.name、"
                                    "unit.type、campaign.id、campaign.short_name、campaign.region、report.filename",
                                    key),
                        fmt::format("[report] unit_filename: no placeholder {{{{{}}}}}; use unit.id, unit.name, "
                                    "unit.type, campaign.id, campaign.short_name, campaign.region, report.filename",
                                    key));
      return std::nullopt;
    }
    stem += *value;
    at = close + 2;
  }
  if (auto why = unsafe_stem_reason(stem)) {
    report_bad(diagnostics, unit, stem, *why);
    return std::nullopt;
  }
  return stem;
}

bool check_unit_stems(const model::Campaign& campaign, diag::Diagnostics& diagnostics) {
  std::map<std::string, const model::OrgUnit*> owners;
  bool good = true;
  for (const model::OrgUnit& unit : campaign.units) {
    diag::Diagnostics found;
    const auto stem = unit_stem(campaign, unit, found);
    if (!stem) {
      diagnostics.append(found);
      good = false;
      if (found.items().front().code == "unknown-placeholder") return false;  // said once is enough
      continue;
    }
    if (*stem == campaign.output_stem() || *stem == "manifest" || stem->starts_with("manifest.shard-")) {
      report_bad(diagnostics, unit, *stem, {"与活动总报告或 manifest 的文件名相同", "it is the name of the campaign-wide report or of the manifest"});
      good = false;
      continue;
    }
    auto [it, fresh] = owners.emplace(*stem, &unit);
    if (!fresh) {
      report_bad(diagnostics, unit, *stem,
                 {fmt::format("与单位“{}”（{}）的文件名相同", it->second->name, it->second->id),
                  fmt::format("unit '{}' ({}) has the same name", it->second->name, it->second->id)});
      good = false;
    }
  }
  return good;
}

}  // namespace cr::batch
