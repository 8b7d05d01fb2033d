#pragma once
// A block of the page flow, in the manner of ReportLab's flowables: it says how tall it is at a
// width (wrap), splits itself when only some height is left (split), and draws itself at a
// place (draw). The page loop (page_loop.hpp) knows nothing else about what a block holds.
#include <memory>
#include <vector>

#include "layout/canvas.hpp"
#include "pdf/geometry.hpp"

namespace cr::layout {

class Block;
using BlockPtr = std::unique_ptr<Block>;

class Block {
 public:
  virtual ~Block() = default;

  // Height at `width`, in points. Called before split() and draw() with the same width.
  virtual double wrap(double width) = 0;
  // Two parts, the first no taller than `height`, or nothing when the block cannot be split
  // there (too little room, or a split would leave a single line alone on either side).
  virtual std::vector<BlockPtr> split(double width, double height) = 0;
  // Draws the block with its top-left corner at `top_left` on the canvas's current page.
  virtual void draw(Canvas& canvas, pdf::Point top_left, double width) const = 0;

  // Space above and below, dropped at the top of a page; between blocks the larger one counts.
  virtual double space_before() const { return 0; }
  virtual double space_after() const { return 0; }
  // A heading: must stand on the same page as the start of what follows.
  virtual bool keep_with_next() const { return false; }
  // A 落款: must stand on the same page as the end of what precedes it.
  virtual bool keep_with_previous() const { return false; }
  // The least of this block that may follow a kept heading on its page: two lines of a
  // paragraph, the header and first row of a table; the whole block when it cannot split.
  virtual double lead_height(double width) { return wrap(width); }
  // The least of this block that may go ahead of a kept 落款 to the next page, as the height
  // this block gives up: two lines of a paragraph, the last row of a table (with its note); the
  // whole block when it cannot split.
  virtual double tail_height(double width) { return wrap(width); }
  // The 版记: its bottom on the text area's bottom edge of the page it goes on, after what
  // precedes it when there is room, else on a page of its own (page_loop.hpp).
  virtual bool at_foot() const { return false; }
  // A forced page break.
  virtual bool breaks_page() const { return false; }
  // Lets go of what measuring and drawing needed (shaped text, fitted lines) once the block is
  // drawn (its page is drawn as soon as it is laid out), or will not be drawn (the page loop
  // split it into parts that are): a long report's shaped paragraphs go page by page instead of
  // all staying to the end. Nothing may be called after.
  virtual void release() {}
};

}  // namespace cr::layout
