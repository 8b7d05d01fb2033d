#include "layout/page_loop.hpp"

#include <cmath>
#include <deque>

namespace cr::layout {
namespace {

constexpr double tolerance = 1e-3;  // points: rounding of summed leadings

class Flow {
 public:
  Flow(std::vector<BlockPtr>& owned, const FlowFrame& frame, const PageSink& finished)
      : owned_(owned), frame_(frame), finished_(finished) {
    start_page();
  }

  void run(std::deque<Block*> queue) {
    while (!queue.empty()) {
      Block* block = queue.front();
      queue.pop_front();
      if (block->breaks_page()) {
        if (!page_.blocks.empty()) new_page();
        continue;
      }
      place(block, queue);
    }
    finished_(index_, std::move(page_));
  }

 private:
  void start_page() {
    page_ = {};
    area_ = frame_.text_area(index_);
    y_ = area_.y;
    last_space_after_ = 0;
  }
  // The page being filled is complete: it goes, and nothing on it is looked at again.
  void new_page() {
    finished_(index_, std::move(page_));
    ++index_;
    start_page();
  }
  bool at_top() const { return page_.blocks.empty(); }
  double top_of(const Block& block) const {
    return at_top() ? area_.y : top_after(y_, last_space_after_, block);
  }
  // The top of `block` below a block that ends at `y` with `space_after`.
  double top_after(double y, double space_after, const Block& block) const {
    y += std::max(block.space_before(), space_after);
    if (frame_.grid) y = area_.y + std::ceil((y - area_.y) / *frame_.grid - tolerance) * *frame_.grid;
    return y;
  }
  double bottom() const { return area_.y + area_.height; }

  // Where what must stand on one page with `block` at `top` ends: a run of kept headings with the
  // lead of what follows, and blocks that keep with the end of what precedes them (a 落款),
  // whole. The queue from `from` follows `block`.
  double kept_end(Block* block, double top, const std::deque<Block*>& queue, std::size_t from = 0) {
    double y = top + block->wrap(area_.width);
    Block* previous = block;
    for (std::size_t i = from; i < queue.size(); ++i) {
      Block* next = queue[i];
      if (next->breaks_page() || !(previous->keep_with_next() || next->keep_with_previous())) break;
      const double next_top = top_after(y, previous->space_after(), *next);
      if (next->keep_with_next() || next->keep_with_previous()) {
        y = next_top + next->wrap(area_.width);
        previous = next;
        continue;
      }
      // Kept by the heading above: its lead, unless it cannot also give a tail to a 落款 that
      // keeps with its end, which then comes here with all of it.
      const double lead = next->lead_height(area_.width);
      if (lead + next->tail_height(area_.width) <= next->wrap(area_.width) + tolerance)
        return next_top + lead;
      return kept_end(next, next_top, queue, i + 1);
    }
    return y;
  }

  void put(Block* block, double top, double height) {
    page_.blocks.push_back({block, {area_.x, top}});
    y_ = top + height;
    last_space_after_ = block->space_after();
  }

  // The first part of `block` split at `room` here, the rest first on the next page; false when
  // the block does not split there. The parts take the block's place: it lets go of what it held.
  bool put_split(Block* block, double top, double room, std::deque<Block*>& queue) {
    std::vector<BlockPtr> parts = block->split(area_.width, room);
    if (parts.size() != 2) return false;
    block->release();
    Block* first = parts[0].get();
    Block* rest = parts[1].get();
    for (auto& part : parts) owned_.push_back(std::move(part));
    put(first, top, first->wrap(area_.width));
    new_page();
    queue.push_front(rest);
    return true;
  }

  // The 版记: on this page's bottom edge when it fits below what is here, else on a page of its
  // own, the back of a sheet when printed on both sides (GB/T 9704 7.4.1, 7.5).
  void place_at_foot(Block* block) {
    const double height = block->wrap(area_.width);
    if (!at_top() && y_ > bottom() - height + tolerance) {
      new_page();
      if (frame_.two_sided && index_ % 2 == 0) {  // the front of a sheet: left blank
        page_.numbered = false;
        new_page();
        page_.numbered = false;
      }
    }
    put(block, bottom() - height, height);
  }

  void place(Block* block, std::deque<Block*>& queue) {
    if (block->at_foot()) return place_at_foot(block);
    const double top = top_of(*block);
    const double height = block->wrap(area_.width);
    if (kept_end(block, top, queue) <= bottom() + tolerance) return put(block, top, height);
    if (!block->keep_with_next()) {
      // When the block fits but a 落款 keeping with its end does not, the block's tail goes
      // ahead of the 落款 to the next page (its page ends early), so that the 落款 never stands
      // alone on a page.
      const bool fits = top + height <= bottom() + tolerance;
      const double room = fits ? height - block->tail_height(area_.width) : bottom() - top;
      if (put_split(block, top, room, queue)) return;
      // A block with no tail to give goes with the 落款, unless it would leave nothing or only
      // the heading kept with it behind: the 落款 then goes alone.
      if (fits && !at_top() && page_.blocks.back().block->keep_with_next()) return put(block, top, height);
    }
    // At the top of a page there is nothing better: a block taller than the page and unsplittable
    // overflows, a 落款 that does not fit after the block goes alone.
    if (at_top()) return put(block, top, height);
    new_page();
    place(block, queue);
  }

  std::vector<BlockPtr>& owned_;
  const FlowFrame& frame_;
  const PageSink& finished_;
  LaidPage page_;          // the page being filled
  std::size_t index_ = 0;  // its index
  pdf::Rect area_;
  double y_ = 0, last_space_after_ = 0;
};

}  // namespace

void paginate(std::vector<BlockPtr>& blocks, const FlowFrame& frame, const PageSink& finished) {
  std::deque<Block*> queue;
  for (const BlockPtr& block : blocks) queue.push_back(block.get());
  Flow flow(blocks, frame, finished);
  flow.run(std::move(queue));
}

std::vector<LaidPage> paginate(std::vector<BlockPtr>& blocks, const FlowFrame& frame) {
  std::vector<LaidPage> pages;
  paginate(blocks, frame, [&pages](std::size_t, LaidPage page) { pages.push_back(std::move(page)); });
  return pages;
}

}  // namespace cr::layout
