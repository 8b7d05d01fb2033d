#pragma once
// Document -> blocks in a page style: the title block, headings (numbered by the style, with an
// outline entry each), paragraphs, lists, tables and charts. Characters that no font of their
// role covers become diagnostics at the paragraph's narrative file and line, all of them here,
// before any page is laid out. Paragraphs are shaped later, when the page loop first measures
// them (tables and charts now), and refer to the Document's runs: it must outlive the blocks.
#include <vector>

#include "diag/diagnostic.hpp"
#include "font/role_fonts.hpp"
#include "layout/block.hpp"
#include "layout/page_style.hpp"
#include "layout/role_texts.hpp"
#include "report/document.hpp"

namespace cr::layout {

struct BlockOptions {
  bool replace_missing = false;  // --allow-missing-glyphs: 〓 drawn, a warning instead of an error
  std::vector<RoleText>* kept_texts = nullptr;  // receives every text set, in its role (role_texts)
};

std::vector<BlockPtr> document_blocks(const report::Document& document, const PageStyle& style,
                                      const font::FontSet& fonts, const BlockOptions& options,
                                      diag::Diagnostics& diagnostics);

}  // namespace cr::layout
