#pragma once
// The font specimen (`campaign-report fonts DIR --specimen FILE.pdf`): on A4 pages, for each
// role, the face it resolved to, then every distinct character the role will set, in plain
// lines (layout/plain_flow.hpp: no line-breaking rules, a line is full when the next character
// does not fit); the body section ends with a test line of 𠮷, Latin, digits and 12.5%. It proves
// the whole font path (resolution, fallback, shaping, subsetting, Type0 fonts, ToUnicode) on the
// campaign's own characters.
#include <string>
#include <vector>

#include "diag/diagnostic.hpp"
#include "font/role_fonts.hpp"
#include "pdf/document_info.hpp"

namespace cr::layout {

struct SpecimenSection {
  font::Role role = font::Role::body;
  std::string heading;     // e.g. "正文　Noto Serif CJK SC Regular", set in the role's own font
  std::string characters;  // the distinct characters, in order of first use
};

// The test line the body section ends with.
inline constexpr const char* specimen_test_line = "𠮷 Latin Text 0123456789 12.5%";

struct SpecimenStyle {
  double heading_size = 12;
  double text_size = 16;
  double line_spacing = 1.6;  // from baseline to baseline, in multiples of the size
  double margin = 56.6929;    // 20 mm
};

// Lays the sections out and writes the PDF into `bytes`. False with diagnostics on failure.
bool render_specimen(const font::FontSet& fonts, const std::vector<SpecimenSection>& sections,
                     const pdf::DocumentInfo& info, const SpecimenStyle& style, bool replace_missing,
                     std::string& bytes, diag::Diagnostics& diagnostics);

}  // namespace cr::layout
