#include "pdf/type0_font.hpp"

#include <cmath>

#include <fmt/format.h>
#include <podofo/podofo.h>

#include "pdf/cid_set.hpp"
#include "pdf/flate_stream.hpp"
#include "pdf/to_unicode.hpp"

namespace cr::pdf {
namespace {

using namespace PoDoFo;

PdfObject number(double value) { return PdfObject(static_cast<pdf_int64>(std::lround(value))); }

PdfArray widths(const std::map<std::uint32_t, int>& width_of) {
  PdfArray out;
  PdfArray group;
  std::int64_t next = -1;
  for (const auto& [code, width] : width_of) {
    if (static_cast<std::int64_t>(code) != next) {
      if (!group.empty()) out.push_back(group);
      group.Clear();
      out.push_back(PdfObject(static_cast<pdf_int64>(code)));
    }
    group.push_back(PdfObject(static_cast<pdf_int64>(width)));
    next = static_cast<std::int64_t>(code) + 1;
  }
  if (!group.empty()) out.push_back(group);
  return out;
}

PdfObject* font_descriptor(PdfVecObjects& objects, const font::Face& face, const font::SubsetFont& subset,
                           const PdfName& name, bool with_cid_set) {
  const auto& m = face.metrics();
  double scale = 1000.0 / m.units_per_em;
  PdfObject* file = objects.CreateObject();
  set_flate_stream(*file, subset.program);
  if (subset.outlines == font::Outlines::cff)
    file->GetDictionary().AddKey("Subtype", PdfName("CIDFontType0C"));
  else
    file->GetDictionary().AddKey("Length1", PdfObject(static_cast<pdf_int64>(subset.program.size())));

  PdfObject* descriptor = objects.CreateObject("FontDescriptor");
  auto& d = descriptor->GetDictionary();
  d.AddKey("FontName", name);
  d.AddKey("Flags", PdfObject(static_cast<pdf_int64>(4)));  // symbolic: the glyphs are not Latin-encoded
  PdfArray bbox;
  for (int v : {m.x_min, m.y_min, m.x_max, m.y_max}) bbox.push_back(number(v * scale));
  d.AddKey("FontBBox", bbox);
  d.AddKey("ItalicAngle", PdfObject(static_cast<pdf_int64>(0)));
  d.AddKey("Ascent", number(m.ascender * scale));
  d.AddKey("Descent", number(m.descender * scale));
  d.AddKey("CapHeight", number(m.cap_height * scale));
  d.AddKey("StemV", PdfObject(static_cast<pdf_int64>(80)));
  d.AddKey(subset.outlines == font::Outlines::cff ? "FontFile3" : "FontFile2", file->Reference());
  if (with_cid_set) {
    PdfObject* cid_set = objects.CreateObject();
    set_flate_stream(*cid_set, cid_set_bits(cids_of(subset)));
    d.AddKey("CIDSet", cid_set->Reference());
  }
  return descriptor;
}

std::map<std::uint32_t, std::u32string> text_by_code(
    const font::SubsetFont& subset, const std::map<std::uint32_t, std::u32string>& text_of_glyph) {
  std::map<std::uint32_t, std::u32string> out;
  for (const auto& [glyph, text] : text_of_glyph) {
    auto code = subset.code_of.find(glyph);
    if (code != subset.code_of.end()) out.emplace(code->second, text);
  }
  return out;
}

}  // namespace

std::string width_array(const std::map<std::uint32_t, int>& width_of) {
  std::string text;
  PdfVariant(widths(width_of)).ToString(text, ePdfWriteMode_Compact);
  return text;
}

PdfObject* write_type0_font(PdfVecObjects& objects, const font::Face& face, const font::SubsetFont& subset,
                            const std::map<std::uint32_t, std::u32string>& text_of_glyph, bool with_cid_set) {
  PdfName name(fmt::format("{}+{}", subset.tag, face.postscript_name()));
  bool cff = subset.outlines == font::Outlines::cff;

  PdfObject* cid_font = objects.CreateObject("Font");
  auto& c = cid_font->GetDictionary();
  c.AddKey("Subtype", PdfName(cff ? "CIDFontType0" : "CIDFontType2"));
  c.AddKey("BaseFont", name);
  PdfDictionary system_info;
  system_info.AddKey("Registry", PdfString("Adobe"));
  system_info.AddKey("Ordering", PdfString("Identity"));
  system_info.AddKey("Supplement", PdfObject(static_cast<pdf_int64>(0)));
  c.AddKey("CIDSystemInfo", system_info);
  c.AddKey("FontDescriptor", font_descriptor(objects, face, subset, name, with_cid_set)->Reference());
  c.AddKey("DW", PdfObject(static_cast<pdf_int64>(1000)));
  c.AddKey("W", widths(subset.width_of));
  if (!cff) c.AddKey("CIDToGIDMap", PdfName("Identity"));

  std::string cmap = to_unicode_cmap(text_by_code(subset, text_of_glyph));
  PdfObject* to_unicode = objects.CreateObject();
  set_flate_stream(*to_unicode, cmap);

  PdfObject* type0 = objects.CreateObject("Font");
  auto& t = type0->GetDictionary();
  t.AddKey("Subtype", PdfName("Type0"));
  t.AddKey("BaseFont", name);
  t.AddKey("Encoding", PdfName("Identity-H"));
  PdfArray descendants;
  descendants.push_back(cid_font->Reference());
  t.AddKey("DescendantFonts", descendants);
  t.AddKey("ToUnicode", to_unicode->Reference());
  return type0;
}

}  // namespace cr::pdf
