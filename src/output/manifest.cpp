#include "output/manifest.hpp"

#include <algorithm>
#include <cstdio>

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
  Json root;
  root["manifest"] = format_version;
  root["tool"] = "campaign-report";
  root["tool_version"] = tool_version;
  root["campaign"] = campaign;
  root["shard"] = shards == 0 ? Json(nullptr) : Json(fmt::format("{}/{}", shard, shards));
  root["reports"] = Json::array();
  for (const ReportEntry& r : reports) root["reports"].push_back(report_json(r));
  // Invalid UTF-8 from the data becomes U+FFFD rather than an invalid manifest.
  return root.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
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

}  // namespace cr::output
