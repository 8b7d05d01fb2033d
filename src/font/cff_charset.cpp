#include "font/cff_charset.hpp"

#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_CID_H

#include <memory>

namespace cr::font {
namespace {

struct LibraryDone {
  void operator()(FT_Library library) const { FT_Done_FreeType(library); }
};
struct FaceDone {
  void operator()(FT_Face face) const { FT_Done_Face(face); }
};

}  // namespace

// FreeType reads a bare CFF table as a font of its own (its CFF driver takes "pure CFF"), and
// its parser is the one every desktop uses on untrusted fonts: the charset is asked of it, not
// parsed by hand.
std::optional<CffCharset> read_cff_charset(std::string_view cff) {
  FT_Library raw_library = nullptr;
  if (FT_Init_FreeType(&raw_library) != 0) return std::nullopt;
  std::unique_ptr<FT_LibraryRec_, LibraryDone> library(raw_library);
  FT_Face raw_face = nullptr;
  if (FT_New_Memory_Face(library.get(), reinterpret_cast<const FT_Byte*>(cff.data()),
                         static_cast<FT_Long>(cff.size()), 0, &raw_face) != 0)
    return std::nullopt;
  std::unique_ptr<FT_FaceRec_, FaceDone> face(raw_face);
  if (face->num_glyphs <= 0) return std::nullopt;
  CffCharset charset;
  FT_Bool cid_keyed = 0;
  charset.cid_keyed = FT_Get_CID_Is_Internally_CID_Keyed(face.get(), &cid_keyed) == 0 && cid_keyed;
  // For a CID-keyed CFF, FreeType counts glyphs up to the largest CID; the glyphs the font has
  // are those FreeType gives a CID, from 0 up to the first it refuses.
  for (FT_Long glyph = 0; glyph < face->num_glyphs; ++glyph) {
    FT_UInt cid = static_cast<FT_UInt>(glyph);
    if (charset.cid_keyed && FT_Get_CID_From_Glyph_Index(face.get(), static_cast<FT_UInt>(glyph), &cid) != 0)
      break;
    charset.cid_of.push_back(cid);
  }
  if (charset.cid_of.empty()) return std::nullopt;
  return charset;
}

}  // namespace cr::font
