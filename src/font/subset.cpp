#include "font/subset.hpp"

#include <cmath>
#include <memory>

#include <hb-subset.h>
#include <hb.h>

#include "font/cff_charset.hpp"

namespace cr::font {
namespace {

constexpr hb_tag_t dropped_tables[] = {
    HB_TAG('G', 'S', 'U', 'B'), HB_TAG('G', 'P', 'O', 'S'), HB_TAG('G', 'D', 'E', 'F'),
    HB_TAG('B', 'A', 'S', 'E'), HB_TAG('J', 'S', 'T', 'F'), HB_TAG('M', 'A', 'T', 'H'),
    HB_TAG('v', 'h', 'e', 'a'), HB_TAG('v', 'm', 't', 'x'), HB_TAG('V', 'O', 'R', 'G'),
    HB_TAG('D', 'S', 'I', 'G'), HB_TAG('k', 'e', 'r', 'n'), HB_TAG('m', 'o', 'r', 'x'),
    HB_TAG('L', 'T', 'S', 'H'), HB_TAG('V', 'D', 'M', 'X'), HB_TAG('h', 'd', 'm', 'x'),
    HB_TAG('P', 'C', 'L', 'T'),
};

std::string blob_bytes(hb_blob_t* blob) {
  unsigned length = 0;
  const char* data = hb_blob_get_data(blob, &length);
  std::string out(data ? data : "", data ? length : 0);
  hb_blob_destroy(blob);
  return out;
}

// The subset's input: by glyph ID (hb-subset then walks the face's whole cmap to find their
// characters, 15 million instructions in an 18 MB CJK face), or, when every glyph is the cmap
// glyph of a character drawn, by those characters (a lookup each).
hb_subset_input_t* make_input(const std::set<std::uint32_t>& glyphs, const std::set<char32_t>* characters) {
  hb_subset_input_t* input = hb_subset_input_create_or_fail();
  if (!input) return nullptr;
  if (characters) {
    hb_set_t* unicodes = hb_subset_input_unicode_set(input);
    for (char32_t c : *characters) hb_set_add(unicodes, c);
  } else {
    hb_set_t* glyph_set = hb_subset_input_glyph_set(input);
    for (auto g : glyphs) hb_set_add(glyph_set, g);
  }
  hb_set_t* drop = hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG);
  for (auto tag : dropped_tables) hb_set_add(drop, tag);
  return input;
}

// The characters whose cmap glyphs are `glyphs`, .notdef aside; nullopt when a glyph is no
// character's (a ligature or a form chosen by the shaper) or its character is not known.
std::optional<std::set<char32_t>> characters_of(
    const Face& face, const std::set<std::uint32_t>& glyphs,
    const std::map<std::uint32_t, std::u32string>& text_of_glyph) {
  std::set<char32_t> out;
  for (std::uint32_t g : glyphs) {
    if (g == 0) continue;
    auto text = text_of_glyph.find(g);
    if (text == text_of_glyph.end() || text->second.size() != 1 || face.glyph_for(text->second[0]) != g)
      return std::nullopt;
    out.insert(text->second[0]);
  }
  return out;
}

// Fills code_of from the plan's glyph mapping; for CFF through the subset's charset (CIDs).
bool map_codes(const Face& face, const std::set<std::uint32_t>& glyphs, const hb_map_t* old_to_new,
               SubsetFont& out, std::string& error) {
  std::optional<CffCharset> charset;
  if (out.outlines == Outlines::cff) {
    charset = read_cff_charset(out.program);
    if (!charset) {
      error = "unreadable CFF charset in the subset";
      return false;
    }
  }
  double scale = 1000.0 / face.metrics().units_per_em;
  for (auto g : glyphs) {
    hb_codepoint_t new_gid = hb_map_get(old_to_new, g);
    if (new_gid == HB_MAP_VALUE_INVALID) continue;
    std::uint32_t code = new_gid;
    if (charset && new_gid >= charset->cid_of.size()) {
      error = "a glyph of the CFF subset has no CID";  // never drawn by a guessed code
      return false;
    }
    if (charset) code = charset->cid_of[new_gid];
    out.code_of[g] = code;
    out.width_of[code] = static_cast<int>(std::lround(face.advance(g) * scale));
  }
  return true;
}

}  // namespace

std::string subset_tag(std::string_view postscript_name, const std::set<std::uint32_t>& glyphs) {
  std::uint64_t hash = 14695981039346656037ull;  // FNV-1a: stable across runs and machines
  auto mix = [&](std::uint8_t byte) { hash = (hash ^ byte) * 1099511628211ull; };
  for (char c : postscript_name) mix(static_cast<std::uint8_t>(c));
  for (auto g : glyphs)
    for (int shift = 0; shift < 32; shift += 8) mix(static_cast<std::uint8_t>(g >> shift));
  std::string tag;
  for (int i = 0; i < 6; ++i) {
    tag += static_cast<char>('A' + hash % 26);
    hash /= 26;
  }
  return tag;
}

namespace {

struct PlanDeleter {
  void operator()(hb_subset_plan_t* p) const { hb_subset_plan_destroy(p); }
};
using Plan = std::unique_ptr<hb_subset_plan_t, PlanDeleter>;

// A plan for `kept` (glyph IDs, .notdef included), from `characters` when given; null when
// HarfBuzz refuses, or when the characters' plan would miss a glyph of `kept`.
Plan make_plan(const Face& face, const std::set<std::uint32_t>& kept, const std::set<char32_t>* characters) {
  hb_subset_input_t* input = make_input(kept, characters);
  Plan plan(input ? hb_subset_plan_create_or_fail(face.hb_face(), input) : nullptr);
  hb_subset_input_destroy(input);
  if (plan && characters) {
    const hb_map_t* old_to_new = hb_subset_plan_old_to_new_glyph_mapping(plan.get());
    for (auto g : kept)
      if (hb_map_get(old_to_new, g) == HB_MAP_VALUE_INVALID) return nullptr;
  }
  return plan;
}

}  // namespace

std::optional<SubsetFont> subset_face(const Face& face, const std::set<std::uint32_t>& glyphs,
                                      const std::map<std::uint32_t, std::u32string>& text_of_glyph,
                                      std::string& error) {
  std::set<std::uint32_t> kept = glyphs;
  kept.insert(0);
  const auto characters = characters_of(face, kept, text_of_glyph);
  Plan plan = characters ? make_plan(face, kept, &*characters) : nullptr;
  if (!plan) plan = make_plan(face, kept, nullptr);
  hb_face_t* result = plan ? hb_subset_plan_execute_or_fail(plan.get()) : nullptr;
  std::optional<SubsetFont> out;
  if (!result) {
    error = "HarfBuzz could not subset the face";
  } else {
    SubsetFont font;
    font.outlines = face.outlines();
    font.program = font.outlines == Outlines::cff
                       ? blob_bytes(hb_face_reference_table(result, HB_TAG('C', 'F', 'F', ' ')))
                       : blob_bytes(hb_face_reference_blob(result));
    font.tag = subset_tag(face.postscript_name(), kept);
    if (!font.program.empty() &&
        map_codes(face, kept, hb_subset_plan_old_to_new_glyph_mapping(plan.get()), font, error))
      out = std::move(font);
    else if (error.empty())
      error = "the subset is empty";
  }
  hb_face_destroy(result);
  return out;
}

}  // namespace cr::font
