#pragma once
// A page as the writer records it until write(): graphics operators ready in PDF coordinates,
// and glyph runs that can only become operators once their font is subset (the codes they are
// drawn with, CIDs, are known then).
#include <cstddef>
#include <set>
#include <string>
#include <variant>
#include <vector>

#include "font/shaping.hpp"
#include "font/subset.hpp"
#include "pdf/geometry.hpp"

namespace cr::pdf {

struct TextItem {
  std::size_t font = 0;  // index in FontUsage
  double size = 0;
  double x = 0, y = 0;  // PDF coordinates of the pen's start on the baseline
  std::vector<font::ShapedGlyph> glyphs;
  Color color;
};

struct PageContent {
  PageSize size;
  std::vector<std::variant<std::string, TextItem>> items;
  std::set<std::size_t> fonts;  // fonts drawn with on this page
};

// A number as content streams write it: at most three decimals, no trailing zeros, never "-0".
std::string pdf_number(double value);
// "r g b" for an rg/RG operator.
std::string pdf_color(Color color);

// The content stream of `page`; `subsets[i]` is the subset of font i.
std::string render_content(const PageContent& page, const std::vector<font::SubsetFont>& subsets);

}  // namespace cr::pdf
