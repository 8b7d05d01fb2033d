#include "input/value_parser.hpp"

#include <array>

#include <fmt/format.h>

#include "diag/excerpt.hpp"

#include "input/folding.hpp"
#include "input/numeral_parser.hpp"
#include "text/utf8.hpp"

namespace cr::input {
namespace {

using model::Qualifier;

struct Affix {
  std::string_view word;
  Qualifier qualifier;
};

// Longest words first, so that 不少于 is not read as something shorter.
constexpr std::array<Affix, 6> prefixes{{{"不少于", Qualifier::bushaoyu},
                                         {"超过", Qualifier::chaoguo},
                                         {"不到", Qualifier::budao},
                                         {"近", Qualifier::jin},
                                         {"约", Qualifier::yue},
                                         {"逾", Qualifier::yu_over}}};
constexpr std::array<Affix, 4> suffixes{{{"以上", Qualifier::yishang},
                                         {"左右", Qualifier::zuoyou},
                                         {"余", Qualifier::yu},
                                         {"多", Qualifier::duo}}};

Problem bad(std::string_view text, std::string_view zh_why, std::string_view en_why) {
  return {fmt::format("“{}”不是可识别的数值：{}", diag::quoted_excerpt(text), zh_why),
          fmt::format("'{}' is not a number: {}", diag::quoted_excerpt(text), en_why)};
}

bool is_arabic(std::string_view body) {
  if (body.empty()) return false;
  for (char c : body)
    if (!((c >= '0' && c <= '9') || c == ',' || c == '.' || c == '-' || c == '+')) return false;
  return true;
}

// Thousands separators must sit between groups of three digits of the integer part.
bool grouping_ok(std::string_view body) {
  const std::size_t point = body.find('.');
  if (body.find(',', point == std::string_view::npos ? body.size() : point) != std::string_view::npos)
    return false;
  std::string_view integer = body.substr(0, point);
  if (!integer.empty() && (integer.front() == '-' || integer.front() == '+')) integer.remove_prefix(1);
  if (integer.find(',') == std::string_view::npos) return true;
  std::size_t group_start = 0, count = 0;
  for (std::size_t i = 0; i <= integer.size(); ++i) {
    if (i < integer.size() && integer[i] != ',') continue;
    const std::size_t length = i - group_start;
    if (count == 0 ? (length < 1 || length > 3) : length != 3) return false;
    ++count;
    group_start = i + 1;
  }
  return true;
}

bool strip_prefix(std::string_view& s, std::string_view word) {
  if (!s.starts_with(word)) return false;
  s.remove_prefix(word.size());
  return true;
}

bool strip_suffix(std::string_view& s, std::string_view word) {
  if (!s.ends_with(word)) return false;
  s.remove_suffix(word.size());
  return true;
}

std::optional<Qualifier> take_suffix(std::string_view& s, bool only_yu_duo) {
  for (const auto& a : suffixes) {
    if (only_yu_duo && a.qualifier != Qualifier::yu && a.qualifier != Qualifier::duo) continue;
    if (strip_suffix(s, a.word)) return a.qualifier;
  }
  return std::nullopt;
}

Outcome<model::Decimal> parse_body(std::string_view text, std::string_view body, bool has_scale) {
  if (body.empty() && has_scale) return model::Decimal(1);  // 近万: one 万
  if (body.empty()) return bad(text, "没有数字", "no digits");
  if (is_arabic(body)) {
    if (!grouping_ok(body))
      return bad(text, "千位分隔符“,”的位置不对（应为 1,000 这样每三位一个；小数点请用“.”）",
                 "misplaced thousands separator (1,000; use '.' for decimals)");
    std::string plain;
    for (char c : body)
      if (c != ',') plain.push_back(c);
    if (auto d = model::Decimal::parse(plain)) return *d;
    return bad(text, "数字写法不对，或小数位超过 12 位", "malformed digits, or more than 12 decimals");
  }
  if (auto d = parse_chinese_numeral(body)) return *d;
  return bad(
      text, "含有不是数字的文字（数值列只写数字，可带 万/亿、%，以及 约/近/余/多 等修饰词）",
      "it holds text that is not a number (digits, 万/亿, %, and qualifiers such as 约/近/余/多 only)");
}

}  // namespace

Outcome<ParsedValue> parse_value(std::string_view raw, std::string_view unit) {
  const std::string folded_text = folded(raw);
  std::string_view s = text::trim(folded_text);
  if (!unit.empty() && unit != "%" && s.size() > unit.size() && strip_suffix(s, unit)) s = text::trim(s);
  ParsedValue out;
  std::optional<Qualifier> before, after;
  for (const auto& a : prefixes)
    if (strip_prefix(s, a.word)) {
      before = a.qualifier;
      break;
    }
  after = take_suffix(s, false);
  if (strip_suffix(s, "%")) out.percent = true;
  if (strip_suffix(s, "万"))
    out.written_scale = model::Scale::wan;
  else if (strip_suffix(s, "亿"))
    out.written_scale = model::Scale::yi;
  if (!after && out.written_scale != model::Scale::one) after = take_suffix(s, true);  // 320多万
  if (before && after)
    return bad(raw, "一个数值只能带一个修饰词（如“约2000”或“2000多”，不能两者都有）",
               "a value takes one qualifier only ('约2000' or '2000多', not both)");
  if (out.percent && out.written_scale != model::Scale::one)
    return bad(raw, "百分数不能再带 万/亿", "a percentage cannot also carry 万/亿");
  s = text::trim(s);
  auto body = parse_body(raw, s, out.written_scale != model::Scale::one);
  if (const Problem* p = problem_of(body)) return *p;
  // An indicator counted in 万元 or 万人 takes "320万" as 320 of its unit, and "2亿" as 20000.
  const bool scaled = out.written_scale != model::Scale::one;
  const int unit_exponent = !scaled ? 0 : unit.starts_with("万") ? 4 : unit.starts_with("亿") ? 8 : 0;
  out.value = std::get<model::Decimal>(body).shifted(model::exponent_of(out.written_scale) - unit_exponent);
  if (unit_exponent > 0) out.written_scale = model::Scale::one;
  out.qualifier = before ? *before : after ? *after : Qualifier::exact;
  return out;
}

Outcome<model::Qualifier> parse_qualifier(std::string_view raw) {
  const std::string folded_text = folded(raw);
  const std::string_view s = text::trim(folded_text);
  if (auto q = model::qualifier_from_word(s)) return *q;
  return Problem{
      fmt::format("“{}”不是可识别的修饰词；可用：余、多、以上、逾、超过、不少于、近、约、左右、不到，或留空",
                  diag::quoted_excerpt(raw)),
      fmt::format("'{}' is not a known qualifier; use one of 余 多 以上 逾 超过 不少于 近 约 左右 不到, or "
                  "leave it empty",
                  diag::quoted_excerpt(raw))};
}

}  // namespace cr::input
