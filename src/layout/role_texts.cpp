#include "layout/role_texts.hpp"

#include "layout/document_blocks.hpp"
#include "layout/shaped_paragraph.hpp"

namespace cr::layout {

void SetTexts::check(const std::vector<report::Run>& runs, const TextStyle& style,
                     const model::SourcePosition& origin) {
  const auto found = ShapedParagraph::uncovered(fonts_, runs, style);
  missing_.insert(missing_.end(), found.begin(), found.end());
  if (kept_ == nullptr) return;
  for (const report::Run& run : runs)
    if (!run.text.empty()) kept_->push_back({ShapedParagraph::role_of(run, style), run.text, origin});
}

std::vector<font::MissingCharacter> SetTexts::take_missing() {
  std::vector<font::MissingCharacter> taken;
  taken.swap(missing_);
  return taken;
}

std::vector<RoleText> role_texts(const report::Document& document, const PageStyle& style,
                                 const font::FontSet& fonts) {
  std::vector<RoleText> texts;
  diag::Diagnostics ignored;  // what cannot be set is for the caller to check, in the texts' roles
  BlockOptions options;
  options.kept_texts = &texts;
  document_blocks(document, style, fonts, options, ignored);
  // Both styles number pages "— N —" in the page-number role (decorate_page).
  texts.push_back({font::Role::page_number, page_number_label(0), {}});
  return texts;
}

}  // namespace cr::layout
