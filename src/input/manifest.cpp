#include "input/manifest.hpp"

#include <set>

#include <fmt/format.h>
#include <toml++/toml.h>

#include "diag/toml_limits.hpp"
#include "diag/toml_syntax.hpp"
#include "input/form_manifest.hpp"
#include "input/document_section.hpp"
#include "input/manifest_table.hpp"
#include "input/output_text.hpp"
#include "input/text_source.hpp"
#include "text/utf8.hpp"

namespace cr::input {
namespace {

constexpr const char* file_name = "campaign.toml";
// An output is <stem>.xlsx or <stem>.pdf, and a file name has at most 255 bytes.
constexpr std::size_t max_stem_bytes = 255 - 5;
constexpr std::size_t max_title_characters = 200;

void read_identity(TableReader& t, model::Campaign& c) {
  if (auto id = t.string("id", true)) {
    c.id = *id;
    if (c.id.size() > max_stem_bytes)
      t.invalid("id", fmt::format("活动编码太长（{} 个字符，最多 {} 个）", c.id.size(), max_stem_bytes),
                fmt::format("the campaign id is too long ({} characters, {} at most)", c.id.size(), max_stem_bytes));
    else if (!valid_campaign_id(c.id))
      t.invalid("id", "活动编码只能由小写英文字母、数字和“-”组成（例如 suiling-2015）",
                "a campaign id is lower-case letters, digits and '-' only (e.g. suiling-2015)");
  }
  if (auto v = t.string("title", true)) {
    // A title is a line or two on the cover; a paragraph-long one is a paste gone wrong.
    if (auto problem = output_text_problem(*v, max_title_characters))
      t.invalid("title", "标题：" + problem->zh, "title: " + problem->en);
    else
      c.title = *v;
  }
  if (auto v = t.string("organization", true)) c.organization = *v;
  if (auto v = t.string("short_name")) c.short_name = *v;
  if (auto v = t.string("region")) c.region = *v;
  if (auto v = t.string("source")) c.source = *v;
  if (auto v = t.date("published")) c.published = *v;
  if (auto v = t.string_list("editors")) c.editors = *v;
  const std::pair<const char*, const std::string*> texts[] = {
      {"title", &c.title}, {"organization", &c.organization}, {"short_name", &c.short_name},
      {"region", &c.region}, {"source", &c.source}};
  for (const auto& [key, value] : texts)
    if (!value->empty()) c.manifest_texts.push_back({fmt::format("campaign.{}", key), *value, t.position(key)});
  for (const std::string& editor : c.editors)
    c.manifest_texts.push_back({"campaign.editors", editor, t.position("editors")});
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
    if (auto style = model::page_style_named(*v))
      r.style = *style;
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
  if (auto v = t.string("figures")) {
    if (*v == "year" || *v == "campaign")
      r.year_figures = *v == "year";
    else
      t.invalid("figures", fmt::format("figures“{}”不存在；可用 year（报告年度）或 campaign（整个活动期）", *v),
                fmt::format("no figures '{}'; use year (the report year) or campaign (the whole campaign)", *v));
  }
  if (auto v = t.date("as_of")) r.as_of = *v;
  if (auto v = t.string("filename")) {
    if (!safe_stem(*v))
      t.invalid("filename", "文件名不能为空，也不能含有 / \\ : * ? \" < > | 等字符",
                "the file name must not be empty nor hold / \\ : * ? \" < > |");
    else if (v->size() > max_stem_bytes)
      t.invalid("filename",
                fmt::format("文件名有 {} 字节，加上“.xlsx”后超过了文件系统允许的 255 字节（一个汉字占 3 字节）",
                            v->size()),
                fmt::format("the file name has {} bytes: with '.xlsx' it passes the 255 bytes a file system "
                            "allows (a Chinese character takes 3)",
                            v->size()));
    else
      r.filename = *v;
  }
  // Checked per unit once the units are known (batch/unit_filename.hpp, reported by validate).
  if (auto v = t.string("unit_filename")) r.unit_filename = *v;
  if (auto v = t.boolean("group_digits")) r.group_digits = *v;
  if (auto v = t.string("pdfa")) {
    if (*v == "1b" || *v == "2b" || *v == "3b")
      r.pdfa = *v;
    else
      t.invalid("pdfa", fmt::format("PDF/A 级别“{}”不存在；可用 1b、2b 或 3b", *v),
                fmt::format("no PDF/A level '{}'; use 1b, 2b or 3b", *v));
  }
  t.warn_unknown(
      {"template", "style", "year", "figures", "as_of", "filename", "unit_filename", "group_digits", "pdfa"});
}

// [compare] previous: last year's campaign folder (input/previous_campaign.hpp reads it).
void read_compare(const toml::table& root, model::CompareSettings& c, diag::Diagnostics& diagnostics) {
  const toml::node* node = root.get("compare");
  if (node == nullptr) return;
  if (!node->is_table()) {
    report_wrong_type(*node, "compare", "table", diagnostics);
    return;
  }
  TableReader t(*node->as_table(), "compare", diagnostics);
  if (auto v = t.string("previous")) {
    c.previous = *v;
    const toml::node& value = *node->as_table()->get("previous");
    c.position = {file_name, line_of(value), column_of(value)};
  }
  t.warn_unknown({"previous"});
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
  std::size_t listed = 0;
  bool listed_too_long = false;
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
    // The cover sheet lists every program's name in one cell, which holds 32,767 characters.
    listed += text::decode(p.name).size() + 1;
    if (listed > excel_cell_characters && !listed_too_long) {
      listed_too_long = true;
      t.invalid("name",
                fmt::format("工程名称合计超过了 {} 个字符：工作簿封面把所有工程列在一个单元格里，容纳不下（共 {} 个工程）",
                            excel_cell_characters, list->size()),
                fmt::format("the programs' names pass {} characters in all: the workbook's cover lists them "
                            "in one cell, which cannot hold them ({} programs)",
                            excel_cell_characters, list->size()));
    }
    c.manifest_texts.push_back({"program.name", p.name, t.position("name")});
    c.programs.push_back(std::move(p));
  }
}

std::optional<toml::table> parse(const std::string& text, diag::Diagnostics& diagnostics) {
  if (auto problem = diag::check_toml_limits(text)) {
    diagnostics.error(file_name, problem->line, problem->column, problem->code, problem->zh, problem->en);
    return std::nullopt;
  }
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

bool safe_stem(std::string_view name) {
  if (name.empty() || name == "." || name == "..") return false;
  for (char c : name)
    if (c == '/' || c == '\\' || static_cast<unsigned char>(c) < 0x20 || c == ':' || c == '*' || c == '?' ||
        c == '"' || c == '<' || c == '>' || c == '|')
      return false;
  return true;
}

bool valid_campaign_id(std::string_view id) {
  if (id.empty()) return false;
  for (char c : id)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
  return true;
}

ManifestOutcome load_manifest(const std::filesystem::path& file, model::Campaign& campaign,
                              diag::Diagnostics& diagnostics) {
  std::error_code error;
  const auto size = std::filesystem::file_size(file, error);
  if (const auto problem = error ? std::nullopt : diag::check_toml_size(size)) {
    diagnostics.error(file_name, 0, 0, problem->code, problem->zh, problem->en);
    return {};
  }
  const auto text = read_text(file, file_name, diagnostics);
  if (!text) return {};
  const auto root = parse(*text, diagnostics);
  if (!root) return {};
  const ManifestOutcome outcome = read_campaign(*root, campaign, diagnostics);
  read_programs(*root, campaign, diagnostics);
  read_report(*root, campaign.report, diagnostics);
  read_form_settings(*root, campaign.form, diagnostics);
  read_compare(*root, campaign.compare, diagnostics);
  read_document(*root, campaign, diagnostics);
  TableReader top(*root, "", diagnostics);
  top.warn_unknown({"campaign", "program", "report", "form", "compare", "document"});
  return outcome;
}

}  // namespace cr::input
