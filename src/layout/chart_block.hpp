#pragma once
// A chart as a block, drawn with the writer's shapes: column charts (grouped bars), line charts
// and pie charts, with a caption, value labels, category labels and a legend in the chart-label
// role, so Chinese labels are shaped and subset like the text. A chart never splits.
#include "layout/block.hpp"
#include "layout/page_style.hpp"
#include "report/document.hpp"

namespace cr::layout {

class ChartBlock : public Block {
 public:
  ChartBlock(report::Chart chart, const PageStyle& style, const font::FontSet& fonts);

  double wrap(double width) override;
  std::vector<BlockPtr> split(double, double) override { return {}; }
  void draw(Canvas& canvas, pdf::Point top_left, double width) const override;
  double space_before() const override { return caption_.space_before; }
  double space_after() const override { return caption_.space_before; }

  static constexpr double plot_height = 170;  // points: the bars' area

 private:
  void draw_bars(Canvas& canvas, pdf::Rect plot, bool as_lines) const;
  void draw_pie(Canvas& canvas, pdf::Rect plot) const;
  void draw_legend(Canvas& canvas, double x, double y, double width) const;
  void label(Canvas& canvas, const std::string& text, double centre_x, double baseline) const;

  report::Chart chart_;
  TextStyle caption_, label_;
};

}  // namespace cr::layout
