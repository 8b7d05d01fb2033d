#pragma once
// The font files of a folder: every file named like a font (.ttf, .otf, .ttc, .otc, in any letter
// case), sorted by name. In a campaign's fonts/ each follows the data files' rules
// (input/safe_path.hpp): campaign folders arrive from many offices, so a font file must resolve
// inside the campaign folder, be a regular file (a FIFO would hang the run, /dev/zero fill the
// memory) and be no larger than any real font.
#include <cstdint>
#include <filesystem>
#include <vector>

#include "diag/diagnostic.hpp"
#include "font/catalogue.hpp"

namespace cr::font {

// The largest font file read from a campaign's fonts/. The largest CJK collections (every weight
// of a pan-CJK family in one .ttc) are about 120 MB.
constexpr std::uint64_t max_font_file_bytes = 256ull * 1024 * 1024;

bool is_font_file(const std::filesystem::path& file);

// The font files of `folder` that may be read. When the folder is confined (a campaign's fonts/),
// a file that breaks the rules above is left out, with an error in `diagnostics` when given.
std::vector<std::filesystem::path> font_files(const FontFolder& folder, diag::Diagnostics* diagnostics);

}  // namespace cr::font
