#include "report/narrative.hpp"

#include "text/utf8.hpp"

namespace cr::report {
namespace {

// One piece of a paragraph's text, in source order.
struct Token {
  enum class Kind { text, bold_marker, placeholder } kind = Kind::text;
  std::string text;  // literal text, or the placeholder's inner text
  model::SourcePosition at;
};

int code_points(std::string_view text) {
  int n = 0;
  for (unsigned char c : text) n += (c & 0xC0) != 0x80;
  return n;
}

model::SourcePosition advanced(model::SourcePosition at, std::string_view passed) {
  at.column += code_points(passed);
  return at;
}

void push_text(std::vector<Token>& tokens, std::string_view text, const model::SourcePosition& at) {
  if (text.empty()) return;
  if (!tokens.empty() && tokens.back().kind == Token::Kind::text) {
    tokens.back().text += text;
    return;
  }
  tokens.push_back({Token::Kind::text, std::string(text), at});
}

// Splits one line into literal text, ** markers and {{…}} placeholders.
void tokenize_line(std::string_view line, model::SourcePosition at, std::vector<Token>& tokens,
                   diag::Diagnostics& diagnostics, bool placeholders) {
  std::size_t literal = 0;
  for (std::size_t i = 0; i < line.size();) {
    if (line.compare(i, 2, "**") == 0) {
      push_text(tokens, line.substr(literal, i - literal), advanced(at, line.substr(0, literal)));
      tokens.push_back({Token::Kind::bold_marker, "**", advanced(at, line.substr(0, i))});
      literal = i += 2;
    } else if (placeholders && line.compare(i, 2, "{{") == 0) {
      std::size_t close = line.find("}}", i + 2);
      model::SourcePosition here = advanced(at, line.substr(0, i));
      if (close == std::string_view::npos) {
        diagnostics.error(at.file, here.line, here.column, "unclosed-placeholder",
                          "占位符“{{”没有对应的“}}”（占位符须写在同一行内）",
                          "placeholder \"{{\" has no closing \"}}\" (a placeholder stays on one line)");
        break;
      }
      push_text(tokens, line.substr(literal, i - literal), advanced(at, line.substr(0, literal)));
      tokens.push_back(
          {Token::Kind::placeholder, std::string(line.substr(i + 2, close - i - 2)), advanced(here, "{{")});
      literal = i = close + 2;
    } else {
      ++i;
    }
  }
  push_text(tokens, line.substr(literal), advanced(at, line.substr(0, literal)));
}

// "{{townships}}个乡镇" reads 11个个乡镇: the figure already carries its unit.
void warn_repeated_unit(const std::string& filled, const Token& next, diag::Diagnostics& diagnostics) {
  if (next.kind != Token::Kind::text || filled.empty()) return;
  std::u32string figure = text::decode(filled);
  std::size_t pos = 0;
  std::optional<char32_t> following = text::next_code_point(next.text, pos);
  if (!following || figure.back() != *following || !text::is_han(*following)) return;
  std::string unit = text::encode(std::u32string(1, *following));
  diagnostics.warning(next.at.file, next.at.line, next.at.column, "repeated-unit",
                      "占位符填出的“" + filled + "”已含单位“" + unit + "”，其后又写了“" + unit + "”",
                      "the placeholder gives \"" + filled + "\", which already ends in \"" + unit +
                          "\", and the text repeats it");
}

// The last character of non-empty `text`.
char32_t last_code_point(std::string_view text) {
  std::size_t start = text.size() - 1;
  while (start > 0 && text.size() - start < 4 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80)
    --start;
  std::size_t pos = start;
  const auto c = text::next_code_point(text, pos);
  return c && pos == text.size() ? *c : U'\uFFFD';
}

// Spaces typed next to Chinese text (after a **lead-in。** or around a Latin word) are not
// Chinese typography: the layout sets its own gap between Han and Latin. Spaces between Latin
// words stay, one each; none at either end of the paragraph.
void tidy_spaces(std::vector<Run>& runs) {
  // The first code point at or after byte `pos` of run `r` that is not a space; 0 at the end.
  const auto next_after = [&](std::size_t r, std::size_t pos) -> char32_t {
    for (; r < runs.size(); ++r, pos = 0) {
      const std::string& text = runs[r].text;
      pos = text.find_first_not_of(' ', pos);
      if (pos != std::string::npos) return text::next_code_point(text, pos).value_or(U'\uFFFD');
    }
    return 0;
  };
  char32_t previous = 0;  // last character kept; 0 at the start
  for (std::size_t r = 0; r < runs.size(); ++r) {
    std::string& text = runs[r].text;
    if (text.find(' ') == std::string::npos) {  // the common case: nothing to drop
      if (!text.empty()) previous = last_code_point(text);
      continue;
    }
    std::string kept;
    kept.reserve(text.size());
    for (std::size_t pos = 0; pos < text.size();) {
      const std::size_t start = pos;
      const char32_t c = text::next_code_point(text, pos).value_or(U'\uFFFD');
      if (pos == start) ++pos;  // an invalid byte, kept as U+FFFD
      if (c == U' ') {
        const char32_t next = next_after(r, pos);
        if (previous == 0 || previous == U' ' || next == 0 || text::is_wide(previous) || text::is_wide(next))
          continue;
      }
      text::append_utf8(kept, c);
      previous = c;
    }
    text = std::move(kept);
  }
  std::erase_if(runs, [](const Run& run) { return run.text.empty(); });
}

// Tokens to runs: placeholders filled, ** pairs toggling bold; an unpaired ** stays literal.
std::vector<Run> runs_of(const std::vector<Token>& tokens, diag::Diagnostics& diagnostics,
                         const PlaceholderResolver& resolve) {
  std::size_t markers = 0;
  for (const Token& t : tokens) markers += t.kind == Token::Kind::bold_marker;
  std::vector<Run> runs;
  bool bold = false;
  std::size_t seen = 0;
  auto append = [&](const std::string& text) {
    if (text.empty()) return;
    Run::Style style = bold ? Run::Style::bold : Run::Style::plain;
    if (runs.empty() || runs.back().style != style) runs.push_back({"", style});
    runs.back().text += text;
  };
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    if (t.kind == Token::Kind::bold_marker) {
      if (++seen == markers && markers % 2 == 1) {
        diagnostics.warning(t.at.file, t.at.line, t.at.column, "unpaired-bold",
                            "“**”没有配对，按原文保留（加粗须写成 **文字**）",
                            "\"**\" has no partner and is kept as text (bold is written **text**)");
        append(t.text);
      } else {
        bold = !bold;
      }
    } else if (t.kind == Token::Kind::placeholder) {
      std::optional<std::string> filled = resolve ? resolve(t.text, t.at) : std::nullopt;
      if (filled && i + 1 < tokens.size()) warn_repeated_unit(*filled, tokens[i + 1], diagnostics);
      append(filled ? keep_value_spaces(*filled) : "{{" + t.text + "}}");
    } else {
      append(t.text);
    }
  }
  tidy_spaces(runs);
  return runs;
}

bool is_ascii_alnum(unsigned char c) {
  return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

// Strips leading ASCII and ideographic spaces; returns how many code points went.
std::string_view strip_indent(std::string_view line, int& stripped) {
  stripped = 0;
  while (true) {
    if (!line.empty() && (line[0] == ' ' || line[0] == '\t'))
      line.remove_prefix(1);
    else if (line.substr(0, 3) == "\u3000")
      line.remove_prefix(3);
    else
      break;
    ++stripped;
  }
  return line;
}

std::string_view strip_trailing(std::string_view line) {
  while (true) {
    if (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r'))
      line.remove_suffix(1);
    else if (line.size() >= 3 && line.substr(line.size() - 3) == "\u3000")
      line.remove_suffix(3);
    else
      return line;
  }
}

// A paragraph or list item being collected.
struct Pending {
  std::vector<Token> tokens;
  model::SourcePosition origin;
  char last = 0;  // last byte of the previous line, to decide whether lines join with a space
};

void add_line(Pending& p, std::string_view line, const model::SourcePosition& at,
              diag::Diagnostics& diagnostics, bool placeholders) {
  if (p.tokens.empty())
    p.origin = at;
  else if (is_ascii_alnum(static_cast<unsigned char>(p.last)) &&
           is_ascii_alnum(static_cast<unsigned char>(line[0])))
    push_text(p.tokens, " ", at);
  tokenize_line(line, at, p.tokens, diagnostics, placeholders);
  p.last = line.back();
}

void warn_heading(std::string_view line, const model::SourcePosition& at, diag::Diagnostics& diagnostics) {
  if (line.size() < 2 || line[0] != '#') return;
  std::size_t hashes = line.find_first_not_of('#');
  if (hashes == std::string_view::npos || line[hashes] != ' ') return;
  diagnostics.warning(at.file, at.line, at.column, "narrative-heading",
                      "叙述文件中的标题由模板给出，此行“#”按正文保留",
                      "headings come from the template; this \"#\" line is kept as body text");
}

}  // namespace

std::string keep_value_spaces(const std::string& value) {
  if (value.find(' ') == std::string::npos) return value;
  const std::u32string text = text::decode(value);
  std::u32string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != U' ') {
      out += text[i];
      continue;
    }
    std::size_t next = i;
    while (next < text.size() && text[next] == U' ') ++next;
    const bool between_wide =
        !out.empty() && text::is_wide(out.back()) && next < text.size() && text::is_wide(text[next]);
    out += between_wide ? U'\u3000' : U' ';
    if (between_wide) i = next - 1;  // a run of spaces is one separation
  }
  return text::encode(out);
}

std::vector<Run> parse_inline(std::string_view text, const model::SourcePosition& at,
                              diag::Diagnostics& diagnostics, const PlaceholderResolver& resolve) {
  std::vector<Token> tokens;
  tokenize_line(text, at, tokens, diagnostics, static_cast<bool>(resolve));
  return runs_of(tokens, diagnostics, resolve);
}

std::vector<Element> parse_narrative(std::string_view text, const std::string& file,
                                   diag::Diagnostics& diagnostics, const PlaceholderResolver& resolve) {
  std::vector<Element> elements;
  Pending pending;
  bool in_list = false;
  auto flush = [&] {
    if (pending.tokens.empty()) return;
    Paragraph paragraph{runs_of(pending.tokens, diagnostics, resolve), Paragraph::Role::body, pending.origin};
    if (paragraph.runs.empty()) {  // "****" or a lone marker: nothing to show
      pending = {};
      return;
    }
    if (!in_list)
      elements.emplace_back(std::move(paragraph));
    else if (!elements.empty() && std::holds_alternative<List>(elements.back()))
      std::get<List>(elements.back()).items.push_back(std::move(paragraph));
    else
      elements.emplace_back(List{{std::move(paragraph)}});
    pending = {};
  };
  int line_number = 0;
  for (std::size_t start = 0; start <= text.size();) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view raw = text.substr(start, end - start);
    start = end + 1;
    ++line_number;
    int indent = 0;
    std::string_view line = strip_trailing(strip_indent(raw, indent));
    model::SourcePosition at{file, line_number, indent + 1};
    if (line.empty()) {
      flush();
      in_list = false;
      if (end == text.size()) break;
      continue;
    }
    if (line.substr(0, 2) == "- ") {
      flush();
      in_list = true;
      int dash_indent = 0;
      line = strip_indent(line.substr(2), dash_indent);
      at.column += 2 + dash_indent;
      if (line.empty()) continue;
    } else {
      warn_heading(line, at, diagnostics);
    }
    add_line(pending, line, at, diagnostics, static_cast<bool>(resolve));
    if (end == text.size()) break;
  }
  flush();
  return elements;
}

}  // namespace cr::report
