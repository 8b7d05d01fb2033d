#include "font/font_config.hpp"

#include <fstream>
#include <iterator>

#include <fmt/format.h>
#include <toml++/toml.h>

#include "diag/toml_limits.hpp"
#include "diag/toml_syntax.hpp"

namespace cr::font {
namespace {

const FamilyChain empty_chain{};

std::vector<std::string> string_list(const toml::node_view<toml::node>& node, bool& ok) {
  std::vector<std::string> out;
  if (!node) return out;
  const auto* array = node.as_array();
  if (!array) {
    ok = false;
    return out;
  }
  for (const auto& item : *array) {
    if (auto text = item.value<std::string>())
      out.push_back(*text);
    else
      ok = false;
  }
  return out;
}

void bad_value(diag::Diagnostics& diagnostics, const std::string& file, const toml::source_region& where,
               std::string_view key) {
  diagnostics.error(file, static_cast<int>(where.begin.line), static_cast<int>(where.begin.column),
                    "bad-font-config", fmt::format("字体配置项 {} 应为字符串或字符串数组", key),
                    fmt::format("font setting {} must be a string or an array of strings", key));
}

bool read_role(const std::string& file, std::string_view key, toml::table& table,
               std::map<Role, FamilyChain>& roles, diag::Diagnostics& diagnostics) {
  auto role = role_from_key(key);
  if (!role) {
    diagnostics.error(
        file, static_cast<int>(table.source().begin.line), 0, "unknown-font-role",
        fmt::format("未知的字体角色 {}；可用：title、heading、subheading、body、table、page_number", key),
        fmt::format("unknown font role {}; known: title, heading, subheading, body, table, page_number",
                    key));
    return false;
  }
  FamilyChain chain;
  bool ok = true;
  chain.licensed = string_list(table["licensed"], ok);
  chain.families = string_list(table["families"], ok);
  chain.style = table["style"].value_or(std::string("Regular"));
  chain.official = table["official"].value_or(std::string());
  chain.defined_in = file;
  if (!ok) {
    bad_value(diagnostics, file, table.source(), fmt::format("roles.{}", key));
    return false;
  }
  roles[*role] = std::move(chain);
  return true;
}

// Every [roles.X] of `roles_table` into `roles`.
bool read_roles(const std::string& file, toml::table& roles_table, std::map<Role, FamilyChain>& roles,
                diag::Diagnostics& diagnostics) {
  bool ok = true;
  for (auto& [key, node] : roles_table) {
    if (auto* table = node.as_table()) ok = read_role(file, key.str(), *table, roles, diagnostics) && ok;
  }
  return ok;
}

}  // namespace

std::vector<std::string> FamilyChain::all() const {
  std::vector<std::string> out = licensed;
  out.insert(out.end(), families.begin(), families.end());
  return out;
}

const FamilyChain& FontConfig::chain(Role role) const {
  auto found = roles.find(role);
  return found == roles.end() ? empty_chain : found->second;
}

bool read_font_config(const std::filesystem::path& file, const std::string& shown_name, bool optional,
                      FontConfig& config, diag::Diagnostics& diagnostics) {
  std::error_code ec;
  if (!std::filesystem::exists(file, ec)) {
    if (optional) return true;
    diagnostics.error(shown_name, 0, 0, "missing-font-config",
                      fmt::format("找不到字体配置文件 {}", shown_name),
                      fmt::format("font configuration {} not found", shown_name));
    return false;
  }
  const auto size = std::filesystem::file_size(file, ec);
  if (auto problem = ec ? std::nullopt : diag::check_toml_size(size)) {
    diagnostics.error(shown_name, 0, 0, problem->code, problem->zh, problem->en);
    return false;
  }
  std::ifstream in(file, std::ios::binary);
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (auto problem = diag::check_toml_limits(text)) {
    diagnostics.error(shown_name, problem->line, problem->column, problem->code, problem->zh, problem->en);
    return false;
  }
  toml::table root;
  try {
    root = toml::parse(std::string_view(text), file.string());
  } catch (const toml::parse_error& e) {
    const auto line = e.source().begin.line;
    const auto explained = diag::explain_toml_error(e.description(), diag::line_of(text, line));
    diagnostics.error(shown_name, static_cast<int>(line), static_cast<int>(e.source().begin.column),
                      "bad-font-config", "字体配置文件格式错误：" + explained.zh,
                      "malformed font configuration: " + explained.en);
    return false;
  }
  bool ok = true;
  if (auto* roles = root["roles"].as_table()) {
    std::map<Role, FamilyChain> read;
    ok = read_roles(shown_name, *roles, read, diagnostics);
    // A role set here is set for every page style: a style's chain read before gives way.
    for (auto& [role, chain] : read) {
      for (auto& [name, style_roles] : config.page_styles) style_roles.erase(role);
      config.roles[role] = std::move(chain);
    }
  }
  if (auto* styles = root["page_styles"].as_table()) {
    for (auto& [name, node] : *styles) {
      auto* roles = node.as_table() ? (*node.as_table())["roles"].as_table() : nullptr;
      if (roles) ok = read_roles(shown_name, *roles, config.page_styles[std::string(name.str())], diagnostics) && ok;
    }
  }
  return ok;
}

FontConfig FontConfig::for_style(std::string_view name) const {
  FontConfig out;
  out.roles = roles;
  if (auto style = page_styles.find(name); style != page_styles.end())
    for (const auto& [role, chain] : style->second) out.roles[role] = chain;
  return out;
}

}  // namespace cr::font
