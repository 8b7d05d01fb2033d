#pragma once
// 版头 of a 公文 as GB/T 9704-2012 7.2 places it, from the top of the first page's text area:
// - 份号, 密级和保密期限 (黑体), 紧急程度 (黑体), 3号, flush left on the first grid lines, in that order;
// - 发文机关标志 in red (RGB 255, 0, 0) in the title's face (小标宋), centred, its top 35 mm below
//   the text area's top; joint issuers stacked, 文件 beside them, centred on the stack;
// - 发文字号 two blank lines below the mark, centred; for a report going up, one character in
//   from the left, on the line of the last 签发人 row, with "签发人：" (仿宋) and the names (楷体,
//   two a row, later rows under the first name) ending one character in from the right;
// - the red separator line as wide as the text area, 4 mm below the 发文字号.
// The block ends two blank lines below the line, where 7.3.1 puts the title.
#include <string>
#include <vector>

#include "font/role_fonts.hpp"
#include "layout/block.hpp"
#include "report/document.hpp"

namespace cr::layout {

class Gbt9704Masthead : public Block {
 public:
  static constexpr double mark_top_mm = 35;      // 7.2.4: the mark's top below the text area's top
  static constexpr double rule_gap_mm = 4;       // 7.2.7: the line below the 发文字号
  static constexpr double rule_width_mm = 0.5;   // the standard gives none; a firm line in print
  static constexpr double largest_mark = 42;     // 初号: the mark fills the width up to this size
  static constexpr double stack_advance = 1.25;  // joint issuers' lines, in the mark's size
  static constexpr pdf::Color red{1, 0, 0};

  // `pitch`: the grid's line pitch; `character`: its character pitch; `size`: 3号.
  Gbt9704Masthead(report::Masthead masthead, const font::FontSet& fonts, double pitch, double character,
                  double size);

  double wrap(double width) override;
  std::vector<BlockPtr> split(double, double) override { return {}; }
  void draw(Canvas& canvas, pdf::Point top_left, double width) const override;
  bool keep_with_next() const override { return true; }

  // Where things go, in points from the text area's top-left, at a text width `width`.
  struct Geometry {
    double mark_size = 0;        // the mark's font size
    double mark_top = 0;         // its em box's top
    double mark_bottom = 0;      // the last stacked line's em box bottom
    double number_line_top = 0;  // the grid-high line of the 发文字号 (and the last 签发人 row)
    double rule_y = 0;           // the red line's centre
    double height = 0;           // the block: two blank lines below the red line
  };
  // `name_ems`: the issuers' widths at size 1; `wenjian_em`: that of 文件.
  static Geometry geometry(const std::vector<double>& name_ems, double wenjian_em, std::size_t signer_rows,
                           double width, double pitch, double size);

 private:
  std::size_t signer_rows() const { return (masthead_.signers.size() + 1) / 2; }
  void draw_corner(Canvas& canvas, pdf::Point origin) const;
  void draw_mark(Canvas& canvas, pdf::Point origin, double width, const Geometry& g) const;
  void draw_number_line(Canvas& canvas, pdf::Point origin, double width, const Geometry& g) const;
  // The baseline of 3号 text set in the grid-high line starting at `top`.
  double baseline_in(double top) const { return top + (pitch_ - size_) / 2 + 0.88 * size_; }
  void text(Canvas& canvas, font::Role role, double size, const std::string& s, double x, double baseline,
            pdf::Color color = pdf::black) const;

  report::Masthead masthead_;
  const font::FontSet& fonts_;
  double pitch_, character_, size_;
  std::vector<double> name_ems_;
  double wenjian_em_ = 2;
};

}  // namespace cr::layout
