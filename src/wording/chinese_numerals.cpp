#include "wording/chinese_numerals.hpp"

#include <array>
#include <string_view>

namespace cr::wording {
namespace {

constexpr std::array<std::string_view, 10> digits{"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
constexpr std::array<std::string_view, 4> places{"", "十", "百", "千"};

}  // namespace

std::optional<std::string> chinese_numeral(long long n, NumeralUse use) {
  if (n < 0 || n > 9999) return std::nullopt;
  if (n == 0) return std::string(digits[0]);
  if (n == 2 && use == NumeralUse::counting) return std::string("两");
  std::string out;
  bool pending_zero = false;
  for (int place = 3; place >= 0; --place) {
    long long divisor = 1;
    for (int i = 0; i < place; ++i) divisor *= 10;
    const auto d = static_cast<std::size_t>((n / divisor) % 10);
    if (d == 0) {
      pending_zero = !out.empty();
      continue;
    }
    if (pending_zero) out += digits[0];
    pending_zero = false;
    // 十二, not 一十二, when 十 leads the number.
    if (!(place == 1 && d == 1 && out.empty())) out += digits[d];
    out += places[static_cast<std::size_t>(place)];
  }
  return out;
}

std::optional<std::string> chinese_year(int year) {
  if (year < 0) return std::nullopt;
  std::string out;
  for (char c : std::to_string(year))
    out += c == '0' ? std::string_view("〇") : digits[static_cast<std::size_t>(c - '0')];
  return out;
}

}  // namespace cr::wording
