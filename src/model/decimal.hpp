#pragma once
// An exact decimal number: a 128-bit integer mantissa and a count of fractional digits.
// Campaign figures are sums of what officials typed (197.28 + 0.01 must be 197.29), so no
// binary floating point is ever used for a value.
#include <compare>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace cr::model {

// 128 bits: a million summed figures of twelve digits with twelve decimals still fit.
__extension__ typedef __int128 WideInt;

// A result past 128 bits. The loader refuses data whose sums could come near (input/
// figure_limits), so this is a program error, never a wrong number printed.
struct DecimalOverflow : std::overflow_error {
  DecimalOverflow() : std::overflow_error("decimal arithmetic passed 128 bits") {}
};

class Decimal {
public:
  static constexpr int max_scale = 12;

  constexpr Decimal() = default;
  constexpr Decimal(long long integer) : mantissa_(integer) {}  // NOLINT: implicit on purpose

  // "123", "-4.50", "0.001". Plain ASCII digits only: input/ normalises what users type.
  static std::optional<Decimal> parse(std::string_view text);
  static Decimal from_parts(WideInt mantissa, int scale);

  WideInt mantissa() const { return mantissa_; }
  int scale() const { return scale_; }
  bool is_zero() const { return mantissa_ == 0; }
  bool is_negative() const { return mantissa_ < 0; }
  bool is_integer() const;

  // Arithmetic is exact, and checked: a result past 128 bits throws DecimalOverflow.
  Decimal operator+(const Decimal& other) const;
  Decimal operator-(const Decimal& other) const;
  Decimal operator*(const Decimal& other) const;
  Decimal operator-() const;
  Decimal& operator+=(const Decimal& other) { return *this = *this + other; }

  // this / divisor rounded half away from zero to `digits` fractional digits; nullopt for zero.
  std::optional<Decimal> divided_by(const Decimal& divisor, int digits) const;
  // Rounded half away from zero to `digits` fractional digits.
  Decimal rounded(int digits) const;
  // Trailing fractional zeros removed (1.50 -> 1.5, 2.0 -> 2).
  Decimal normalized() const;
  // Multiplied by 10^exponent (exponent may be negative), exactly.
  Decimal shifted(int exponent) const;

  // Plain digits, '.', leading '-': "15940", "30.6", "-0.25". Never exponent notation.
  std::string to_string() const;
  // For charts and spreadsheet cells only, never for arithmetic.
  double to_double() const;

  friend bool operator==(const Decimal& a, const Decimal& b) { return (a <=> b) == 0; }
  friend std::strong_ordering operator<=>(const Decimal& a, const Decimal& b);

private:
  WideInt mantissa_ = 0;
  int scale_ = 0;  // value = mantissa_ / 10^scale_
};

// A Decimal as records store it: 9 bytes of payload instead of 32. Any figure an official
// types (at most 18 significant digits) fits; sums are done in Decimal.
class CompactDecimal {
public:
  constexpr CompactDecimal() = default;
  // nullopt when the value needs more than 18 digits.
  static std::optional<CompactDecimal> from(const Decimal& value);
  Decimal value() const { return Decimal::from_parts(mantissa_, scale_); }

private:
  std::int64_t mantissa_ = 0;
  std::int8_t scale_ = 0;
};

}  // namespace cr::model
