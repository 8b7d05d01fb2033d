#pragma once
// The faces that can be found: font files in the campaign's fonts/ folder and the product's
// fonts/ folder (read with fontconfig's FreeType query, so any family name the file declares,
// Chinese or English, is known), then the system's fonts through fontconfig.
#include <filesystem>
#include <string>
#include <vector>

#include "diag/diagnostic.hpp"
#include "font/face.hpp"

namespace cr::font {

struct FaceEntry {
  std::filesystem::path file;
  unsigned index = 0;
  std::vector<std::string> families;  // every name the face declares, e.g. "LXGW WenKai", "霞鹜文楷"
  std::vector<std::string> styles;    // e.g. "Bold"; "Light", "Regular"
  int weight = 80;                    // fontconfig weight (80 regular, 200 bold)
  bool simplified_chinese = false;    // declares zh-cn support or an SC/CN/GB family name
  Origin origin = Origin::system;
};

struct FontFolder {
  std::filesystem::path path;
  Origin origin = Origin::fonts_folder;
  // The campaign folder, for a campaign's fonts/: its files are read only under the data files'
  // rules (font/font_files.hpp). Empty for the product's fonts/.
  std::filesystem::path confined_to;
};

// Every face in `folders` (in that order), then, when `with_system`, every system face.
// Deterministic: folder files sorted by name, system faces sorted by file and index.
// A file in a folder that has a font's name but no readable face is a "font-file-unreadable"
// warning in `diagnostics` (when given): an office that drops a damaged file learns why it is unused.
std::vector<FaceEntry> build_catalogue(const std::vector<FontFolder>& folders, bool with_system,
                                       diag::Diagnostics* diagnostics = nullptr);

// Appends every system face (fontconfig's list), sorted by file and index.
void append_system_faces(std::vector<FaceEntry>& catalogue);

}  // namespace cr::font
