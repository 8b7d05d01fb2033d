#pragma once
// A figure as an official states it: an exact value, how precise it claims to be (10余, 近万,
// 约2000), the unit it is counted in, and the scale it was written in (30.6万 stays in 万).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "model/decimal.hpp"

namespace cr::model {

// GB/T 15835 approximate forms. Lower bounds say "at least this"; approximations say "about".
enum class Qualifier : std::uint8_t {
  exact,
  yu,        // 余   10余场: lower bound, written after the number
  duo,       // 多   300多个: lower bound, after
  yishang,   // 以上 100以上: lower bound, after
  yu_over,   // 逾   逾百人: lower bound, before
  chaoguo,   // 超过 超过2000: lower bound, before
  bushaoyu,  // 不少于 不少于2人: lower bound, before
  jin,       // 近   近万人次: approximation (just under), before
  yue,       // 约   约2000人: approximation, before
  zuoyou,    // 左右 40左右: approximation, after
  budao,     // 不到 不到10个: approximation (upper bound), before
};

enum class QualifierKind { exact, lower_bound, approximate };

QualifierKind kind_of(Qualifier q);
// The Chinese word of the qualifier ("" for exact), and whether it stands before the number.
std::string_view word_of(Qualifier q);
bool stands_before(Qualifier q);
// "余" -> yu, "约" -> yue, ... ; nullopt for an unknown word. "" is exact.
std::optional<Qualifier> qualifier_from_word(std::string_view word);

// The magnitude a figure was written in: 30.6万 has scale wan and value 306000.
enum class Scale : std::uint8_t { one, wan, yi };
int exponent_of(Scale s);  // 0, 4, 8

struct Quantity {
  Decimal value;                 // in the indicator's unit: 30.6万人 is 306000 (人)
  Qualifier qualifier = Qualifier::exact;
  std::string unit;              // the indicator's unit: 人, 万元, %, 场
  Scale written_scale = Scale::one;
};

}  // namespace cr::model
