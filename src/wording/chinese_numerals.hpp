#pragma once
// Chinese numerals for small counts and years, as GB/T 15835 allows them in running text:
// 两项, 九个, 七股, 十二个; years digit by digit with 〇 (二〇一六年).
#include <optional>
#include <string>

namespace cr::wording {

// How a numeral is used: before a measure word 2 is 两 (两项), elsewhere 二 (第二, 十二).
enum class NumeralUse { counting, plain };

// 0..9999 in Chinese numerals: 0 零, 2 两/二, 10 十, 12 十二, 20 二十, 105 一百零五, 2016 二千零一十六.
// nullopt outside that range (such counts are written in Arabic digits).
std::optional<std::string> chinese_numeral(long long n, NumeralUse use = NumeralUse::counting);

// A year digit by digit: 2016 -> 二〇一六 (never 二千零一十六). Negative years: nullopt.
std::optional<std::string> chinese_year(int year);

}  // namespace cr::wording
