#include "font/role.hpp"

namespace cr::font {
namespace {

struct RoleNames {
  Role role;
  std::string_view key, zh, en;
};

constexpr std::array<RoleNames, 6> names{{
    {Role::title, "title", "标题", "title"},
    {Role::heading, "heading", "一级标题", "heading"},
    {Role::subheading, "subheading", "二级标题", "subheading"},
    {Role::body, "body", "正文", "body"},
    {Role::table, "table", "表格", "table"},
    {Role::page_number, "page_number", "页码", "page number"},
}};

const RoleNames& find(Role role) {
  for (const auto& n : names)
    if (n.role == role) return n;
  return names[3];
}

}  // namespace

std::string_view role_key(Role role) { return find(role).key; }
std::string_view role_name_zh(Role role) { return find(role).zh; }
std::string_view role_name_en(Role role) { return find(role).en; }

std::optional<Role> role_from_key(std::string_view key) {
  for (const auto& n : names)
    if (n.key == key) return n.role;
  return std::nullopt;
}

}  // namespace cr::font
