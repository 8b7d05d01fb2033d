#include "wording/number_wording.hpp"

#include "wording/chinese_numerals.hpp"

namespace cr::wording {
namespace {

using model::Decimal;
using model::Qualifier;
using model::Scale;

std::string group_thousands(const std::string& digits) {
  std::string out;
  const std::size_t n = digits.size();
  for (std::size_t i = 0; i < n; ++i) {
    if (i > 0 && (n - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

std::string_view scale_word(Scale s) {
  switch (s) {
    case Scale::wan:
      return "万";
    case Scale::yi:
      return "亿";
    case Scale::one:
      return "";
  }
  return "";
}

// A whole count in Chinese numerals when the wording asks for them and the count is small.
std::optional<std::string> hanzi_count(const Decimal& value) {
  if (!value.is_integer() || value.is_negative() || Decimal(99) < value) return std::nullopt;
  return chinese_numeral(static_cast<long long>(value.normalized().mantissa()));
}

bool is_lower_bound_suffix(Qualifier q) { return q == Qualifier::yu || q == Qualifier::duo; }

enum class Rounding { half_up, up, down };

// floor(log10 |v|) for v != 0: 0 for 2.625, 1 for 26.25, -1 for 0.36.
int magnitude(Decimal v) {
  if (v.is_negative()) v = -v;
  int e = 0;
  for (; !(v < Decimal(10)); ++e) v = v.shifted(-1);
  for (; v < Decimal(1); --e) v = v.shifted(1);
  return e;
}

// v to `digits` fractional digits (a negative count rounds to tens, hundreds...).
Decimal rounded_to(const Decimal& v, int digits, Rounding how) {
  const Decimal scaled = v.shifted(digits);
  Decimal r = scaled.rounded(0);  // half away from zero
  if (how == Rounding::down && scaled < r) r = r - Decimal(1);
  if (how == Rounding::up && r < scaled) r = r + Decimal(1);
  return r.shifted(-digits).normalized();
}

constexpr int approximate_digits = 2;  // 约2.6万, 近1.1万: two significant digits

// A figure that is not exact, shown in 万/亿 (n is the count of them), made no more precise than it
// claims. Lower bounds in 余/多 are rounded down to whole 万 (110.53万余 -> 110余万; below one 万
// nothing is dropped, since 0万余 says nothing); approximations keep two significant digits,
// rounded up for 近/不到 (the value lies below what is said, and must still) and half up for 约/左右.
Decimal coarsened(const Decimal& n, Qualifier q) {
  if (n.is_zero()) return n;
  switch (model::kind_of(q)) {
    case model::QualifierKind::exact:
      return n;
    case model::QualifierKind::lower_bound:  // 余/多 only: 超过2.5万 says what it means
      return n < Decimal(1) || !is_lower_bound_suffix(q) ? n : rounded_to(n, 0, Rounding::down);
    case model::QualifierKind::approximate:
      break;
  }
  const Rounding how = q == Qualifier::jin || q == Qualifier::budao ? Rounding::up : Rounding::half_up;
  return rounded_to(n, approximate_digits - 1 - magnitude(n), how);
}

// The number, its scale word and the qualifier, without the unit or a trailing 左右/以上.
std::string number_part(const model::Quantity& q, const WordingOptions& options, std::string_view unit) {
  const Scale scale = options.scale.value_or(shown_scale(q, options.wording));
  Decimal n = q.value.shifted(-model::exponent_of(scale)).normalized();
  if (scale != Scale::one) n = coarsened(n, q.qualifier);
  const Qualifier shown = options.with_qualifier ? q.qualifier : Qualifier::exact;
  std::string digits;
  if (options.wording == model::Wording::hanzi && scale == Scale::one) {
    if (auto h = hanzi_count(n)) digits = *h;
  }
  if (digits.empty()) digits = word_number(n, options.group_digits);
  const std::string_view sw = scale_word(scale);
  const bool single_scale = scale != Scale::one && n == Decimal(1);
  if (single_scale && (shown == Qualifier::jin || shown == Qualifier::yu_over)) digits.clear();

  const std::string_view word = model::word_of(shown);
  std::string out;
  if (model::stands_before(shown))
    out = std::string(word) + digits + std::string(sw);
  else if (is_lower_bound_suffix(shown)) {
    const bool tens_of_scale =
        scale != Scale::one && n.is_integer() && !n.is_zero() && n.normalized().mantissa() % 10 == 0;
    out = (scale == Scale::one || tens_of_scale) ? digits + std::string(word) + std::string(sw)
                                                 : digits + std::string(sw) + std::string(word);
  } else {
    out = digits + std::string(sw);
  }
  return out + std::string(unit);
}

// "比上年" before a change; "与上年" before 持平 (比上年持平 is not Chinese).
std::string base_phrase(std::string_view against, bool unchanged) {
  std::string phrase(against);
  if (unchanged && phrase.starts_with("比")) phrase.replace(0, std::string_view("比").size(), "与");
  return phrase;
}

}  // namespace

Scale shown_scale(const model::Quantity& q, model::Wording wording) {
  if (wording == model::Wording::wan) return Scale::wan;
  if (wording == model::Wording::yi) return Scale::yi;
  return q.written_scale;
}

std::string word_number(const Decimal& value, bool group_digits) {
  std::string text = value.normalized().to_string();
  if (!group_digits) return text;
  const bool negative = !text.empty() && text.front() == '-';
  if (negative) text.erase(0, 1);
  const auto point = text.find('.');
  std::string integer = text.substr(0, point),
              fraction = point == std::string::npos ? "" : text.substr(point);
  return (negative ? "-" : "") + group_thousands(integer) + fraction;
}

std::string word_quantity(const model::Quantity& q, const WordingOptions& options) {
  const std::string unit = options.with_unit ? q.unit : std::string();
  if (q.unit == "%") {
    model::Quantity plain = q;
    plain.written_scale = Scale::one;
    WordingOptions o = options;
    o.wording = model::Wording::as_written;
    o.scale = std::nullopt;
    std::string out = number_part(plain, o, "%");
    if (o.with_qualifier && (q.qualifier == Qualifier::zuoyou || q.qualifier == Qualifier::yishang))
      out += model::word_of(q.qualifier);
    return out;
  }
  std::string out = number_part(q, options, unit);
  if (options.with_qualifier && (q.qualifier == Qualifier::zuoyou || q.qualifier == Qualifier::yishang))
    out += model::word_of(q.qualifier);
  return out;
}

std::string word_range(const model::Quantity& low, const model::Quantity& high,
                       const WordingOptions& options) {
  return word_quantity(low, options) + "～" + word_quantity(high, options);
}

std::string word_percent(const Decimal& percent) { return word_number(percent) + "%"; }

std::string word_points(const Decimal& points) {
  return word_number(points.is_negative() ? -points : points) + "个百分点";
}

std::string word_growth(const Decimal& percent, std::string_view against) {
  if (percent.is_zero()) return base_phrase(against, true) + "持平";
  if (percent.is_negative()) return base_phrase(against, false) + "下降" + word_percent(-percent);
  return base_phrase(against, false) + "增长" + word_percent(percent);
}

std::string word_points_change(const Decimal& points, std::string_view against) {
  if (points.is_zero()) return base_phrase(against, true) + "持平";
  return base_phrase(against, false) + (points.is_negative() ? "下降" : "提高") + word_points(points);
}

std::string word_before_after(const model::Quantity& before, const model::Quantity& after,
                              const WordingOptions& options) {
  const std::string a = word_quantity(before, options), b = word_quantity(after, options);
  if (before.value == after.value && before.qualifier == after.qualifier) return "保持在" + b;
  const bool measured = after.unit == "%" || after.unit.find("元") != std::string::npos;
  const bool up = before.value < after.value;
  const char* verb = measured ? (up ? "提高到" : "下降到") : (up ? "增加到" : "减少到");
  return "由" + a + verb + b;
}

}  // namespace cr::wording
