#pragma once
// One face of a font file (a .ttf, or one member of a .ttc/.otc collection), opened with
// HarfBuzz. Faces are shared (shared_ptr) between roles, the shaper and the PDF writer, which
// embeds each face it drew with once.
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

struct hb_blob_t;
struct hb_face_t;
struct hb_font_t;

namespace cr::font {

// Where a face was found, in the order of precedence.
enum class Origin { campaign_folder, fonts_folder, system };
// The outline format, which decides how the PDF embeds it (CIDFontType2 or CIDFontType0).
enum class Outlines { truetype, cff };

struct FaceMetrics {  // in font units
  int units_per_em = 1000;
  int ascender = 880, descender = -120, cap_height = 700;
  int x_min = 0, y_min = -120, x_max = 1000, y_max = 880;
};

class Face {
 public:
  // Opens face `index` of `file`; nullptr when the file cannot be read or has no such face.
  static std::shared_ptr<Face> open(const std::filesystem::path& file, unsigned index, Origin origin);
  ~Face();
  Face(const Face&) = delete;
  Face& operator=(const Face&) = delete;

  const std::filesystem::path& file() const { return file_; }
  unsigned index() const { return index_; }
  Origin origin() const { return origin_; }
  Outlines outlines() const { return outlines_; }
  const FaceMetrics& metrics() const { return metrics_; }
  // Family and style as the font's name table gives them (English names preferred).
  const std::string& family() const { return family_; }
  const std::string& style() const { return style_; }
  // The PostScript name, reduced to the characters a PDF font name may hold.
  const std::string& postscript_name() const { return postscript_name_; }

  // The glyph the font's cmap gives `cp`, or nullopt when the face does not cover it.
  // Answers for the Basic Multilingual Plane are remembered: every character of a report is
  // looked up before it is shaped, and a cmap lookup in a large CJK face costs hundreds of
  // instructions. Safe to call from several threads.
  std::optional<std::uint32_t> glyph_for(char32_t cp) const;
  bool covers(char32_t cp) const { return glyph_for(cp).has_value(); }
  // Horizontal advance of `glyph` in font units.
  int advance(std::uint32_t glyph) const;
  unsigned glyph_count() const;

  hb_face_t* hb_face() const { return face_; }
  // A HarfBuzz font scaled to font units (scale = units per em).
  hb_font_t* hb_font() const { return font_; }

 private:
  Face() = default;
  std::filesystem::path file_;
  unsigned index_ = 0;
  Origin origin_ = Origin::system;
  Outlines outlines_ = Outlines::truetype;
  FaceMetrics metrics_;
  std::string family_, style_, postscript_name_;
  hb_blob_t* blob_ = nullptr;
  hb_face_t* face_ = nullptr;
  hb_font_t* font_ = nullptr;
  // Per BMP code point: 0 not looked up yet, 1 not covered, else glyph + 2. Zeroed memory from
  // calloc: pages of code points never asked about are never touched.
  struct FreeDeleter {
    void operator()(std::uint32_t* p) const;
  };
  std::unique_ptr<std::uint32_t[], FreeDeleter> bmp_glyphs_;
};

using FacePtr = std::shared_ptr<const Face>;

}  // namespace cr::font
