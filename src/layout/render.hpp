#pragma once
// The layout's entry point: a Document set in a page style and written as PDF bytes.
//
//   auto style = cr::layout::make_page_style("case");
//   cr::layout::RenderOptions options{.timestamp = epoch};
//   cr::layout::LineList lines;                       // optional: what was set where
//   std::string bytes;
//   if (cr::layout::render_pdf(document, *style, fonts, options, bytes, &lines, diagnostics))
//     cr::output::write_file_atomically(path, bytes, diagnostics);
//
// Pages hold what the page loop put on them; headings become outline entries (sections at the
// top level, program subsections under them), pages get labels, and the Info dictionary carries
// the report's title, organisation, subject and keywords in Chinese.
#include <cstdint>
#include <string>

#include "diag/diagnostic.hpp"
#include "font/role_fonts.hpp"
#include "layout/laid_line.hpp"
#include "layout/page_style.hpp"
#include "pdf/archival.hpp"
#include "report/document.hpp"

namespace cr::layout {

struct RenderOptions {
  std::int64_t timestamp = 0;    // seconds since 1970: CreationDate and ModDate
  bool replace_missing = false;  // draw 〓 for uncovered characters (a warning, not an error)
  const pdf::Archival* archival = nullptr;  // PDF/A level, profile, attachments; null: none
};

// Lays out and writes the PDF into `bytes`; `lines` (may be null) receives every line set.
// False, with diagnostics, when a character cannot be drawn (unless replaced) or writing fails.
bool render_pdf(const report::Document& document, const PageStyle& style, const font::FontSet& fonts,
                const RenderOptions& options, std::string& bytes, LineList* lines,
                diag::Diagnostics& diagnostics);

// The Info dictionary for `document`: title, author (the organisation), subject, keywords.
pdf::DocumentInfo document_info(const report::Document& document, std::int64_t timestamp);

}  // namespace cr::layout
