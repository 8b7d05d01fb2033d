#include "report/template.hpp"

#include <toml++/toml.h>

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>

#include "diag/excerpt.hpp"
#include "diag/toml_limits.hpp"
#include "diag/toml_syntax.hpp"

namespace cr::report {
namespace {

// Reads the keys of one TOML table, reporting wrong types and unknown keys with positions.
class TableReader {
 public:
  TableReader(const toml::table& table, std::string file, std::string where, diag::Diagnostics& d)
      : table_(table), file_(std::move(file)), where_(std::move(where)), d_(d) {}
  ~TableReader() { warn_unknown(); }
  TableReader(const TableReader&) = delete;
  TableReader& operator=(const TableReader&) = delete;

  model::SourcePosition position(const toml::node& node, int shift = 0) const {
    return {file_, static_cast<int>(node.source().begin.line),
            static_cast<int>(node.source().begin.column) + shift};
  }
  std::optional<TemplateText> text(std::string_view key, bool required = false) {
    const toml::node* node = get(key);
    if (!node) return missing(key, required), std::nullopt;
    if (auto s = node->value<std::string>()) return TemplateText{*s, position(*node, 1)};
    return wrong_type(*node, key, "字符串", "a string"), std::nullopt;
  }
  bool flag(std::string_view key) {
    const toml::node* node = get(key);
    if (!node) return false;
    if (auto b = node->value<bool>()) return *b;
    return wrong_type(*node, key, "true 或 false", "true or false"), false;
  }
  std::vector<TemplateText> texts(std::string_view key) {
    std::vector<TemplateText> out;
    const toml::node* node = get(key);
    if (!node) return out;
    const toml::array* array = node->as_array();
    if (!array) return wrong_type(*node, key, "字符串数组", "an array of strings"), out;
    for (const toml::node& item : *array) {
      if (auto s = item.value<std::string>())
        out.push_back({*s, position(item, 1)});
      else
        wrong_type(item, key, "字符串", "a string");
    }
    return out;
  }
  const toml::table* table(std::string_view key) {
    const toml::node* node = get(key);
    if (!node) return nullptr;
    if (!node->is_table()) wrong_type(*node, key, "表", "a table");
    return node->as_table();
  }
  const toml::array* tables(std::string_view key) {
    const toml::node* node = get(key);
    if (!node) return nullptr;
    if (!node->is_array_of_tables()) wrong_type(*node, key, "表数组 [[...]]", "an array of tables [[...]]");
    return node->is_array_of_tables() ? node->as_array() : nullptr;
  }
  void error(const toml::node& node, const std::string& code, const std::string& zh, const std::string& en) {
    auto at = position(node);
    d_.error(at.file, at.line, at.column, code, zh, en);
  }
  const toml::node* get(std::string_view key) {
    read_.insert(std::string(key));
    return table_.get(key);
  }

 private:
  void missing(std::string_view key, bool required) {
    if (!required) return;
    auto at = position(table_);
    d_.error(at.file, at.line, 0, "missing-key", where_ + " 缺少必填项“" + std::string(key) + "”",
             where_ + " lacks the required key \"" + std::string(key) + "\"");
  }
  void wrong_type(const toml::node& node, std::string_view key, const char* zh, const char* en) {
    error(node, "wrong-type", where_ + "." + std::string(key) + " 应为" + zh,
          where_ + "." + std::string(key) + " must be " + en);
  }
  void warn_unknown() {
    for (const auto& [key, node] : table_) {
      if (read_.count(std::string(key.str()))) continue;
      auto at = position(node);
      d_.warning(at.file, at.line, at.column, "unknown-key",
                 where_ + " 中的“" + std::string(key.str()) + "”无法识别，已忽略",
                 "unknown key \"" + std::string(key.str()) + "\" in " + where_ + " is ignored");
    }
  }

  const toml::table& table_;
  std::string file_, where_;
  diag::Diagnostics& d_;
  std::set<std::string> read_;
};

std::optional<Numbering> numbering_named(std::string_view name) {
  static const std::pair<std::string_view, Numbering> names[] = {{"none", Numbering::none},
                                                                 {"bracketed", Numbering::bracketed},
                                                                 {"chinese", Numbering::chinese},
                                                                 {"chinese_paren", Numbering::chinese_paren},
                                                                 {"arabic_dunhao", Numbering::arabic_dunhao},
                                                                 {"arabic_dot", Numbering::arabic_dot},
                                                                 {"arabic_paren", Numbering::arabic_paren}};
  for (const auto& [n, value] : names)
    if (n == name) return value;
  return std::nullopt;
}

std::optional<Paragraph::Role> role_named(std::string_view name) {
  if (name == "body") return Paragraph::Role::body;
  if (name == "lead") return Paragraph::Role::lead;
  if (name == "source") return Paragraph::Role::source;
  if (name == "note") return Paragraph::Role::note;
  return std::nullopt;
}

Numbering read_numbering(TableReader& r, Numbering fallback) {
  const toml::node* node = r.get("numbering");
  if (!node) return fallback;
  auto value = node->value<std::string>();
  if (auto n = value ? numbering_named(*value) : std::nullopt) return *n;
  r.error(
      *node, "bad-value",
      "numbering 只能是 none、bracketed、chinese、chinese_paren、arabic_dunhao、arabic_dot、arabic_paren",
      "numbering must be none, bracketed, chinese, chinese_paren, arabic_dunhao, arabic_dot or arabic_paren");
  return fallback;
}

Paragraph::Role read_role(TableReader& r, Paragraph::Role fallback) {
  const toml::node* node = r.get("role");
  if (!node) return fallback;
  auto value = node->value<std::string>();
  if (auto role = value ? role_named(*value) : std::nullopt) return *role;
  r.error(*node, "bad-value", "role 只能是 body、lead、source、note",
          "role must be body, lead, source or note");
  return fallback;
}

TableKind read_table_kind(TableReader& r) {
  const toml::node* node = r.get("table");
  if (!node) return TableKind::none;
  auto value = node->value<std::string>();
  if (value && *value == "profile") return TableKind::profile;
  r.error(*node, "bad-value", "节的 table 只能是 \"profile\"（基本情况指标表）",
          "a section's table can only be \"profile\"");
  return TableKind::none;
}

ProgramPart read_programs(const toml::table& table, const std::string& file, diag::Diagnostics& d) {
  TableReader r(table, file, "[section.programs]", d);
  ProgramPart part;
  part.heading = r.text("heading").value_or(TemplateText{"{{program.name}}", r.position(table)});
  part.numbering = read_numbering(r, Numbering::arabic_dunhao);
  part.narrative = r.text("narrative").value_or(TemplateText{"program-{{program.id}}", r.position(table)});
  part.optional = r.flag("optional");
  part.table = r.flag("table");
  part.chart = r.flag("chart");
  return part;
}

std::vector<TemplateLine> read_lines(TableReader& r, const std::string& file, diag::Diagnostics& d) {
  std::vector<TemplateLine> lines;
  const toml::array* array = r.tables("line");
  if (!array) return lines;
  for (const toml::node& node : *array) {
    TableReader lr(*node.as_table(), file, "[[section.line]]", d);
    TemplateLine line;
    line.text = lr.text("text", true).value_or(TemplateText{});
    line.role = read_role(lr, Paragraph::Role::source);
    line.when = lr.text("when").value_or(TemplateText{}).text;
    lines.push_back(std::move(line));
  }
  return lines;
}

TemplateSection read_section(const toml::table& table, const std::string& file, diag::Diagnostics& d) {
  TableReader r(table, file, "[[section]]", d);
  TemplateSection s;
  s.id = r.text("id", true).value_or(TemplateText{}).text;
  s.heading = r.text("heading");
  s.numbering = read_numbering(r, Numbering::none);
  s.narrative = r.text("narrative").value_or(TemplateText{}).text;
  s.optional = r.flag("optional");
  s.role = read_role(r, Paragraph::Role::body);
  s.title_block = r.flag("title_block");
  s.table = read_table_kind(r);
  if (const toml::table* programs = r.table("programs")) s.programs = read_programs(*programs, file, d);
  s.lines = read_lines(r, file, d);
  s.signature = r.flag("signature");
  return s;
}

void read_header(const toml::table& root, Template& t, diag::Diagnostics& d) {
  TableReader top(root, t.file, t.file, d);
  const toml::table* header = top.table("template");
  top.tables("section");
  if (!header) {
    d.error(t.file, 0, 0, "missing-key", "模板缺少 [template] 表", "the template has no [template] table");
    return;
  }
  TableReader r(*header, t.file, "[template]", d);
  t.id = r.text("id", true).value_or(TemplateText{}).text;
  t.subject = r.text("subject").value_or(TemplateText{}).text;
  t.title = r.text("title", true).value_or(TemplateText{});
  t.subtitle = r.text("subtitle");
  t.title_lines = r.texts("title_lines");
  for (auto& k : r.texts("keywords")) t.keywords.push_back(k.text);
}

}  // namespace

std::optional<Template> parse_template(std::string_view toml_text, const std::string& file,
                                       diag::Diagnostics& diagnostics) {
  if (auto problem = diag::check_toml_limits(toml_text)) {
    diagnostics.error(file, problem->line, problem->column, problem->code, problem->zh, problem->en);
    return std::nullopt;
  }
  toml::table root;
  try {
    root = toml::parse(toml_text, std::string_view(file));
  } catch (const toml::parse_error& e) {
    const auto& where = e.source().begin;
    const auto explained = diag::explain_toml_error(e.description(), diag::line_of(toml_text, where.line));
    diagnostics.error(file, static_cast<int>(where.line), static_cast<int>(where.column), "toml-syntax",
                      "模板：" + explained.zh, "in the template: " + explained.en);
    return std::nullopt;
  }
  const std::size_t errors_before = diagnostics.error_count();
  Template t;
  t.file = file;
  read_header(root, t, diagnostics);
  if (const toml::array* sections = root["section"].as_array()) {
    for (const toml::node& node : *sections)
      if (const toml::table* table = node.as_table())
        t.sections.push_back(read_section(*table, file, diagnostics));
  }
  if (diagnostics.error_count() > errors_before) return std::nullopt;
  return t;
}

namespace {

// A template is named by a bare name, checked before anything is opened: "../../x" or a path
// never reaches the file system.
bool valid_template_name(const std::string& name) {
  return !name.empty() && name.size() <= 64 &&
         std::all_of(name.begin(), name.end(), [](char c) {
           return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                  c == '_';
         });
}

// The template's text, read only from a regular file of bounded size (a FIFO would hang the run).
std::optional<std::string> read_template_file(const std::filesystem::path& path, const std::string& shown,
                                              diag::Diagnostics& diagnostics) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) return std::nullopt;
  const auto size = std::filesystem::file_size(path, ec);
  if (auto problem = ec ? std::nullopt : diag::check_toml_size(size)) {
    diagnostics.error(shown, 0, 0, problem->code, problem->zh, problem->en);
    return std::nullopt;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

}  // namespace

std::optional<Template> load_template(const std::filesystem::path& resources, const std::string& name,
                                      diag::Diagnostics& diagnostics) {
  const std::string shown = "templates/" + name + ".toml";
  const std::size_t errors_before = diagnostics.error_count();
  std::optional<std::string> text;
  if (valid_template_name(name)) text = read_template_file(resources / "templates" / (name + ".toml"), shown, diagnostics);
  if (diagnostics.error_count() != errors_before) return std::nullopt;  // found, but too large
  if (!text) {
    const std::string quoted = diag::quoted_excerpt(name);
    diagnostics.error(
        "campaign.toml", 0, 0, "unknown-template",
        "找不到报告模板“" + quoted + "”（模板名只能由字母、数字、“-”和“_”组成，templates/ 下应有同名 .toml 文件；内置模板：case、year-end）",
        "no report template \"" + quoted + "\" (a template name is letters, digits, - and _ only, with its .toml under templates/; built in: case, year-end)");
    return std::nullopt;
  }
  return parse_template(*text, shown, diagnostics);
}

}  // namespace cr::report
