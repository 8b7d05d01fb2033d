#include "model/decimal.hpp"

#include <algorithm>
#include <cstdlib>

namespace cr::model {
namespace {

constexpr WideInt pow10(int n) {
  if (n > 38) throw DecimalOverflow();  // 10^39 passes 128 bits
  WideInt p = 1;
  for (int i = 0; i < n; ++i) p *= 10;
  return p;
}

constexpr WideInt largest_mantissa = pow10(30);  // far beyond any campaign figure

// Every step that can pass 128 bits is checked: a wrong figure is worse than none.
WideInt times(WideInt a, WideInt b) {
  WideInt out = 0;
  if (__builtin_mul_overflow(a, b, &out)) throw DecimalOverflow();
  return out;
}

WideInt plus(WideInt a, WideInt b) {
  WideInt out = 0;
  if (__builtin_add_overflow(a, b, &out)) throw DecimalOverflow();
  return out;
}

// Both mantissas brought to the larger of the two scales.
std::pair<WideInt, WideInt> aligned(const Decimal& a, const Decimal& b, int& scale) {
  scale = std::max(a.scale(), b.scale());
  return {times(a.mantissa(), pow10(scale - a.scale())), times(b.mantissa(), pow10(scale - b.scale()))};
}

// n / d rounded half away from zero (d > 0 or d < 0).
WideInt divide_rounded(WideInt n, WideInt d) {
  const bool negative = (n < 0) != (d < 0);
  WideInt an = n < 0 ? -n : n;
  WideInt ad = d < 0 ? -d : d;
  WideInt q = an / ad;
  if ((an % ad) * 2 >= ad) ++q;
  return negative ? -q : q;
}

}  // namespace

Decimal Decimal::from_parts(WideInt mantissa, int scale) {
  Decimal d;
  d.mantissa_ = mantissa;
  d.scale_ = scale;
  return d;
}

std::optional<Decimal> Decimal::parse(std::string_view text) {
  if (text.empty()) return std::nullopt;
  bool negative = false;
  if (text.front() == '-' || text.front() == '+') {
    negative = text.front() == '-';
    text.remove_prefix(1);
  }
  WideInt mantissa = 0;
  int scale = 0;
  bool seen_point = false, seen_digit = false;
  for (char c : text) {
    if (c == '.') {
      if (seen_point) return std::nullopt;
      seen_point = true;
      continue;
    }
    if (c < '0' || c > '9') return std::nullopt;
    seen_digit = true;
    if (mantissa > largest_mantissa) return std::nullopt;
    mantissa = mantissa * 10 + (c - '0');
    if (seen_point && ++scale > max_scale) return std::nullopt;
  }
  if (!seen_digit) return std::nullopt;
  return from_parts(negative ? -mantissa : mantissa, scale);
}

bool Decimal::is_integer() const { return mantissa_ % pow10(scale_) == 0; }

Decimal Decimal::operator+(const Decimal& other) const {
  int scale = 0;
  auto [a, b] = aligned(*this, other, scale);
  return from_parts(plus(a, b), scale);
}

Decimal Decimal::operator-(const Decimal& other) const { return *this + (-other); }

Decimal Decimal::operator-() const { return from_parts(times(mantissa_, -1), scale_); }

Decimal Decimal::operator*(const Decimal& other) const {
  Decimal product = from_parts(times(mantissa_, other.mantissa_), scale_ + other.scale_);
  return product.scale_ > max_scale ? product.rounded(max_scale) : product;
}

std::optional<Decimal> Decimal::divided_by(const Decimal& divisor, int digits) const {
  if (divisor.is_zero()) return std::nullopt;
  // (m1 / 10^s1) / (m2 / 10^s2) = m1 * 10^(s2 - s1) / m2; scaled by 10^digits.
  int exponent = digits + divisor.scale_ - scale_;
  WideInt n = mantissa_, d = divisor.mantissa_;
  if (exponent >= 0) n = times(n, pow10(exponent));
  else d = times(d, pow10(-exponent));
  return from_parts(divide_rounded(n, d), digits);
}

Decimal Decimal::rounded(int digits) const {
  if (digits >= scale_) return from_parts(times(mantissa_, pow10(digits - scale_)), digits);
  return from_parts(divide_rounded(mantissa_, pow10(scale_ - digits)), digits);
}

Decimal Decimal::normalized() const {
  Decimal d = *this;
  while (d.scale_ > 0 && d.mantissa_ % 10 == 0) {
    d.mantissa_ /= 10;
    --d.scale_;
  }
  return d;
}

Decimal Decimal::shifted(int exponent) const {
  if (exponent >= 0) {
    int from_scale = std::min(exponent, scale_);
    return from_parts(times(mantissa_, pow10(exponent - from_scale)), scale_ - from_scale);
  }
  return from_parts(mantissa_, scale_ - exponent).normalized();
}

std::string Decimal::to_string() const {
  WideInt m = mantissa_ < 0 ? -mantissa_ : mantissa_;
  std::string digits;
  do {
    digits.push_back(static_cast<char>('0' + static_cast<int>(m % 10)));
    m /= 10;
  } while (m != 0);
  while (static_cast<int>(digits.size()) <= scale_) digits.push_back('0');
  std::reverse(digits.begin(), digits.end());
  if (scale_ > 0) digits.insert(digits.end() - scale_, '.');
  return mantissa_ < 0 ? "-" + digits : digits;
}

double Decimal::to_double() const { return std::strtod(to_string().c_str(), nullptr); }

std::strong_ordering operator<=>(const Decimal& a, const Decimal& b) {
  int scale = 0;
  auto [x, y] = aligned(a, b, scale);
  return x <=> y;
}

std::optional<CompactDecimal> CompactDecimal::from(const Decimal& value) {
  constexpr WideInt limit = 999'999'999'999'999'999;
  if (value.mantissa() > limit || value.mantissa() < -limit) return std::nullopt;
  CompactDecimal c;
  c.mantissa_ = static_cast<std::int64_t>(value.mantissa());
  c.scale_ = static_cast<std::int8_t>(value.scale());
  return c;
}

}  // namespace cr::model
