#include "sign/signature_box.hpp"

#include <algorithm>
#include <ctime>
#include <map>
#include <set>
#include <stdexcept>

#include <fmt/format.h>
#include <podofo/podofo.h>

#include "font/subset.hpp"
#include "pdf/type0_font.hpp"
#include "text/utf8.hpp"

namespace cr::sign {
namespace {

using namespace PoDoFo;

constexpr double font_size = 9;      // points
constexpr double leading = 13;       // baseline to baseline
constexpr double padding = 5;        // frame to text
constexpr double frame_width = 0.5;  // the frame's line

struct Glyphs {
  std::set<std::uint32_t> ids;
  std::map<std::uint32_t, std::u32string> text_of;
};

Glyphs glyphs_of(const font::Face& face, const std::vector<std::u32string>& lines) {
  Glyphs glyphs;
  for (const auto& line : lines)
    for (char32_t cp : line) {
      const auto glyph = face.glyph_for(cp);
      if (!glyph)
        throw std::runtime_error(fmt::format("字体 {} 无字符 U+{:04X}", face.family(), static_cast<unsigned>(cp)));
      glyphs.ids.insert(*glyph);
      glyphs.text_of.emplace(*glyph, std::u32string(1, cp));
    }
  return glyphs;
}

// The line's codes as a hex string, and its width in points.
std::string shown(const font::Face& face, const font::SubsetFont& subset, const std::u32string& line,
                  double& width) {
  std::string hex;
  int units = 0;
  for (char32_t cp : line) {
    const std::uint32_t code = subset.code_of.at(*face.glyph_for(cp));
    hex += fmt::format("{:04X}", code);
    const auto w = subset.width_of.find(code);
    units += w == subset.width_of.end() ? 0 : w->second;
  }
  width = units * font_size / 1000.0;
  return hex;
}

std::string number(double v) { return fmt::format("{:.2f}", v); }

// The frame, then each line (`hex`: its codes) under the one before, black in DeviceRGB.
std::string drawing(const std::vector<std::string>& hex, const BoxPlacement& placement) {
  constexpr double ascent = 0.88;  // of the em: the first baseline below the padding
  const double inset = frame_width / 2;
  std::string content = fmt::format("q 0 0 0 RG {} w {} {} {} {} re S BT 0 0 0 rg /F0 {} Tf {} TL {} {} Td",
                                    number(frame_width), number(inset), number(inset),
                                    number(placement.width - frame_width), number(placement.height - frame_width),
                                    number(font_size), number(leading), number(padding),
                                    number(placement.height - padding - font_size * ascent));
  for (std::size_t i = 0; i < hex.size(); ++i) content += fmt::format("{}<{}> Tj", i == 0 ? " " : " T* ", hex[i]);
  return content + " ET Q";
}

}  // namespace

std::vector<std::string> box_lines(const std::string& signer, std::int64_t timestamp) {
  const std::time_t beijing = static_cast<std::time_t>(timestamp + 8 * 3600);
  std::tm t{};
  gmtime_r(&beijing, &t);
  return {"签名：" + signer, fmt::format("时间：{:04}-{:02}-{:02} {:02}:{:02} UTC+8", t.tm_year + 1900,
                                        t.tm_mon + 1, t.tm_mday, t.tm_hour, t.tm_min)};
}

PdfObject* write_box(PdfMemDocument& document, const BoxAnchor& anchor, const std::vector<std::string>& lines,
                     bool with_cid_set, BoxPlacement& placement) {
  const font::Face& face = *anchor.face;
  std::vector<std::u32string> texts;
  for (const auto& line : lines) texts.push_back(text::decode(line));
  const Glyphs glyphs = glyphs_of(face, texts);
  std::string error;
  const auto subset = font::subset_face(face, glyphs.ids, glyphs.text_of, error);
  if (!subset) throw std::runtime_error(error);
  PdfObject* font = pdf::write_type0_font(document.GetObjects(), face, *subset, glyphs.text_of, with_cid_set);

  std::vector<std::string> hex;
  double text_width = 0;
  for (const auto& text : texts) {
    double width = 0;
    hex.push_back(shown(face, *subset, text, width));
    text_width = std::max(text_width, width);
  }
  placement.width = text_width + 2 * padding;
  placement.height = leading * static_cast<double>(texts.size()) + 2 * padding - (leading - font_size);
  placement.left = std::max(anchor.left_limit, anchor.right - placement.width);
  placement.bottom = anchor.middle - placement.height / 2;

  const std::string content = drawing(hex, placement);
  PdfXObject appearance(PdfRect(0, 0, placement.width, placement.height), &document);
  TVecFilters none;
  appearance.GetObject()->GetStream()->Set(content.data(), static_cast<pdf_long>(content.size()), none);
  PdfDictionary fonts;
  fonts.AddKey("F0", font->Reference());
  appearance.GetResources()->GetDictionary().AddKey("Font", fonts);
  return appearance.GetObject();
}

}  // namespace cr::sign
