#include "pdf/page_content.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <iterator>
#include <string_view>

#include <fmt/format.h>

#include "text/utf8.hpp"

namespace cr::pdf {
namespace {

using Code = ContentRenderer::Code;

// A glyph as the content stream draws it: its code in the subset and its /W width in points.
struct DrawnGlyph {
  std::uint32_t code = 0;
  double natural = 0;
};

std::vector<DrawnGlyph> drawn_glyphs(const TextItem& item, const std::vector<Code>& codes) {
  std::vector<DrawnGlyph> out;
  out.reserve(item.glyphs.size());
  for (const auto& g : item.glyphs) {
    const Code code = g.glyph < codes.size() ? codes[g.glyph] : Code{};
    out.push_back({code.code, code.width * item.size / 1000.0});
  }
  return out;
}

// The per-glyph difference between layout's advance and the /W width that most glyphs of the
// run share: a character pitch (tracking) or a justified line's spread. Set once as character
// spacing (Tc), it leaves the TJ array with adjustments only where a glyph differs.
// A run has one or a few distinct values: a short list, kept sorted so that a tie goes to the
// smallest spacing.
double common_spacing(const TextItem& item, const std::vector<DrawnGlyph>& drawn) {
  std::vector<std::pair<long, int>> counts;
  for (std::size_t i = 0; i < drawn.size(); ++i) {
    const long spacing = std::lround((item.glyphs[i].advance - drawn[i].natural) * 1000);
    auto at = std::lower_bound(counts.begin(), counts.end(), std::pair<long, int>{spacing, 0},
                               [](const auto& a, const auto& b) { return a.first < b.first; });
    if (at != counts.end() && at->first == spacing)
      ++at->second;
    else
      counts.insert(at, {spacing, 1});
  }
  long best = 0;
  int most = 0;
  for (auto [spacing, count] : counts)
    if (count > most) best = spacing, most = count;
  return static_cast<double>(best) / 1000;
}

// A glyph code as two bytes of a literal string: half the size of hex digits, which shows in
// the compressed content stream too. The delimiters, the backslash and line ends are escaped
// (a reader turns a bare CR into LF).
void append_code(std::string& out, std::uint32_t code) {
  for (const unsigned char byte : {static_cast<unsigned char>(code >> 8), static_cast<unsigned char>(code)}) {
    switch (byte) {
      case '(':
        out += "\\(";
        break;
      case ')':
        out += "\\)";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\n':
        out += "\\n";
        break;
      default:
        out += static_cast<char>(byte);
    }
  }
}

// `value` as pdf_number writes it.
double written(double value) { return std::round(value * 1000) / 1000; }

// The TJ array of a run: each glyph by its code, with adjustments wherever layout's advance
// or offset differs from the width the /W array gives the glyph plus the character spacing
// (`spacing` as written). Returns how far the array moves the pen, in points, as a reader
// computes it from the numbers written.
double append_tj_array(std::string& out, const TextItem& item, const std::vector<DrawnGlyph>& drawn,
                       double spacing) {
  out += '[';
  double carried_offset = 0;          // the x_offset of the previous glyph, still applied to the pen
  double moved = 0;                   // the pen's displacement so far
  bool open = false;                  // inside <…>
  auto adjust = [&](double points) {  // move the pen right by `points`
    // Below a thousandth of a point (the precision of Tc as written): no adjustment. The drift
    // this allows stays under 0.03 pt over a line.
    if (std::abs(points) < 0.001) return;
    double units = -points * 1000.0 / item.size;
    if (std::abs(units) < 0.0005) return;
    if (open) out += ")";
    open = false;
    append_number(out, units);
    out += ' ';
    moved -= written(units) * item.size / 1000.0;
  };
  for (std::size_t i = 0; i < drawn.size(); ++i) {
    const auto& g = item.glyphs[i];
    adjust(g.x_offset - carried_offset);
    if (!open) out += "(";
    open = true;
    append_code(out, drawn[i].code);
    moved += drawn[i].natural + spacing;
    adjust(g.advance - drawn[i].natural - spacing);
    carried_offset = g.x_offset;
  }
  if (open) out += ')';
  out += ']';
  return moved;
}

// Text state carried from one run to the next inside a page's text objects, so that font, size,
// colour and character spacing are set only when they change.
struct TextState {
  bool open = false;  // inside BT … ET
  std::size_t font = SIZE_MAX;
  double size = 0, spacing = 0;
  bool spacing_known = true;  // Tc is 0 on a fresh page; after other operators it is not known
  Color color;
  bool color_known = false;
  bool in_span = false;  // inside a marked-content span (BDC … EMC) begun in this text object
  bool placed = false;  // a line start is set in this text object: later ones move by Td from it
  double x = 0, y = 0;  // that line start, as written (rounded to the thousandth)
  double pen = 0;       // where the last TJ left the pen on that line (x), as a reader computes it
};


// Appends "a b " and then `op`.
void append_pair(std::string& out, double a, double b, std::string_view op) {
  append_number(out, a);
  out += ' ';
  append_number(out, b);
  out += ' ';
  out += op;
}

void open_text(std::string& out, TextState& state) {
  if (!state.open) out += "BT\n";
  state.open = true;
}

// A span begins inside a text object and ends in it (a marked-content sequence may not cross
// BT/ET): line spans hold only text, so the text object stays open from BDC to EMC.
void begin_span(std::string& out, TextState& state, const SpanStart& span) {
  open_text(out, state);
  if (state.in_span) out += "EMC\n";
  out += "/Span<</ActualText";
  out += pdf_text_string(span.text);
  out += ">>BDC\n";
  state.in_span = true;
}

void end_span(std::string& out, TextState& state) {
  if (state.in_span) out += "EMC\n";
  state.in_span = false;
}

void render_text(std::string& out, TextState& state, const TextItem& item, const std::vector<Code>& codes) {
  open_text(out, state);
  if (item.font != state.font || item.size != state.size) {
    fmt::format_to(std::back_inserter(out), "/F{} ", item.font + 1);
    append_number(out, item.size);
    out += " Tf\n";
  }
  state.font = item.font;
  state.size = item.size;
  if (!state.color_known || written(item.color.r) != written(state.color.r) ||
      written(item.color.g) != written(state.color.g) || written(item.color.b) != written(state.color.b)) {
    out += pdf_color(item.color);
    out += " rg\n";
  }
  state.color = item.color;
  state.color_known = true;
  const std::vector<DrawnGlyph> drawn = drawn_glyphs(item, codes);
  const double spacing = common_spacing(item, drawn);
  if (!state.spacing_known || written(spacing) != written(state.spacing)) {
    append_number(out, spacing);
    out += " Tc\n";
  }
  state.spacing = spacing;
  state.spacing_known = true;
  // A run that starts where the last one left the pen (the next face of a line, a span's
  // glyphs) needs no move; otherwise a line start relative to the last (Td): the same
  // "0 -28.986 Td" line after line, which compresses far better than absolute matrices.
  const bool continues =
      state.placed && written(item.y) == state.y && std::abs(item.x - state.pen) < 0.01;
  if (continues) {
    // The pen is where the run starts.
  } else if (state.placed) {
    const double dx = written(item.x - state.x), dy = written(item.y - state.y);
    append_pair(out, dx, dy, "Td\n");
    state.x = written(state.x + dx);
    state.y = written(state.y + dy);
  } else {
    out += "1 0 0 1 ";
    append_pair(out, item.x, item.y, "Tm\n");
    state.x = written(item.x);
    state.y = written(item.y);
    state.placed = true;
  }
  const double start = continues ? state.pen : state.x;
  state.pen = start + append_tj_array(out, item, drawn, written(spacing));
  out += " TJ\n";
}

}  // namespace

void append_number(std::string& out, double value) {
  // Thousandths as an integer: every coordinate and TJ adjustment of every page comes here, and
  // formatting the integer is several times faster than formatting the double. Beyond 2^53
  // thousandths (far outside any page) the general formatting takes over.
  const double scaled = std::round(value * 1000);
  if (!(std::abs(scaled) < 9007199254740992.0)) {
    char buffer[400];
    char* end = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, 3).ptr;
    while (end[-1] == '0') --end;
    if (end[-1] == '.') --end;
    out.append(buffer, end);
    return;
  }
  auto thousandths = static_cast<std::int64_t>(scaled);
  if (thousandths == 0) {
    out += '0';
    return;
  }
  if (thousandths < 0) {
    out += '-';
    thousandths = -thousandths;
  }
  char digits[24];
  char* end = std::to_chars(digits, digits + sizeof digits, thousandths / 1000).ptr;
  if (const auto fraction = static_cast<int>(thousandths % 1000); fraction != 0) {
    *end++ = '.';
    *end++ = static_cast<char>('0' + fraction / 100);
    *end++ = static_cast<char>('0' + fraction / 10 % 10);
    *end++ = static_cast<char>('0' + fraction % 10);
    while (end[-1] == '0') --end;
  }
  out.append(digits, end);
}

std::string pdf_number(double value) {
  std::string out;
  append_number(out, value);
  return out;
}

std::string pdf_text_string(std::string_view text) {
  // A literal string of UTF-16BE code units, escaped as glyph codes are: half the bytes of hex.
  std::string out = "(\xFE\xFF";
  for (char32_t cp : text::decode(text)) {
    if (cp >= 0x10000) {  // a surrogate pair
      append_code(out, 0xD800 + ((cp - 0x10000) >> 10));
      append_code(out, 0xDC00 + ((cp - 0x10000) & 0x3FF));
    } else {
      append_code(out, cp);
    }
  }
  out += ')';
  return out;
}

std::string pdf_color(Color color) {
  return fmt::format("{} {} {}", pdf_number(color.r), pdf_number(color.g), pdf_number(color.b));
}

ContentRenderer::ContentRenderer(const std::vector<font::SubsetFont>& subsets) {
  for (const font::SubsetFont& subset : subsets) {
    std::vector<Code>& codes = codes_.emplace_back();
    if (!subset.code_of.empty()) codes.resize(subset.code_of.rbegin()->first + 1);
    for (const auto& [glyph, code] : subset.code_of) {
      auto width = subset.width_of.find(code);
      codes[glyph] = {code, width == subset.width_of.end() ? 1000 : width->second};
    }
  }
}

std::string ContentRenderer::render(const PageContent& page) const {
  std::string out;
  TextState state;
  for (const auto& item : page.items) {
    if (const auto* span = std::get_if<SpanStart>(&item)) {
      begin_span(out, state, *span);
    } else if (std::holds_alternative<SpanEnd>(item)) {
      end_span(out, state);
    } else if (const auto* ops = std::get_if<std::string>(&item)) {
      // Graphics (rules, bars) may not stand inside a text object, and their q/Q may restore
      // text state: close the text object and set everything again afterwards.
      end_span(out, state);
      if (state.open) out += "ET\n";
      state = {};
      state.spacing_known = false;
      out += *ops;
    } else {
      const auto& text = std::get<TextItem>(item);
      render_text(out, state, text, codes_.at(text.font));
    }
  }
  end_span(out, state);
  if (state.open) out += "ET\n";
  return out;
}

}  // namespace cr::pdf
