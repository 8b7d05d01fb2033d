#pragma once
// The CID of each glyph of a CID-keyed CFF font, read from its charset through FreeType
// (FT_Get_CID_From_Glyph_Index). hb-subset renumbers the glyphs of a CFF font but keeps their
// CIDs, and a PDF CIDFontType0 finds glyphs by CID: the codes drawn must be these CIDs, not the
// subset's glyph IDs.
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace cr::font {

struct CffCharset {
  bool cid_keyed = false;             // the Top DICT has a ROS operator
  std::vector<std::uint32_t> cid_of;  // by glyph ID; for a name-keyed font, the glyph ID itself
};

// Reads a bare CFF table; nullopt when FreeType cannot read it (malformed).
std::optional<CffCharset> read_cff_charset(std::string_view cff);

}  // namespace cr::font
