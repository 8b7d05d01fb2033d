#pragma once
// A face cut down to the glyphs a document draws, with hb-subset, ready to embed in a PDF:
// TrueType faces (.ttf, members of .ttc) as a whole TrueType program (FontFile2), CFF faces
// (Noto CJK) as the bare CID-keyed CFF table (FontFile3 /CIDFontType0C). Layout tables the PDF
// never reads (GSUB, GPOS, GDEF, BASE, vertical metrics...) are dropped.
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>

#include "font/face.hpp"

namespace cr::font {

struct SubsetFont {
  Outlines outlines = Outlines::truetype;
  std::string program;  // the font program to embed
  // Glyph ID in the whole face -> the code a content stream draws it with (with Identity-H,
  // the CID): the subset's glyph ID for TrueType (CIDToGIDMap /Identity), the glyph's CID for CFF.
  std::map<std::uint32_t, std::uint32_t> code_of;
  // Code -> advance in PDF glyph space (1000 units per em), for the /W array.
  std::map<std::uint32_t, int> width_of;
  std::string tag;  // "ABCDEF": six capital letters, see subset_tag
};

// Subsets `face` to `glyphs` (glyph IDs of the whole face; .notdef is always kept).
// `text_of_glyph` (glyph -> the characters it was drawn for, may be empty) lets the subsetter
// look up those characters instead of walking the face's whole cmap when every glyph is its
// character's cmap glyph; the glyphs kept are the same either way.
// nullopt with `error` set when HarfBuzz refuses the face.
std::optional<SubsetFont> subset_face(const Face& face, const std::set<std::uint32_t>& glyphs,
                                      const std::map<std::uint32_t, std::u32string>& text_of_glyph,
                                      std::string& error);

// The subset tag readers show before a subset font's name: six capital letters derived
// deterministically from the face's PostScript name and the glyph set (same glyphs, same tag;
// different glyphs almost surely a different tag).
std::string subset_tag(std::string_view postscript_name, const std::set<std::uint32_t>& glyphs);

}  // namespace cr::font
