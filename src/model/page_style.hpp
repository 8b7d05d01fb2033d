#pragma once
// The page styles a report can be set in, and the one table of the names users choose them by
// ([report] style, --style): every other place asks this table.
#include <array>
#include <optional>
#include <string_view>

namespace cr::model {

// Which style; layout::PageStyle is the style itself (its page, grid and fonts).
enum class PageStyleId { case_report, gbt9704 };

struct PageStyleName {
  PageStyleId style;
  std::string_view name;
};

// In the order they are listed to users.
inline constexpr std::array<PageStyleName, 2> page_style_table{{
    {PageStyleId::case_report, "case"},
    {PageStyleId::gbt9704, "gbt9704"},
}};

constexpr std::string_view page_style_name(PageStyleId style) {
  for (const auto& entry : page_style_table)
    if (entry.style == style) return entry.name;
  return {};
}

// The style named `name`, or nullopt when there is none.
constexpr std::optional<PageStyleId> page_style_named(std::string_view name) {
  for (const auto& entry : page_style_table)
    if (entry.name == name) return entry.style;
  return std::nullopt;
}

}  // namespace cr::model
