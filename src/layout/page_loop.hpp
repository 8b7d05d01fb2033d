#pragma once
// The page loop: fills the text area of page after page with blocks, knowing nothing about what
// they hold. A block that does not fit is split (the block decides where and whether), else it
// moves to the next page; a heading (keep_with_next) moves on unless the start of what follows
// fits after it; a block whose 落款 (keep_with_previous) does not fit after it gives the 落款 its
// last lines, or goes with it whole. Each block is wrapped once per page it is tried on: linear
// in the blocks.
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
};

struct FlowFrame {
  // The text area of page `index` (styles may differ between odd and even pages).
  std::function<pdf::Rect(std::size_t index)> text_area;
  // A line grid: block tops snap to multiples of it from the top of the text area.
  std::optional<double> grid;
};

// Lays out `blocks` (split parts are kept in `blocks` too, which therefore grows) into pages.
std::vector<LaidPage> paginate(std::vector<BlockPtr>& blocks, const FlowFrame& frame);

}  // namespace cr::layout
