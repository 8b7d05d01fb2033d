#pragma once
// A page as the writer records it until write(): graphics operators ready in PDF coordinates,
// and glyph runs that can only become operators once their font is subset (the codes they are
// drawn with, CIDs, are known then).
#include <cstddef>
#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "font/shaping.hpp"
#include "font/subset.hpp"
#include "pdf/geometry.hpp"

namespace cr::pdf {

// A glyph as a page keeps it until the fonts are subset, one per character of every page:
// 12 bytes. Single precision holds a length in points to about 10^-5 pt; content streams
// write thousandths.
struct PageGlyph {
  std::uint32_t glyph = 0;  // glyph ID in the whole face
  float advance = 0;        // points, as laid out (justified, on the grid)
  float x_offset = 0;       // points, from the pen position
};

struct TextItem {
  std::size_t font = 0;  // index in FontUsage
  double size = 0;
  double x = 0, y = 0;  // PDF coordinates of the pen's start on the baseline
  std::vector<PageGlyph> glyphs;
  Color color;
};

// The start of a marked-content span whose text extractors should read as `text` (UTF-8)
// whatever the glyphs inside are and however they are spaced: a line of text whose TJ gaps
// (a quarter em between Han and digits, a justified line's spread) would otherwise come out
// as spaces. The span ends at the next SpanEnd.
struct SpanStart {
  std::string text;
};
struct SpanEnd {};

struct PageContent {
  PageSize size;
  std::vector<std::variant<std::string, TextItem, SpanStart, SpanEnd>> items;
  std::set<std::size_t> fonts;        // fonts drawn with on this page
  std::set<std::size_t> images = {};  // images drawn on this page: /Im1 is image 0
};

// A number as content streams write it: at most three decimals, no trailing zeros, never "-0".
std::string pdf_number(double value);
// The same, appended to `out`.
void append_number(std::string& out, double value);
// "r g b" for an rg/RG operator.
std::string pdf_color(Color color);
// `text` (UTF-8) as a PDF text string in UTF-16BE with its byte order mark: a literal string,
// its delimiters, backslash and line ends escaped.
std::string pdf_text_string(std::string_view text);

// Content streams of the pages of one document, whose fonts are subset as `subsets` (subsets[i]
// is the subset of font i): the codes and widths of the glyphs drawn are looked up in tables
// built once, by glyph ID.
class ContentRenderer {
 public:
  explicit ContentRenderer(const std::vector<font::SubsetFont>& subsets);
  // The content stream of `page`.
  std::string render(const PageContent& page) const;

  // A glyph as the content stream draws it: its code in the subset and its /W width (1000 per em).
  struct Code {
    std::uint32_t code = 0;
    int width = 1000;
  };

 private:
  std::vector<std::vector<Code>> codes_;  // per font, by glyph ID of the whole face
};

}  // namespace cr::pdf
