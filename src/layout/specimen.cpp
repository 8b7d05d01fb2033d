#include "layout/specimen.hpp"

#include "layout/plain_flow.hpp"
#include "pdf/writer.hpp"

namespace cr::layout {

bool render_specimen(const font::FontSet& fonts, const std::vector<SpecimenSection>& sections,
                     const pdf::DocumentInfo& info, const SpecimenStyle& style, bool replace_missing,
                     std::string& bytes, diag::Diagnostics& diagnostics) {
  pdf::Writer writer(info);
  PlainFlow flow(writer, pdf::a4, style.margin);
  const double heading_leading = style.heading_size * style.line_spacing;
  const double text_leading = style.text_size * style.line_spacing;
  for (std::size_t i = 0; i < sections.size(); ++i) {
    const auto& section = sections[i];
    const auto& role = fonts.role(section.role);
    if (role.faces.empty()) continue;
    if (i > 0) flow.gap(style.text_size);
    flow.text(role, section.heading, style.heading_size, heading_leading, replace_missing);
    writer.add_outline(section.heading, flow.page(), flow.y() - heading_leading);
    if (!section.characters.empty())
      flow.text(role, section.characters, style.text_size, text_leading, replace_missing);
    if (section.role == font::Role::body)
      flow.text(role, specimen_test_line, style.text_size, text_leading, replace_missing);
  }
  return writer.write(bytes, diagnostics);
}

}  // namespace cr::layout
