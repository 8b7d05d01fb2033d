#include "font/shaping.hpp"

#include <hb.h>

#include <memory>

#include "text/utf8.hpp"

namespace cr::font {
namespace {

struct Segment {
  std::size_t face = 0;  // index into RoleFonts::faces
  std::size_t begin = 0, end = 0;
  bool replaced = false;  // the segment is one uncovered character shown as 〓
};

// Splits text into runs of one face each: every character from the first face of the chain that
// covers it; characters that need no glyph, and spaces the current face has, stay in the run.
// The characters no face covers go to `missing`, by the rule uncovered() applies (a test holds
// the two to it).
std::vector<Segment> segment(const RoleFonts& fonts, std::string_view text, const ShapeOptions& options,
                             std::vector<MissingCharacter>& missing) {
  std::vector<Segment> out;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t start = pos;
    auto cp = text::next_code_point(text, pos);
    if (!cp) {
      ++pos;
      continue;
    }
    std::size_t face = out.empty() ? 0 : out.back().face;
    bool replaced = false;
    bool space = *cp == U' ' || *cp == U'\u3000';
    bool stays = !out.empty() && !out.back().replaced &&
                 (needs_no_glyph(*cp) || (space && fonts.faces[face]->covers(*cp)));
    if (!stays && !needs_no_glyph(*cp)) {
      face = fonts.face_for(*cp);
      if (face == fonts.faces.size()) {
        missing.push_back({*cp, start});
        replaced = options.replace_missing;
        face = replaced ? fonts.face_for(replacement_mark) : 0;
        if (face == fonts.faces.size()) face = 0;
      }
    }
    if (!out.empty() && out.back().face == face && !replaced && !out.back().replaced)
      out.back().end = pos;
    else
      out.push_back({face, start, pos, replaced});
  }
  return out;
}

// One HarfBuzz buffer per thread, cleared between segments: a report shapes thousands of them.
struct BufferDeleter {
  void operator()(hb_buffer_t* b) const { hb_buffer_destroy(b); }
};

hb_buffer_t* shaping_buffer() {
  thread_local std::unique_ptr<hb_buffer_t, BufferDeleter> buffer(hb_buffer_create());
  hb_buffer_clear_contents(buffer.get());
  return buffer.get();
}

GlyphRun shape_segment(const FacePtr& face, std::string_view text, const Segment& seg, double size) {
  static const hb_language_t chinese = hb_language_from_string("zh-Hans", -1);
  hb_buffer_t* buffer = shaping_buffer();
  if (seg.replaced) {
    std::string mark;
    text::append_utf8(mark, replacement_mark);
    hb_buffer_add_utf8(buffer, mark.data(), static_cast<int>(mark.size()), 0, -1);
  } else {
    hb_buffer_add_utf8(buffer, text.data(), static_cast<int>(text.size()), static_cast<unsigned>(seg.begin),
                       static_cast<int>(seg.end - seg.begin));
  }
  hb_buffer_set_direction(buffer, HB_DIRECTION_LTR);
  hb_buffer_set_language(buffer, chinese);
  hb_buffer_guess_segment_properties(buffer);
  hb_shape(face->hb_font(), buffer, nullptr, 0);

  unsigned count = 0;
  const hb_glyph_info_t* info = hb_buffer_get_glyph_infos(buffer, &count);
  const hb_glyph_position_t* pos = hb_buffer_get_glyph_positions(buffer, &count);
  GlyphRun run;
  run.face = face;
  run.size = size;
  run.begin = seg.begin;
  run.end = seg.end;
  run.text = std::string(text.substr(seg.begin, seg.end - seg.begin));
  double scale = size / face->metrics().units_per_em;
  run.glyphs.reserve(count);
  for (unsigned i = 0; i < count; ++i) {
    auto cluster = seg.replaced ? static_cast<std::uint32_t>(seg.begin) : info[i].cluster;
    run.glyphs.push_back({info[i].codepoint, cluster, pos[i].x_advance * scale, pos[i].x_offset * scale,
                          pos[i].y_offset * scale});
  }
  return run;
}

}  // namespace

bool needs_no_glyph(char32_t cp) {
  return cp < 0x20 || (cp >= 0x7F && cp < 0xA0) || (cp >= 0x200B && cp <= 0x200F) ||
         (cp >= 0x2060 && cp <= 0x206F) || (cp >= 0xFE00 && cp <= 0xFE0F) || cp == 0xFEFF ||
         (cp >= 0xE0100 && cp <= 0xE01EF);
}

double GlyphRun::width() const {
  double w = 0;
  for (const auto& g : glyphs) w += g.advance;
  return w;
}

std::string_view GlyphRun::characters_of(std::size_t i) const {
  if (i >= glyphs.size()) return {};
  std::uint32_t cluster = glyphs[i].cluster;
  if (i > 0 && glyphs[i - 1].cluster == cluster) return {};
  std::size_t next = end;
  for (const auto& g : glyphs)
    if (g.cluster > cluster && g.cluster < next) next = g.cluster;
  if (cluster < begin || next > end || cluster >= next) return {};
  return std::string_view(text).substr(cluster - begin, next - cluster);
}

GlyphRun GlyphRun::slice(std::size_t first, std::size_t last) const {
  GlyphRun out;
  out.face = face;
  out.size = size;
  if (first >= last || last > glyphs.size()) {
    out.begin = out.end = begin;
    return out;
  }
  out.glyphs.assign(glyphs.begin() + static_cast<std::ptrdiff_t>(first),
                    glyphs.begin() + static_cast<std::ptrdiff_t>(last));
  out.begin = end;
  out.end = begin;
  for (const auto& g : out.glyphs) out.begin = std::min<std::size_t>(out.begin, g.cluster);
  out.end = last < glyphs.size() ? glyphs[last].cluster : end;
  for (std::size_t i = last; i < glyphs.size(); ++i)
    out.end = std::min<std::size_t>(out.end, glyphs[i].cluster);
  if (out.end < out.begin) out.end = out.begin;
  out.text = text.substr(out.begin - begin, out.end - out.begin);
  return out;
}

double ShapedText::width() const {
  double w = 0;
  for (const auto& run : runs) w += run.width();
  return w;
}

ShapedText shape(const RoleFonts& fonts, std::string_view text, const ShapeOptions& options) {
  ShapedText out;
  if (fonts.faces.empty() || text.empty()) return out;
  for (const auto& seg : segment(fonts, text, options, out.missing))
    out.runs.push_back(shape_segment(fonts.faces[seg.face], text, seg, options.size));
  return out;
}

double measure(const RoleFonts& fonts, std::string_view text, double size) {
  return shape(fonts, text, ShapeOptions{size, false}).width();
}

}  // namespace cr::font
