#include "layout/render.hpp"

#include "layout/document_blocks.hpp"
#include "layout/page_loop.hpp"

namespace cr::layout {

pdf::DocumentInfo document_info(const report::Document& document, std::int64_t timestamp) {
  pdf::DocumentInfo info;
  const report::Metadata& m = document.metadata;
  info.title = m.title;
  info.author = m.organization;
  info.subject = m.subject;
  for (const std::string& keyword : m.keywords)
    info.keywords += (info.keywords.empty() ? "" : "，") + keyword;
  info.timestamp = timestamp;
  return info;
}

bool render_pdf(const report::Document& document, const PageStyle& style, const font::FontSet& fonts,
                const RenderOptions& options, std::string& bytes, LineList* lines,
                diag::Diagnostics& diagnostics) {
  bytes.clear();
  const std::size_t errors_before = diagnostics.error_count();
  std::vector<BlockPtr> blocks =
      document_blocks(document, style, fonts, {options.replace_missing}, diagnostics);
  if (diagnostics.error_count() > errors_before) return false;

  pdf::Writer writer(document_info(document, options.timestamp));
  if (options.archival != nullptr) writer.set_archival(*options.archival);
  LineList own_lines;
  Canvas canvas(writer, fonts, lines != nullptr ? *lines : own_lines);
  // Each page is drawn as soon as the page loop is done with it, and its blocks let go of their
  // shaped text then: what is shaped at any time is what the pages being laid out need, however
  // long the report.
  FlowFrame frame{[&style](std::size_t index) { return style.text_area(index); }, style.line_grid(),
                  style.two_sided()};
  std::size_t page_count = 0;
  paginate(blocks, frame, [&](std::size_t index, LaidPage page) {
    canvas.set_page(writer.add_page(style.page_size()));
    const double width = style.text_area(index).width;
    for (const PlacedBlock& block : page.blocks) block.block->draw(canvas, block.top_left, width);
    for (const PlacedBlock& block : page.blocks) block.block->release();
    if (page.numbered) style.decorate_page(canvas, index);
    if (lines == nullptr) own_lines.clear();  // no one asked for them: they go with their page
    page_count = index + 1;
  });
  writer.set_page_labels(style.page_labels(page_count));
  return writer.write(bytes, diagnostics);
}

}  // namespace cr::layout
