#pragma once
// The page loop: fills the text area of page after page with blocks, knowing nothing about what
// they hold. A block that does not fit is split (the block decides where and whether), else it
// moves to the next page; a heading (keep_with_next) moves on unless the start of what follows
// fits after it; a block whose 落款 (keep_with_previous) does not fit after it gives the 落款 its
// last lines, or goes with it whole; a block at the foot (the 版记) sits on the last page's bottom
// edge. Each block is wrapped once per page it is tried on: linear in the blocks. A page is handed over as soon as the loop moves on from it, so that it can be
// drawn and its blocks' shaped text let go while later pages are still to be laid out.
#include <cstddef>
#include <functional>
#include <optional>
#include <vector>

#include "layout/block.hpp"

namespace cr::layout {

struct PlacedBlock {
  Block* block = nullptr;
  pdf::Point top_left;
};

struct LaidPage {
  std::vector<PlacedBlock> blocks;
  bool numbered = true;  // false: a blank page before a 版记 page, and that page (GB/T 9704 7.5)
};

struct FlowFrame {
  // The text area of page `index` (styles may differ between odd and even pages).
  std::function<pdf::Rect(std::size_t index)> text_area;
  // A line grid: block tops snap to multiples of it from the top of the text area.
  std::optional<double> grid;
  // Printed on both sides: a block at the foot that needs a page of its own goes on the back of
  // a sheet (an even page), a blank page before it if need be, and neither page is numbered.
  bool two_sided = false;
};

// Receives page `index` (from 0, in order, each once) when nothing more will go on it: the loop
// asks its blocks nothing after that, so they may be drawn and released at once. The loop looks
// ahead only at blocks not yet placed, and back only at the page being filled.
using PageSink = std::function<void(std::size_t index, LaidPage page)>;

// Lays out `blocks` (split parts are kept in `blocks` too, which therefore grows) into pages,
// handing each to `finished` as it is complete, the last one (possibly empty, after a trailing
// page break) at the end. A block split into parts is released as it splits: the parts, which
// share what it held, take its place.
void paginate(std::vector<BlockPtr>& blocks, const FlowFrame& frame, const PageSink& finished);
// The same, all pages at once.
std::vector<LaidPage> paginate(std::vector<BlockPtr>& blocks, const FlowFrame& frame);

}  // namespace cr::layout
