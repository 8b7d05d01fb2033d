#pragma once
// A subset face written as a PDF Type0 font through PoDoFo's object API:
//   Type0 /Identity-H -> CIDFontType2 + FontFile2 (TrueType, CIDToGIDMap /Identity)
//                     or CIDFontType0 + FontFile3 /CIDFontType0C (CFF, drawn by CID)
// with a /W array of the drawn glyphs' widths and our own ToUnicode CMap. The base font name
// carries the six-letter subset tag ("ABCDEF+NotoSerifCJKsc-Regular").
#include <cstdint>
#include <map>
#include <string>

#include "font/face.hpp"
#include "font/subset.hpp"

namespace PoDoFo {
class PdfObject;
class PdfVecObjects;
}  // namespace PoDoFo

namespace cr::pdf {

// The /W array's text: consecutive codes grouped, "[1 [500 1000] 7 [1000]]".
std::string width_array(const std::map<std::uint32_t, int>& width_of);

// Creates the font's objects in `objects` and returns the Type0 font dictionary.
// `text_of_glyph` maps glyph IDs of the whole face to the characters they were drawn for.
// `with_cid_set`: the descriptor lists the program's CIDs in a /CIDSet (PDF/A-1b, cid_set.hpp).
PoDoFo::PdfObject* write_type0_font(PoDoFo::PdfVecObjects& objects, const font::Face& face,
                                    const font::SubsetFont& subset,
                                    const std::map<std::uint32_t, std::u32string>& text_of_glyph,
                                    bool with_cid_set = false);

}  // namespace cr::pdf
