#include "report/placeholder.hpp"

#include <charconv>

#include "text/utf8.hpp"

namespace cr::report {
namespace {

// The digits as a number, or -1 when they are not `width` digits (or one digit for width 2).
// An int rather than an optional: nothing uninitialised is ever compared.
int number(std::string_view digits, std::size_t width) {
  if (digits.size() != width && !(width == 2 && digits.size() == 1)) return -1;
  int value = 0;
  auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (error != std::errc() || end != digits.data() + digits.size()) return -1;
  return value;
}

std::optional<model::Period> single_period(std::string_view text) {
  const int year = number(text.substr(0, 4), 4);
  if (year < 1900 || year > 2200) return std::nullopt;
  if (text.size() == 4) return model::Period::year(year);
  if (text.size() < 6 || text[4] != '-') return std::nullopt;
  std::string_view rest = text.substr(5);
  if (rest.size() == 2 && (rest[0] == 'Q' || rest[0] == 'q') && rest[1] >= '1' && rest[1] <= '4')
    return model::Period::quarter(year, rest[1] - '0');
  std::size_t dash = rest.find('-');
  const int month = number(rest.substr(0, dash), 2);
  if (month < 1 || month > 12) return std::nullopt;
  if (dash == std::string_view::npos) return model::Period::month(year, month);
  const int day = number(rest.substr(dash + 1), 2);
  if (day < 1 || !model::Date::valid(year, month, day)) return std::nullopt;
  return model::Period::day(model::Date(year, month, day));
}

// 2015年, 2015年3月, 2015年3月1日 as officials write them -> 2015, 2015-3, 2015-3-1.
std::string iso_form(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    std::string_view rest = text.substr(i);
    if (rest.starts_with("年") || rest.starts_with("月"))
      out += '-', i += 3;
    else if (rest.starts_with("日"))
      i += 3;
    else
      out += text[i++];
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

int code_points(std::string_view text) {
  int n = 0;
  for (unsigned char c : text) n += (c & 0xC0) != 0x80;
  return n;
}

// A part of the inner text [begin, end), trimmed, with its position.
PlaceholderPart part(std::string_view inner, std::size_t begin, std::size_t end,
                     const model::SourcePosition& at) {
  std::string_view raw = inner.substr(begin, end - begin);
  std::string_view trimmed = text::trim(raw);
  std::size_t lead = trimmed.empty() ? 0 : static_cast<std::size_t>(trimmed.data() - raw.data());
  model::SourcePosition where = at;
  where.column += code_points(inner.substr(0, begin + lead));
  return {std::string(trimmed), where};
}

void syntax_error(diag::Diagnostics& d, const model::SourcePosition& at, const std::string& zh,
                  const std::string& en) {
  d.error(at.file, at.line, at.column, "bad-placeholder", "占位符写法有误：" + zh,
          "malformed placeholder: " + en);
}

bool parse_period(Placeholder& p, diag::Diagnostics& d) {
  p.period = parse_period_selector(p.period_text->text);
  if (p.period) return true;
  syntax_error(
      d, p.period_text->at,
      "时期“" + p.period_text->text + "”无法识别（应写成 2015、2015-Q2、2015-03 或 2015-03-01）",
      "period \"" + p.period_text->text + "\" is not one (write 2015, 2015-Q2, 2015-03 or 2015-03-01)");
  return false;
}

}  // namespace

std::optional<model::Period> parse_period_selector(std::string_view written) {
  const std::string iso = iso_form(text::trim(written));
  std::string_view text = iso;
  if (std::size_t slash = text.find('/'); slash != std::string_view::npos) {
    auto from = single_period(text::trim(text.substr(0, slash)));
    auto to = single_period(text::trim(text.substr(slash + 1)));
    if (!from || !to) return std::nullopt;
    return model::Period::range(*from, *to);
  }
  return single_period(text);
}

std::optional<Placeholder> parse_placeholder(std::string_view raw_inner, const model::SourcePosition& at,
                                             diag::Diagnostics& diagnostics) {
  const std::string inner = text::fold_width(raw_inner);  // ［］＠｜ -> []@|, one code point each
  Placeholder p;
  std::size_t i = inner.find_first_of("[@|");
  p.name = part(inner, 0, i == std::string::npos ? inner.size() : i, at);
  if (p.name.text.empty()) {
    syntax_error(diagnostics, at, "缺少指标编码或字段名（如 {{trainees}}）",
                 "no indicator id or field name (e.g. {{trainees}})");
    return std::nullopt;
  }
  while (i != std::string::npos && i < inner.size()) {
    char sign = inner[i];
    model::SourcePosition sign_at = part(inner, i, i + 1, at).at;
    std::size_t end =
        sign == '[' ? inner.find(']', i) : inner.find_first_of(sign == '|' ? "|" : "[@|", i + 1);
    if (sign == '[' && end == std::string::npos) {
      syntax_error(diagnostics, sign_at, "“[”没有对应的“]”", "\"[\" has no closing \"]\"");
      return std::nullopt;
    }
    std::size_t stop = end == std::string::npos ? inner.size() : end;
    PlaceholderPart piece = part(inner, i + 1, stop, at);
    bool twice = (sign == '[' && p.unit) || (sign == '@' && p.period_text);
    if (piece.text.empty() || twice) {
      syntax_error(diagnostics, sign_at,
                   twice ? "同一部分写了两次" : "“" + std::string(1, sign) + "”后面是空的",
                   twice ? "a part is given twice" : std::string("nothing after \"") + sign + "\"");
      return std::nullopt;
    }
    if (sign == '[')
      p.unit = piece;
    else if (sign == '@')
      p.period_text = piece;
    else
      p.filters.push_back(piece);
    i = sign == '[' ? inner.find_first_of("[@|", end + 1) : end;
    if (sign == '[' && !part(inner, end + 1, i == std::string::npos ? inner.size() : i, at).text.empty()) {
      syntax_error(diagnostics, part(inner, end + 1, inner.size(), at).at, "“]”后有多余文字",
                   "text after \"]\"");
      return std::nullopt;
    }
  }
  if (p.period_text && !parse_period(p, diagnostics)) return std::nullopt;
  return p;
}

}  // namespace cr::report
