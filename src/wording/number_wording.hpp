#pragma once
// Figures worded as an official writes them (GB/T 15835; TYPESETTING rules of the project):
//   10余场  300多个  近万人次  约2000人  40人左右  320万元  30.6万人  3.45亿元  1万余元  10余万元
//   320多万元  12.5%  2.6个百分点  两项 九个 (wording 汉字)  9亿元～16亿元
// and the comparisons of stats/comparison.hpp in words: 增长12.5%, 下降3.1%, 提高2.6个百分点,
// 由15940元提高到20940元. Values are exact decimals. Only a figure that is not exact and is shown in
// 万/亿 is made coarser, never more precise than it claims (docs/summary.md, 约数的写法):
//   an approximation keeps two significant digits: 约2.625万 -> 约2.6万, 近1.06万 -> 近1.1万;
//   近 and 不到 round up, so that "just under" and "below" stay true; 约 and 左右 round half up;
//   a lower bound drops its decimals (110.53万余 -> 110余万): rounded down, still a lower bound.
// An exact figure keeps every digit: 15940元, 30.6万人, 2.265万吨.
#include <optional>
#include <string>
#include <string_view>

#include "model/campaign.hpp"
#include "model/decimal.hpp"
#include "model/quantity.hpp"

namespace cr::wording {

struct WordingOptions {
  model::Wording wording = model::Wording::as_written;  // the indicator's `wording`
  bool group_digits = false;                            // [report] group_digits: 15,940元
  bool with_unit = true;                                // false: the number part alone (表格数值列)
  // Shown in this scale whatever the wording and the written scale say: a table row's scale
  // (wording/table_wording.hpp). Unset: the scale of the wording, else the written one.
  std::optional<model::Scale> scale = std::nullopt;
  // false: the number without its qualifier (|数值: 2.6万 for 约2.6万), still no more precise
  // than the qualifier allows.
  bool with_qualifier = true;
};

// The scale a quantity is shown in: the indicator's wording (万/亿) if it asks for one, else the
// scale it was written in. Rates are always shown in %, whatever this says.
model::Scale shown_scale(const model::Quantity& quantity, model::Wording wording);

// Plain digits of an exact value, grouped by thousands when asked (15940, 15,940, 30.6, -3.1).
// Years are never passed here: see wording/date_wording.hpp.
std::string word_number(const model::Decimal& value, bool group_digits = false);

// A quantity in official wording, qualifier and unit included.
// Scale: options.scale if set, else shown_scale (30.6万 stays 30.6万; 15940 stays 15940); a figure
// that is not exact is then made as coarse as said above. Qualifier placement: 近/约/逾/超过/不少于/
// 不到 before the number; 余/多 after the digits (after 万/亿 when the count of 万 is not a multiple of ten:
// 1万余元, 10余万元); 左右/以上 after the unit. 近万, 逾亿: a single 万/亿 drops its 1.
// 汉字 wording: whole counts 0..99 in Chinese numerals (两项, 九个, 十余个); others stay digits.
// A rate (unit %) is 12.5%, 约12.5%.
std::string word_quantity(const model::Quantity& quantity, const WordingOptions& options = {});

// A range, the unit repeated on both sides: 9亿元～16亿元, 15%～30%.
std::string word_range(const model::Quantity& low, const model::Quantity& high,
                       const WordingOptions& options = {});

// 12.5 -> "12.5%".
std::string word_percent(const model::Decimal& percent);
// 2.6 -> "2.6个百分点" (the absolute value; the direction is worded by word_points_change).
std::string word_points(const model::Decimal& points);
// A growth in %: "增长12.5%", "下降3.1%", "持平". With a base phrase such as 比上年 or 同比:
// "比上年增长12.5%", "比上年下降3.1%", and for no change "与上年持平" (比 becomes 与).
std::string word_growth(const model::Decimal& percent, std::string_view against = {});
// A change of a rate: "提高2.6个百分点", "下降0.5个百分点", "持平"; with a base phrase as above:
// "比上年提高2.6个百分点".
std::string word_points_change(const model::Decimal& points, std::string_view against = {});
// Before and after: "由15940元提高到20940元", "由20个减少到15个", "保持在15940元".
// Counts (increase/decrease) read 增加到/减少到; amounts of money and rates read 提高到/下降到.
std::string word_before_after(const model::Quantity& before, const model::Quantity& after,
                              const WordingOptions& options = {});

}  // namespace cr::wording
