#pragma once
// A figure as officials type it into a cell: 5, 1,000, １，０００, 3.5, 1.5万, 2亿, 12.5%, 两,
// 十二, and the approximate forms 10余, 300多, 近万, 约2000, 40左右, 不少于2, 100以上.
#include <string_view>

#include "input/problem.hpp"
#include "model/decimal.hpp"
#include "model/quantity.hpp"

namespace cr::input {

struct ParsedValue {
  model::Decimal value;  // in the indicator's unit, the scale applied: 1.5万 is 15000
  model::Qualifier qualifier = model::Qualifier::exact;
  model::Scale written_scale = model::Scale::one;
  bool percent = false;  // written with %
};

// Parses a value cell. `unit` is the indicator's unit: a cell that repeats it (5个, 300万元
// for 万元) is read without it, and for a unit that is itself in 万 or 亿 (万元, 万人) the value
// is in that unit (320万 is 320 万元). Full-width digits and punctuation are folded first.
Outcome<ParsedValue> parse_value(std::string_view text, std::string_view unit = {});

// Parses the qualifier column: empty is exact; otherwise one of 余 多 以上 逾 超过 不少于 近 约
// 左右 不到.
Outcome<model::Qualifier> parse_qualifier(std::string_view text);

}  // namespace cr::input
