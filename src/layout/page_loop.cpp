#include "layout/page_loop.hpp"

#include <cmath>
#include <deque>

namespace cr::layout {
namespace {

constexpr double tolerance = 1e-3;  // points: rounding of summed leadings

class Flow {
 public:
  Flow(std::vector<BlockPtr>& owned, const FlowFrame& frame) : owned_(owned), frame_(frame) { new_page(); }

  void run(std::deque<Block*> queue) {
    while (!queue.empty()) {
      Block* block = queue.front();
      queue.pop_front();
      if (block->breaks_page()) {
        if (!pages_.back().blocks.empty()) new_page();
        continue;
      }
      place(block, queue);
    }
  }

  std::vector<LaidPage> pages() { return std::move(pages_); }

 private:
  void new_page() {
    pages_.emplace_back();
    area_ = frame_.text_area(pages_.size() - 1);
    y_ = area_.y;
    last_space_after_ = 0;
  }
  bool at_top() const { return pages_.back().blocks.empty(); }
  double top_of(const Block& block) const {
    if (at_top()) return area_.y;
    double y = y_ + std::max(block.space_before(), last_space_after_);
    if (frame_.grid) y = area_.y + std::ceil((y - area_.y) / *frame_.grid - tolerance) * *frame_.grid;
    return y;
  }
  double bottom() const { return area_.y + area_.height; }

  // Height needed by a run of kept headings starting at `block` and the lead of what follows.
  double kept_height(Block* block, const std::deque<Block*>& queue) {
    double height = block->wrap(area_.width);
    Block* previous = block;
    for (Block* next : queue) {
      if (!previous->keep_with_next() || next->breaks_page()) break;
      height += std::max(previous->space_after(), next->space_before());
      if (!next->keep_with_next()) return height + next->lead_height(area_.width);
      height += next->wrap(area_.width);
      previous = next;
    }
    return height;
  }

  void put(Block* block, double top, double height) {
    pages_.back().blocks.push_back({block, {area_.x, top}});
    y_ = top + height;
    last_space_after_ = block->space_after();
  }

  void place(Block* block, std::deque<Block*>& queue) {
    const double top = top_of(*block);
    const double height = block->wrap(area_.width);
    const double needed = block->keep_with_next() ? kept_height(block, queue) : height;
    if (top + needed <= bottom() + tolerance) return put(block, top, height);
    if (!block->keep_with_next()) {
      std::vector<BlockPtr> parts = block->split(area_.width, bottom() - top);
      if (parts.size() == 2) {
        Block* first = parts[0].get();
        Block* rest = parts[1].get();
        for (auto& part : parts) owned_.push_back(std::move(part));
        put(first, top, first->wrap(area_.width));
        new_page();
        queue.push_front(rest);
        return;
      }
    }
    if (at_top()) return put(block, top, height);  // taller than a page and unsplittable: overflow
    new_page();
    place(block, queue);
  }

  std::vector<BlockPtr>& owned_;
  const FlowFrame& frame_;
  std::vector<LaidPage> pages_;
  pdf::Rect area_;
  double y_ = 0, last_space_after_ = 0;
};

}  // namespace

std::vector<LaidPage> paginate(std::vector<BlockPtr>& blocks, const FlowFrame& frame) {
  std::deque<Block*> queue;
  for (const BlockPtr& block : blocks) queue.push_back(block.get());
  Flow flow(blocks, frame);
  flow.run(std::move(queue));
  return flow.pages();
}

}  // namespace cr::layout
