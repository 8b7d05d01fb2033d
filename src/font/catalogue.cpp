#include "font/catalogue.hpp"

#include <fmt/format.h>
#include <fontconfig/fontconfig.h>
#include <algorithm>

#include "font/font_files.hpp"

namespace cr::font {
namespace {

std::vector<std::string> strings_of(FcPattern* pattern, const char* object) {
  std::vector<std::string> out;
  FcChar8* value = nullptr;
  for (int i = 0; FcPatternGetString(pattern, object, i, &value) == FcResultMatch; ++i)
    out.emplace_back(reinterpret_cast<const char*>(value));
  return out;
}

bool names_simplified_chinese(const std::string& family) {
  for (const char* mark : {" SC", " CN", "GB", "简", "SC ", "-SC", " Hans"})
    if (family.find(mark) != std::string::npos) return true;
  return false;
}

FaceEntry entry_of(FcPattern* pattern, Origin origin) {
  FaceEntry e;
  FcChar8* file = nullptr;
  if (FcPatternGetString(pattern, FC_FILE, 0, &file) == FcResultMatch)
    e.file = reinterpret_cast<const char*>(file);
  int value = 0;
  if (FcPatternGetInteger(pattern, FC_INDEX, 0, &value) == FcResultMatch)
    e.index = static_cast<unsigned>(value & 0xFFFF);
  if (FcPatternGetInteger(pattern, FC_WEIGHT, 0, &value) == FcResultMatch) e.weight = value;
  e.families = strings_of(pattern, FC_FAMILY);
  e.styles = strings_of(pattern, FC_STYLE);
  FcLangSet* langs = nullptr;
  e.simplified_chinese = FcPatternGetLangSet(pattern, FC_LANG, 0, &langs) == FcResultMatch &&
                         FcLangSetHasLang(langs, reinterpret_cast<const FcChar8*>("zh-cn")) == FcLangEqual;
  e.simplified_chinese =
      e.simplified_chinese || std::any_of(e.families.begin(), e.families.end(), names_simplified_chinese);
  e.origin = origin;
  return e;
}

void warn_unreadable(const std::filesystem::path& file, diag::Diagnostics* diagnostics) {
  if (!diagnostics) return;
  diagnostics->warning(
      file.string(), 0, 0, "font-file-unreadable",
      fmt::format("字体文件 {} 无法读取（不是有效的 .ttf、.otf、.ttc 或 .otc 字体），已跳过", file.string()),
      fmt::format("font file {} cannot be read (not a valid .ttf, .otf, .ttc or .otc font); skipped",
                  file.string()));
}

void add_folder(const FontFolder& folder, std::vector<FaceEntry>& out, diag::Diagnostics* diagnostics) {
  // A campaign's unsafe files were reported with its fonts.toml (load_font_config); here they
  // are only left out.
  for (const auto& file : font_files(folder, nullptr)) {
    FcFontSet* set = FcFontSetCreate();
    int count = 0;
    FcFreeTypeQueryAll(reinterpret_cast<const FcChar8*>(file.c_str()), static_cast<unsigned>(-1), nullptr,
                       &count, set);
    for (int i = 0; i < set->nfont; ++i) {
      FaceEntry e = entry_of(set->fonts[i], folder.origin);
      if ((e.index >> 16) == 0) out.push_back(std::move(e));  // skip named instances of variable fonts
    }
    if (set->nfont == 0) warn_unreadable(file, diagnostics);
    FcFontSetDestroy(set);
  }
}

constexpr const char* tex_font_folders[] = {"/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol"};

}  // namespace

// A configuration of our own, destroyed after use: fontconfig's implicit global one is never
// freed, which leak checkers report on every run.
void append_system_faces(std::vector<FaceEntry>& out) {
  FcConfig* config = FcInitLoadConfigAndFonts();
  if (!config) return;
  // Installed fonts that fontconfig's configuration does not scan: TeX Live's free 公文 faces
  // (FandolFang 仿宋, FandolKai 楷体, FandolHei 黑体, FandolSong 宋体, texlive-lang-chinese).
  for (const char* folder : tex_font_folders) {
    std::error_code ec;
    if (std::filesystem::is_directory(folder, ec))
      FcConfigAppFontAddDir(config, reinterpret_cast<const FcChar8*>(folder));
  }
  FcPattern* pattern = FcPatternCreate();
  FcObjectSet* objects =
      FcObjectSetBuild(FC_FILE, FC_INDEX, FC_FAMILY, FC_STYLE, FC_WEIGHT, FC_LANG, nullptr);
  FcFontSet* set = FcFontList(config, pattern, objects);
  std::vector<FaceEntry> system;
  for (int i = 0; set && i < set->nfont; ++i) {
    FaceEntry e = entry_of(set->fonts[i], Origin::system);
    if (is_font_file(e.file)) system.push_back(std::move(e));
  }
  std::sort(system.begin(), system.end(), [](const FaceEntry& a, const FaceEntry& b) {
    return std::tie(a.file, a.index) < std::tie(b.file, b.index);
  });
  out.insert(out.end(), system.begin(), system.end());
  if (set) FcFontSetDestroy(set);
  FcObjectSetDestroy(objects);
  FcPatternDestroy(pattern);
  FcConfigDestroy(config);
}

std::vector<FaceEntry> build_catalogue(const std::vector<FontFolder>& folders, bool with_system,
                                       diag::Diagnostics* diagnostics) {
  std::vector<FaceEntry> out;
  for (const auto& folder : folders) add_folder(folder, out, diagnostics);
  if (with_system) append_system_faces(out);
  return out;
}

}  // namespace cr::font
