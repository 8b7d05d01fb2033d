#include "layout/render.hpp"

#include <unordered_set>

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

  FlowFrame frame{[&style](std::size_t index) { return style.text_area(index); }, style.line_grid()};
  const std::vector<LaidPage> pages = paginate(blocks, frame);
  std::unordered_set<const Block*> placed;
  for (const LaidPage& page : pages)
    for (const PlacedBlock& block : page.blocks) placed.insert(block.block);
  for (const BlockPtr& block : blocks)
    if (!placed.contains(block.get())) block->release();  // split into parts, which are drawn

  pdf::Writer writer(document_info(document, options.timestamp));
  LineList own_lines;
  Canvas canvas(writer, fonts, lines != nullptr ? *lines : own_lines);
  for (std::size_t index = 0; index < pages.size(); ++index) {
    canvas.set_page(writer.add_page(style.page_size()));
    const double width = style.text_area(index).width;
    for (const PlacedBlock& block : pages[index].blocks) block.block->draw(canvas, block.top_left, width);
    for (const PlacedBlock& block : pages[index].blocks) block.block->release();
    style.decorate_page(canvas, index, pages.size());
  }
  writer.set_page_labels(style.page_labels(pages.size()));
  return writer.write(bytes, diagnostics);
}

}  // namespace cr::layout
