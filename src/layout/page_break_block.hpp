#pragma once
// A forced page break (report::PageBreak): the next block starts a new page.
#include "layout/block.hpp"

namespace cr::layout {

class PageBreakBlock : public Block {
 public:
  double wrap(double) override { return 0; }
  std::vector<BlockPtr> split(double, double) override { return {}; }
  void draw(Canvas&, pdf::Point, double) const override {}
  bool breaks_page() const override { return true; }
};

}  // namespace cr::layout
