#include "input/numeral_parser.hpp"

#include "text/utf8.hpp"

namespace cr::input {
namespace {

int digit_of(char32_t cp) {
  switch (cp) {
    case U'零':
    case U'〇':
      return 0;
    case U'一':
      return 1;
    case U'二':
    case U'两':
      return 2;
    case U'三':
      return 3;
    case U'四':
      return 4;
    case U'五':
      return 5;
    case U'六':
      return 6;
    case U'七':
      return 7;
    case U'八':
      return 8;
    case U'九':
      return 9;
    default:
      return cp >= U'0' && cp <= U'9' ? static_cast<int>(cp - U'0') : -1;
  }
}

long long small_unit_of(char32_t cp) {
  switch (cp) {
    case U'十':
      return 10;
    case U'百':
      return 100;
    case U'千':
      return 1000;
    default:
      return 0;
  }
}

}  // namespace

// Sections: digits times 十/百/千 add up to a section below 万; 万 and 亿 scale what precedes.
std::optional<model::Decimal> parse_chinese_numeral(std::string_view text) {
  const std::u32string cps = text::decode(text);
  if (cps.empty()) return std::nullopt;
  constexpr long long limit = 1'000'000'000'000'000LL;
  long long total = 0, section = 0, number = 0;
  bool has_number = false, previous_digit = false, any = false;
  for (char32_t cp : cps) {
    if (const int d = digit_of(cp); d >= 0) {
      number = previous_digit ? number * 10 + d : d;
      if (number > limit) return std::nullopt;
      has_number = previous_digit = any = true;
      continue;
    }
    previous_digit = false;
    if (const long long unit = small_unit_of(cp); unit != 0) {
      long long term = 0;  // 十二, 逾百: a unit alone counts once
      if (__builtin_mul_overflow(has_number ? number : 1, unit, &term) ||
          __builtin_add_overflow(section, term, &section) || section > limit)
        return std::nullopt;
      number = 0, has_number = false, any = true;
    } else if (cp == U'万' || cp == U'亿') {
      // Every step checked: 3万亿亿 multiplies past 64 bits, and is no number anyone writes.
      const long long scale = cp == U'万' ? 10'000 : 100'000'000;
      long long part = 0, term = 0;
      if (__builtin_add_overflow(section, number, &part)) return std::nullopt;
      const bool overflow =
          cp == U'万' ? __builtin_mul_overflow(part == 0 ? 1 : part, scale, &term) ||
                            __builtin_add_overflow(total, term, &total)
                      : __builtin_add_overflow(total, part == 0 && total == 0 ? 1 : part, &term) ||
                            __builtin_mul_overflow(term, scale, &total);
      if (overflow || total > limit) return std::nullopt;
      section = number = 0, has_number = false, any = true;
    } else {
      return std::nullopt;
    }
  }
  long long value = 0;
  if (!any || __builtin_add_overflow(total, section, &value) || __builtin_add_overflow(value, number, &value))
    return std::nullopt;
  return model::Decimal(value);
}

}  // namespace cr::input
