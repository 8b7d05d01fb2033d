#pragma once
// Reading the Chinese numerals officials write for small counts and round figures: 两, 九, 十二,
// 一百二十, 三千, 近万 (the 万 alone), 3万5千 (digits mixed in). Writing them is
// wording/chinese_numerals.
#include <optional>
#include <string_view>

#include "model/decimal.hpp"

namespace cr::input {

// The integer written by `text`, or nullopt when it is not a Chinese numeral.
std::optional<model::Decimal> parse_chinese_numeral(std::string_view text);

}  // namespace cr::input
