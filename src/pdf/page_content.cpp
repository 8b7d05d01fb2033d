#include "pdf/page_content.hpp"

#include <cmath>

#include <fmt/format.h>

namespace cr::pdf {
namespace {

// The TJ array of a run: each glyph by its code, with adjustments wherever layout's advance
// or offset differs from the width the /W array gives the glyph.
std::string tj_array(const TextItem& item, const font::SubsetFont& subset) {
  std::string out = "[";
  double carried_offset = 0;  // the x_offset of the previous glyph, still applied to the pen
  std::string codes;
  auto flush = [&] {
    if (!codes.empty()) out += "<" + codes + ">";
    codes.clear();
  };
  auto adjust = [&](double points) {  // move the pen right by `points`
    double units = -points * 1000.0 / item.size;
    if (std::abs(units) < 0.0005) return;
    flush();
    out += pdf_number(units) + " ";
  };
  for (const auto& g : item.glyphs) {
    auto code = subset.code_of.find(g.glyph);
    std::uint32_t c = code == subset.code_of.end() ? 0 : code->second;
    auto width = subset.width_of.find(c);
    double natural = (width == subset.width_of.end() ? 1000 : width->second) * item.size / 1000.0;
    adjust(g.x_offset - carried_offset);
    codes += fmt::format("{:04X}", c);
    adjust(g.advance - natural);
    carried_offset = g.x_offset;
  }
  flush();
  return out + "]";
}

std::string render_text(const TextItem& item, const font::SubsetFont& subset) {
  return fmt::format("BT\n/F{} {} Tf\n{} rg\n1 0 0 1 {} {} Tm\n{} TJ\nET\n", item.font + 1,
                     pdf_number(item.size), pdf_color(item.color), pdf_number(item.x), pdf_number(item.y),
                     tj_array(item, subset));
}

}  // namespace

std::string pdf_number(double value) {
  std::string text = fmt::format("{:.3f}", value);
  while (text.back() == '0') text.pop_back();
  if (text.back() == '.') text.pop_back();
  return text == "-0" ? "0" : text;
}

std::string pdf_color(Color color) {
  return fmt::format("{} {} {}", pdf_number(color.r), pdf_number(color.g), pdf_number(color.b));
}

std::string render_content(const PageContent& page, const std::vector<font::SubsetFont>& subsets) {
  std::string out;
  for (const auto& item : page.items) {
    if (const auto* ops = std::get_if<std::string>(&item))
      out += *ops;
    else {
      const auto& text = std::get<TextItem>(item);
      out += render_text(text, subsets.at(text.font));
    }
  }
  return out;
}

}  // namespace cr::pdf
