#pragma once
// The syntax of a placeholder, between {{ and }} in narrative and template text:
//
//   name [ "[" unit "]" ] [ "@" period ] { "|" filter }      ([unit] and @period in either order)
//
//   {{trainees}}  {{subsidy@2015}}  {{visits[t1]}}  {{visits[t1]@2015|万}}  {{campaign.published|日期}}
//
// `name` is an indicator id or a campaign field (campaign.title…); `unit` a unit's id or name;
// `period` any period records.csv accepts (input/period_parser.hpp): 2015, 2015年, 2015-Q1,
// 2015年一季度, 2015-03, 2015/3, 2015年3月, 2015-03-01, 2015年3月1日, 2015年上半年, or a range
// A/B of those. Spaces around the parts and the full-width forms of the signs (［］＠｜) are
// accepted, since officials type them with a Chinese input method.
// What the names and filters mean is report/placeholder_engine.hpp's business.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.hpp"
#include "model/period.hpp"
#include "model/source_position.hpp"

namespace cr::report {

struct PlaceholderPart {
  std::string text;  // trimmed
  model::SourcePosition at;
};

struct Placeholder {
  PlaceholderPart name;
  std::optional<PlaceholderPart> unit;
  std::optional<PlaceholderPart> period_text;
  std::optional<model::Period> period;  // parsed from period_text
  std::vector<PlaceholderPart> filters;
};

// Parses the inner text of a placeholder; `at` is the position of inner[0]. Malformed syntax
// (an empty name, an unclosed [, a part given twice, a period that is not one) is an error
// at the offending character, and gives nullopt.
std::optional<Placeholder> parse_placeholder(std::string_view inner, const model::SourcePosition& at,
                                             diag::Diagnostics& diagnostics);

// A period written as records.csv writes one ("2015", "2015-Q2", "2015年一季度", "2015/3",
// "2015年3月", "2014/2015"...); nullopt when it is none, or empty.
std::optional<model::Period> parse_period_selector(std::string_view written);

}  // namespace cr::report
