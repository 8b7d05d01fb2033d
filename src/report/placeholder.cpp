#include "report/placeholder.hpp"

#include <variant>

#include "input/period_parser.hpp"
#include "text/utf8.hpp"

namespace cr::report {
namespace {

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
      "时期“" + p.period_text->text +
          "”无法识别（写法与 records.csv 的时期相同：2015、2015年、2015-Q1、2015年一季度、2015-03、2015/3、"
          "2015年3月、2015-03-01、2015年3月1日，范围写作 2015-01/2015-06）",
      "period \"" + p.period_text->text +
          "\" is not one (written as in records.csv: 2015, 2015年, 2015-Q1, 2015年一季度, 2015-03, 2015/3, "
          "2015年3月, 2015-03-01, 2015年3月1日, a range 2015-01/2015-06)");
  return false;
}

}  // namespace

std::optional<model::Period> parse_period_selector(std::string_view written) {
  if (text::trim(written).empty()) return std::nullopt;  // no period: leave out the @
  auto parsed = input::parse_period(written);
  if (input::problem_of(parsed)) return std::nullopt;
  return std::get<input::ParsedPeriod>(parsed).period;
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
