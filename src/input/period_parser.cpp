#include "input/period_parser.hpp"

#include <fmt/format.h>

#include "diag/excerpt.hpp"
#include "input/folding.hpp"
#include "text/utf8.hpp"

namespace cr::input {
namespace {

using model::Date;
using model::Period;

// A left-to-right reader over one period text.
struct Cursor {
  std::string_view rest;

  bool done() const { return rest.empty(); }
  bool eat(std::string_view word) {
    if (!rest.starts_with(word)) return false;
    rest.remove_prefix(word.size());
    return true;
  }
  // 1 to `max_digits` ASCII digits.
  bool number(int& value, std::size_t min_digits, std::size_t max_digits) {
    std::size_t n = 0;
    value = 0;
    while (n < rest.size() && n < max_digits && rest[n] >= '0' && rest[n] <= '9')
      value = value * 10 + (rest[n++] - '0');
    if (n < min_digits || (n < rest.size() && rest[n] >= '0' && rest[n] <= '9')) return false;
    rest.remove_prefix(n);
    return true;
  }
  // A quarter number: 1-4 or 一二三四.
  bool quarter(int& q) {
    static constexpr std::string_view hanzi[] = {"一", "二", "三", "四"};
    for (int i = 0; i < 4; ++i)
      if (eat(hanzi[i])) return q = i + 1, true;
    return number(q, 1, 1) && q >= 1 && q <= 4;
  }
};

using Single = std::optional<ParsedPeriod>;

// 2015年1-6月, 2015年1月-6月, 2015年1至6月: months of one year, as reports write them.
Single chinese_month_span(Cursor c, int year, int first) {
  if (!(c.eat("-") || c.eat("—") || c.eat("~") || c.eat("至") || c.eat("到"))) return std::nullopt;
  int last = 0;
  if (!c.number(last, 1, 2) || last < first || last > 12 || !c.eat("月") || !c.done()) return std::nullopt;
  return ParsedPeriod{*Period::range(Period::month(year, first), Period::month(year, last))};
}

Single month_or_day(Cursor& c, int year, std::string_view separator, bool chinese) {
  int month = 0, day = 0;
  if (!c.number(month, 1, 2) || month < 1 || month > 12) return std::nullopt;
  if (chinese) {
    if (auto span = chinese_month_span(c, year, month)) return span;
    if (!c.eat("月")) return std::nullopt;
    if (auto span = chinese_month_span(c, year, month)) return span;
  }
  if (c.done()) return ParsedPeriod{Period::month(year, month)};
  if (!chinese && !c.eat(separator)) return std::nullopt;
  if (!c.number(day, 1, 2) || !Date::valid(year, month, day)) return std::nullopt;
  if (chinese && !c.eat("日") && !c.eat("号")) return std::nullopt;
  if (!c.done()) return std::nullopt;
  return ParsedPeriod{Period::day(Date{year, month, day}), separator == "/"};
}

Single chinese_after_year(Cursor& c, int year) {
  int q = 0;
  if (c.done()) return ParsedPeriod{Period::year(year)};
  if (c.eat("上半年") && c.done())
    return ParsedPeriod{*Period::range(Period::month(year, 1), Period::month(year, 6))};
  if (c.eat("下半年") && c.done())
    return ParsedPeriod{*Period::range(Period::month(year, 7), Period::month(year, 12))};
  Cursor quarter = c;
  quarter.eat("第");
  const bool letter = quarter.eat("Q") || quarter.eat("q");
  if (quarter.quarter(q)) {
    const bool word = quarter.eat("季度") || quarter.eat("季");
    if ((word || letter) && quarter.done()) return ParsedPeriod{Period::quarter(year, q)};
  }
  return month_or_day(c, year, "", true);
}

// Excel in an English locale shows a typed 2015-03 as Mar-15 (mmm-yy) and saves it so.
Single english_month(std::string_view text) {
  static constexpr std::string_view names[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                               "jul", "aug", "sep", "oct", "nov", "dec"};
  if (text.size() < 6 || text[3] != '-') return std::nullopt;
  std::string name(text.substr(0, 3));
  for (char& ch : name) ch = static_cast<char>(ch >= 'A' && ch <= 'Z' ? ch - 'A' + 'a' : ch);
  Cursor c{text.substr(4)};
  int year = 0;
  if (!(c.number(year, 2, 2) || c.number(year, 4, 4)) || !c.done()) return std::nullopt;
  if (year < 100) year += 2000;
  for (int m = 0; m < 12; ++m)
    if (name == names[m]) return ParsedPeriod{Period::month(year, m + 1)};
  return std::nullopt;
}

Single parse_single(std::string_view text) {
  if (auto month = english_month(text)) return month;
  Cursor c{text};
  int year = 0, q = 0;
  if (!c.number(year, 4, 4) || year < 1000) return std::nullopt;
  if (c.done()) return ParsedPeriod{Period::year(year)};
  if (c.eat("年")) return chinese_after_year(c, year);
  if ((c.eat("-Q") || c.eat("-q") || c.eat("Q") || c.eat("q")) && c.quarter(q) && c.done())
    return ParsedPeriod{Period::quarter(year, q)};
  for (std::string_view separator : {"-", "/", "."})
    if (c.eat(separator)) return month_or_day(c, year, separator, false);
  return std::nullopt;
}

Problem bad_period(std::string_view text) {
  return {
      fmt::format("“{}”不是可识别的时期；可写 2015、2015-03、2015-Q1、2015-03-01、2015年3月、2015年第一季度，"
                  "范围写作 2015-01/2015-06，留空表示整个活动期间",
                  diag::quoted_excerpt(text)),
      fmt::format(
          "'{}' is not a period; write 2015, 2015-03, 2015-Q1, 2015-03-01, 2015年3月, 2015年第一季度, a "
          "range 2015-01/2015-06, or leave it empty for the whole campaign",
          diag::quoted_excerpt(text))};
}

// A range separator: "/" between two complete periods (2015/2016, 2015-01/2015-06), or 至 or ~.
std::optional<std::pair<std::string_view, std::string_view>> split_range(std::string_view s) {
  for (std::string_view word : {"至", "~", "—"}) {
    const std::size_t at = s.find(word);
    if (at != std::string_view::npos) return std::pair{s.substr(0, at), s.substr(at + word.size())};
  }
  const std::size_t slash = s.find('/');
  if (slash == std::string_view::npos) return std::nullopt;
  const std::string_view right = s.substr(slash + 1);
  int year = 0;
  Cursor probe{right};
  if (!probe.number(year, 4, 4)) return std::nullopt;  // 2015/3 is Excel's month, not a range
  return std::pair{s.substr(0, slash), right};
}

// A midnight time that a spreadsheet appends to a date cell ("2015/3/1 0:00") says nothing.
std::string_view without_midnight(std::string_view s) {
  const std::size_t space = s.rfind(' ');
  if (space == std::string_view::npos) return s;
  const std::string_view time = s.substr(space + 1);
  if (time != "0:00" && time != "00:00" && time != "0:00:00" && time != "00:00:00") return s;
  return text::trim(s.substr(0, space));
}

// A period outside the years a campaign may hold is refused, not bucketed month by month.
Outcome<ParsedPeriod> within_years(const ParsedPeriod& parsed, std::string_view raw) {
  if (Date::year_in_range(parsed.period.first.year) && Date::year_in_range(parsed.period.last.year))
    return parsed;
  return Problem{fmt::format("时期“{}”超出了 {} 年至 {} 年的范围（年份写错了？）", diag::quoted_excerpt(raw),
                             Date::earliest_year, Date::latest_year),
                 fmt::format("period '{}' lies outside the years {} to {} (a wrong year?)",
                             diag::quoted_excerpt(raw), Date::earliest_year, Date::latest_year)};
}

}  // namespace

Outcome<ParsedPeriod> parse_period(std::string_view raw) {
  const std::string folded_text = folded(raw);
  const std::string_view s = without_midnight(text::trim(folded_text));
  if (s.empty()) return ParsedPeriod{Period::whole_campaign()};
  if (auto parts = split_range(s)) {
    const Single from = parse_single(text::trim(parts->first)), to = parse_single(text::trim(parts->second));
    if (from && to) {
      if (auto range = Period::range(from->period, to->period)) return within_years(ParsedPeriod{*range}, raw);
      return Problem{fmt::format("时期“{}”的结束早于开始", diag::quoted_excerpt(raw)),
                     fmt::format("period '{}' ends before it starts", diag::quoted_excerpt(raw))};
    }
  }
  if (auto single = parse_single(s)) return within_years(*single, raw);
  return bad_period(raw);
}

}  // namespace cr::input
