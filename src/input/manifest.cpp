#include "input/manifest.hpp"

#include <set>

#include <fmt/format.h>
#include <toml++/toml.h>

#include "diag/toml_syntax.hpp"
#include "input/manifest_table.hpp"
#include "input/text_source.hpp"

namespace cr::input {
namespace {

constexpr const char* file_name = "campaign.toml";

void read_identity(TableReader& t, model::Campaign& c) {
  if (auto id = t.string("id", true)) {
    c.id = *id;
    if (!valid_campaign_id(c.id))
      t.invalid("id", "活动编码只能由小写英文字母、数字和“-”组成（例如 suiling-2015）",
                "a campaign id is lower-case letters, digits and '-' only (e.g. suiling-2015)");
  }
  if (auto v = t.string("title", true)) c.title = *v;
  if (auto v = t.string("organization", true)) c.organization = *v;
  if (auto v = t.string("short_name")) c.short_name = *v;
  if (auto v = t.string("region")) c.region = *v;
  if (auto v = t.string("source")) c.source = *v;
  if (auto v = t.date("published")) c.published = *v;
  if (auto v = t.string_list("editors")) c.editors = *v;
}

ManifestOutcome read_campaign(const toml::table& root, model::Campaign& c, diag::Diagnostics& diagnostics) {
  const toml::node* node = root.get("campaign");
  if (node == nullptr || !node->is_table()) {
    diagnostics.error(
        file_name, node ? line_of(*node) : 0, node ? column_of(*node) : 0, "missing-key",
        "缺少 [campaign] 表（活动编码 id、标题 title、组织单位 organization、起止日期 start/end）",
        "the [campaign] table is missing (id, title, organization, start, end)");
    return {};
  }
  TableReader t(*node->as_table(), "campaign", diagnostics);
  read_identity(t, c);
  const auto start = t.date("start", true), end = t.date("end", true);
  if (start) c.start = *start;
  if (end) c.end = *end;
  const bool ordered = start && end && !(*end < *start);
  if (start && end && !ordered)
    t.invalid("end", fmt::format("结束日期 {} 早于开始日期 {}", end->iso(), start->iso()),
              fmt::format("the end {} is before the start {}", end->iso(), start->iso()));
  t.warn_unknown({"id", "title", "organization", "start", "end", "short_name", "region", "source",
                  "published", "editors"});
  return {true, ordered};
}

bool safe_stem(std::string_view name) {
  if (name.empty() || name == "." || name == "..") return false;
  for (char c : name)
    if (c == '/' || c == '\\' || static_cast<unsigned char>(c) < 0x20 || c == ':' || c == '*' || c == '?' ||
        c == '"' || c == '<' || c == '>' || c == '|')
      return false;
  return true;
}

void read_report(const toml::table& root, model::ReportSettings& r, diag::Diagnostics& diagnostics) {
  const toml::node* node = root.get("report");
  if (node == nullptr) return;
  if (!node->is_table()) {
    report_wrong_type(*node, "report", "table", diagnostics);
    return;
  }
  TableReader t(*node->as_table(), "report", diagnostics);
  if (auto v = t.string("template")) r.template_name = *v;
  if (auto v = t.string("style")) {
    if (*v == "case")
      r.style = model::PageStyle::case_report;
    else if (*v == "gbt9704")
      r.style = model::PageStyle::gbt9704;
    else
      t.invalid("style", fmt::format("版式“{}”不存在；可用 case（案例）或 gbt9704（公文）", *v),
                fmt::format("no page style '{}'; use case or gbt9704", *v));
  }
  if (auto v = t.integer("year")) {
    if (*v < 1000 || *v > 9999)
      t.invalid("year", "年份应为四位数", "the year must have four digits");
    else
      r.year = static_cast<int>(*v);
  }
  if (auto v = t.date("as_of")) r.as_of = *v;
  if (auto v = t.string("filename")) {
    if (safe_stem(*v))
      r.filename = *v;
    else
      t.invalid("filename", "文件名不能为空，也不能含有 / \\ : * ? \" < > | 等字符",
                "the file name must not be empty nor hold / \\ : * ? \" < > |");
  }
  // Checked per unit once the units are known (batch/unit_filename.hpp, reported by validate).
  if (auto v = t.string("unit_filename")) r.unit_filename = *v;
  if (auto v = t.boolean("group_digits")) r.group_digits = *v;
  t.warn_unknown({"template", "style", "year", "as_of", "filename", "unit_filename", "group_digits"});
}

void read_programs(const toml::table& root, model::Campaign& c, diag::Diagnostics& diagnostics) {
  const toml::node* node = root.get("program");
  if (node == nullptr) return;
  const toml::array* list = node->as_array();
  if (list == nullptr || !list->is_array_of_tables()) {
    report_wrong_type(*node, "program", "array of tables", diagnostics);
    return;
  }
  std::set<std::string> seen;
  for (const toml::node& item : *list) {
    TableReader t(*item.as_table(), "program", diagnostics);
    model::Program p;
    p.position = {file_name, line_of(item), 0};
    const auto id = t.string("id", true);
    const auto name = t.string("name", true);
    if (auto v = t.string("summary")) p.summary = *v;
    t.warn_unknown({"id", "name", "summary"});
    if (!id || !name) continue;
    p.id = *id;
    p.name = *name;
    if (!safe_stem(p.id)) {
      t.invalid("id", "工程编码不能含有 / \\ 等字符（它会出现在 narrative/program-<编码>.md 文件名中）",
                "a program id must not hold / \\ and the like (it appears in narrative/program-<id>.md)");
      continue;
    }
    if (!seen.insert(p.id).second) {
      t.invalid("id", fmt::format("工程编码“{}”重复", p.id),
                fmt::format("the program id '{}' is repeated", p.id));
      continue;
    }
    c.programs.push_back(std::move(p));
  }
}

std::optional<toml::table> parse(const std::string& text, diag::Diagnostics& diagnostics) {
  try {
    return toml::parse(std::string_view(text), std::string_view(file_name));
  } catch (const toml::parse_error& e) {
    const auto line = e.source().begin.line;
    const auto explained = diag::explain_toml_error(e.description(), diag::line_of(text, line));
    diagnostics.error(file_name, static_cast<int>(line), static_cast<int>(e.source().begin.column),
                      "toml-syntax", explained.zh, explained.en);
  }
  return std::nullopt;
}

}  // namespace

bool valid_campaign_id(std::string_view id) {
  if (id.empty()) return false;
  for (char c : id)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
  return true;
}

ManifestOutcome load_manifest(const std::filesystem::path& file, model::Campaign& campaign,
                              diag::Diagnostics& diagnostics) {
  const auto text = read_text(file, file_name, diagnostics);
  if (!text) return {};
  const auto root = parse(*text, diagnostics);
  if (!root) return {};
  const ManifestOutcome outcome = read_campaign(*root, campaign, diagnostics);
  read_programs(*root, campaign, diagnostics);
  read_report(*root, campaign.report, diagnostics);
  TableReader top(*root, "", diagnostics);
  top.warn_unknown({"campaign", "program", "report"});
  return outcome;
}

}  // namespace cr::input
