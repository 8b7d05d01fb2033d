#include "output/manifest.hpp"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iterator>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace cr::output {
namespace {
using Json = nlohmann::ordered_json;

constexpr int format_version = 1;

bool before(const ReportEntry& a, const ReportEntry& b) {
  if (a.unit.empty() != b.unit.empty()) return a.unit.empty();
  return a.unit < b.unit;
}

Json report_json(const ReportEntry& report) {
  Json entry;
  entry["unit"] = report.unit.empty() ? Json(nullptr) : Json(report.unit);
  entry["unit_name"] = report.unit.empty() ? Json(nullptr) : Json(report.unit_name);
  entry["state"] = report.pending ? "pending" : "written";
  entry["inputs_digest"] = report.inputs_digest;
  entry["outputs"] = Json::array();
  for (const OutputEntry& o : report.outputs)
    entry["outputs"].push_back({{"format", o.format}, {"file", o.file}, {"size", o.size}, {"sha256", o.sha256}});
  entry["warnings"] = Json::array();
  for (const WarningEntry& w : report.warnings)
    entry["warnings"].push_back(
        {{"code", w.code}, {"file", w.file}, {"line", w.line}, {"column", w.column}, {"message", w.message}});
  return entry;
}

std::string text_or_empty(const Json& value) { return value.is_string() ? value.get<std::string>() : ""; }

ReportEntry parse_report(const Json& entry) {
  ReportEntry report;
  report.unit = text_or_empty(entry.at("unit"));
  report.unit_name = text_or_empty(entry.at("unit_name"));
  report.pending = entry.at("state").get<std::string>() == "pending";
  report.inputs_digest = entry.at("inputs_digest").get<std::string>();
  for (const Json& o : entry.at("outputs"))
    report.outputs.push_back({o.at("format").get<std::string>(), o.at("file").get<std::string>(),
                              o.at("size").get<std::uint64_t>(), o.at("sha256").get<std::string>()});
  for (const Json& w : entry.at("warnings"))
    report.warnings.push_back({w.at("code").get<std::string>(), w.at("file").get<std::string>(),
                               w.at("message").get<std::string>(), w.at("line").get<int>(),
                               w.at("column").get<int>()});
  return report;
}

Json root_json(const Manifest& m) {
  Json root;
  root["manifest"] = format_version;
  root["tool"] = "campaign-report";
  root["tool_version"] = m.tool_version;
  root["campaign"] = m.campaign;
  root["shard"] = m.shards == 0 ? Json(nullptr) : Json(fmt::format("{}/{}", m.shard, m.shards));
  root["reports"] = Json::array();
  for (const ReportEntry& r : m.reports) root["reports"].push_back(report_json(r));
  return root;
}

std::string read_all(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

void Manifest::put(ReportEntry report) {
  auto same = std::find_if(reports.begin(), reports.end(), [&](const ReportEntry& r) { return r.unit == report.unit; });
  if (same != reports.end()) {
    *same = std::move(report);
    return;
  }
  reports.insert(std::upper_bound(reports.begin(), reports.end(), report, before), std::move(report));
}

const ReportEntry* Manifest::find(std::string_view unit) const {
  for (const ReportEntry& r : reports)
    if (r.unit == unit) return &r;
  return nullptr;
}

std::string Manifest::to_json() const {
  // Invalid UTF-8 from the data becomes U+FFFD rather than an invalid manifest.
  return root_json(*this).dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

std::string Manifest::to_line() const {
  return root_json(*this).dump(-1, ' ', false, Json::error_handler_t::replace) + "\n";
}

std::optional<Manifest> Manifest::parse(std::string_view text) {
  try {
    const Json root = Json::parse(text);
    if (root.at("manifest").get<int>() != format_version) return std::nullopt;
    Manifest manifest;
    manifest.tool_version = root.at("tool_version").get<std::string>();
    manifest.campaign = root.at("campaign").get<std::string>();
    if (const Json& shard = root.at("shard"); shard.is_string()) {
      const std::string s = shard.get<std::string>();
      if (std::sscanf(s.c_str(), "%d/%d", &manifest.shard, &manifest.shards) != 2) return std::nullopt;
    }
    for (const Json& entry : root.at("reports")) manifest.put(parse_report(entry));
    return manifest;
  } catch (const Json::exception&) {
    return std::nullopt;
  }
}

std::string manifest_file_name(int shard, int shards) {
  return shards == 0 ? "manifest.json" : fmt::format("manifest.shard-{}-of-{}.json", shard, shards);
}

std::filesystem::path journal_path(const std::filesystem::path& manifest_file) {
  std::filesystem::path journal = manifest_file;
  return journal += ".journal";
}

std::string journal_line(const ReportEntry& report) {
  return report_json(report).dump(-1, ' ', false, Json::error_handler_t::replace) + "\n";
}

std::optional<Manifest> fold_journal(std::string_view text) {
  std::size_t end = text.find('\n');
  if (end == std::string_view::npos) return std::nullopt;
  std::optional<Manifest> manifest = Manifest::parse(text.substr(0, end));
  if (!manifest) return std::nullopt;
  for (std::size_t at = end + 1; (end = text.find('\n', at)) != std::string_view::npos; at = end + 1) {
    try {
      manifest->put(parse_report(Json::parse(text.substr(at, end - at))));
    } catch (const Json::exception&) {
      break;
    }
  }
  return manifest;
}

std::optional<Manifest> read_manifest(const std::filesystem::path& file) {
  std::error_code ec;
  if (std::filesystem::exists(journal_path(file), ec))
    if (auto folded = fold_journal(read_all(journal_path(file)))) return folded;
  if (!std::filesystem::exists(file, ec)) return std::nullopt;
  return Manifest::parse(read_all(file));
}

std::vector<std::filesystem::path> manifest_files(const std::filesystem::path& folder) {
  constexpr std::string_view journal_suffix = ".journal";
  std::vector<std::filesystem::path> files;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(folder, ec)) {
    std::string name = entry.path().filename().string();
    if (name.ends_with(journal_suffix)) name.resize(name.size() - journal_suffix.size());
    if (name.starts_with("manifest") && name.ends_with(".json")) files.push_back(folder / name);
  }
  std::sort(files.begin(), files.end());
  files.erase(std::unique(files.begin(), files.end()), files.end());
  return files;
}

}  // namespace cr::output
