#include "font/face.hpp"

#include <atomic>
#include <cstdlib>

#include <hb-ot.h>
#include <hb.h>

namespace cr::font {
namespace {

std::string name_entry(hb_face_t* face, hb_ot_name_id_t id) {
  char buffer[256];
  unsigned size = sizeof buffer;
  unsigned length = hb_ot_name_get_utf8(face, id, hb_language_from_string("en", -1), &size, buffer);
  if (length == 0) {
    size = sizeof buffer;
    length = hb_ot_name_get_utf8(face, id, HB_LANGUAGE_INVALID, &size, buffer);
  }
  return std::string(buffer, size);
}

// PDF names of fonts: printable ASCII without delimiters or spaces.
std::string pdf_safe(std::string_view name) {
  std::string out;
  for (char c : name)
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_')
      out += c;
  return out.empty() ? std::string("Font") : out;
}

int int16_at(const char* data, unsigned length, unsigned offset) {
  if (offset + 2 > length) return 0;
  auto hi = static_cast<unsigned char>(data[offset]), lo = static_cast<unsigned char>(data[offset + 1]);
  return static_cast<std::int16_t>(static_cast<std::uint16_t>(hi << 8 | lo));
}

FaceMetrics read_metrics(hb_face_t* face, hb_font_t* font) {
  FaceMetrics m;
  m.units_per_em = static_cast<int>(hb_face_get_upem(face));
  hb_position_t value = 0;
  if (hb_ot_metrics_get_position(font, HB_OT_METRICS_TAG_HORIZONTAL_ASCENDER, &value)) m.ascender = value;
  if (hb_ot_metrics_get_position(font, HB_OT_METRICS_TAG_HORIZONTAL_DESCENDER, &value)) m.descender = value;
  m.cap_height = hb_ot_metrics_get_position(font, HB_OT_METRICS_TAG_CAP_HEIGHT, &value) && value > 0
                     ? value
                     : m.ascender;
  hb_blob_t* head = hb_face_reference_table(face, HB_TAG('h', 'e', 'a', 'd'));
  unsigned length = 0;
  const char* data = hb_blob_get_data(head, &length);
  if (length >= 44) {
    m.x_min = int16_at(data, length, 36);
    m.y_min = int16_at(data, length, 38);
    m.x_max = int16_at(data, length, 40);
    m.y_max = int16_at(data, length, 42);
  }
  hb_blob_destroy(head);
  return m;
}

bool has_table(hb_face_t* face, hb_tag_t tag) {
  hb_blob_t* blob = hb_face_reference_table(face, tag);
  bool present = hb_blob_get_length(blob) > 0;
  hb_blob_destroy(blob);
  return present;
}

}  // namespace

std::shared_ptr<Face> Face::open(const std::filesystem::path& file, unsigned index, Origin origin) {
  hb_blob_t* blob = hb_blob_create_from_file_or_fail(file.c_str());
  if (!blob) return nullptr;
  if (index >= hb_face_count(blob)) {
    hb_blob_destroy(blob);
    return nullptr;
  }
  std::shared_ptr<Face> f(new Face());
  f->file_ = file;
  f->index_ = index;
  f->origin_ = origin;
  f->blob_ = blob;
  f->face_ = hb_face_create(blob, index);
  f->font_ = hb_font_create(f->face_);
  hb_font_set_scale(f->font_, static_cast<int>(hb_face_get_upem(f->face_)),
                    static_cast<int>(hb_face_get_upem(f->face_)));
  if (hb_face_get_glyph_count(f->face_) == 0) return nullptr;
  f->outlines_ = has_table(f->face_, HB_TAG('C', 'F', 'F', ' ')) ? Outlines::cff : Outlines::truetype;
  f->metrics_ = read_metrics(f->face_, f->font_);
  f->family_ = name_entry(f->face_, HB_OT_NAME_ID_TYPOGRAPHIC_FAMILY);
  if (f->family_.empty()) f->family_ = name_entry(f->face_, HB_OT_NAME_ID_FONT_FAMILY);
  f->style_ = name_entry(f->face_, HB_OT_NAME_ID_TYPOGRAPHIC_SUBFAMILY);
  if (f->style_.empty()) f->style_ = name_entry(f->face_, HB_OT_NAME_ID_FONT_SUBFAMILY);
  f->postscript_name_ = pdf_safe(name_entry(f->face_, HB_OT_NAME_ID_POSTSCRIPT_NAME));
  f->bmp_glyphs_.reset(static_cast<std::uint32_t*>(std::calloc(0x10000, sizeof(std::uint32_t))));
  return f;
}

Face::~Face() {
  hb_font_destroy(font_);
  hb_face_destroy(face_);
  hb_blob_destroy(blob_);
}

void Face::FreeDeleter::operator()(std::uint32_t* p) const { std::free(p); }

std::optional<std::uint32_t> Face::glyph_for(char32_t cp) const {
  const auto lookup = [&]() -> std::optional<std::uint32_t> {
    hb_codepoint_t glyph = 0;
    if (!hb_font_get_nominal_glyph(font_, cp, &glyph) || glyph == 0) return std::nullopt;
    return glyph;
  };
  if (cp > 0xFFFF || !bmp_glyphs_) return lookup();
  // Relaxed atomics: two threads that race store the same answer.
  std::atomic_ref<std::uint32_t> slot(bmp_glyphs_[cp]);
  std::uint32_t known = slot.load(std::memory_order_relaxed);
  if (known == 0) {
    const auto glyph = lookup();
    known = glyph ? *glyph + 2 : 1;
    slot.store(known, std::memory_order_relaxed);
  }
  if (known == 1) return std::nullopt;
  return known - 2;
}

int Face::advance(std::uint32_t glyph) const { return hb_font_get_glyph_h_advance(font_, glyph); }

unsigned Face::glyph_count() const { return hb_face_get_glyph_count(face_); }

}  // namespace cr::font
