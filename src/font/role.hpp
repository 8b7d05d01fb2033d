#pragma once
// The typographic roles a report sets text in. Each role has its own family chain in
// fonts/fonts.toml, so an office can give titles its licensed 小标宋 without touching the body.
#include <array>
#include <optional>
#include <string_view>

namespace cr::font {

enum class Role { title, heading, subheading, body, table, page_number };

inline constexpr std::array<Role, 6> all_roles{Role::title, Role::heading, Role::subheading,
                                               Role::body,  Role::table,   Role::page_number};

// The key in fonts.toml: "title", "heading", "subheading", "body", "table", "page_number".
std::string_view role_key(Role role);
// The role's name for people: 标题, 一级标题, 二级标题, 正文, 表格, 页码 (or English).
std::string_view role_name_zh(Role role);
std::string_view role_name_en(Role role);
std::optional<Role> role_from_key(std::string_view key);

}  // namespace cr::font
