#pragma once
// 版记 of a 公文 as GB/T 9704-2012 7.4 places it, at the foot of the last page, one grid line
// per line of text, in 4号仿宋:
// - the first rule (0.35 mm) above the first element, the last (0.35 mm) on the text area's
//   bottom edge, a thin rule (0.25 mm) between 抄送 and the 印发 line, all as wide as the text area;
// - 抄送：and the organs, one character in from the left and the right, ending with 。, a
//   longer list continuing under the first name;
// - the 印发机关 one character in from the left, the 印发日期 with 印发 ending one character in
//   from the right, on one line above the last rule.
#include <memory>
#include <string>
#include <vector>

#include "layout/block.hpp"
#include "layout/paragraph_block.hpp"
#include "layout/text_style.hpp"
#include "report/document.hpp"

namespace cr::layout {

class Gbt9704Imprint : public Block {
 public:
  static constexpr double thick_rule_mm = 0.35;  // 7.4.1: the first and the last rule
  static constexpr double thin_rule_mm = 0.25;   // 7.4.1: the rule between

  // `style`: 4号 text on the grid's line pitch (its leading).
  Gbt9704Imprint(report::Imprint imprint, const font::FontSet& fonts, TextStyle style);

  double wrap(double width) override;
  std::vector<BlockPtr> split(double, double) override { return {}; }
  void draw(Canvas& canvas, pdf::Point top_left, double width) const override;
  bool at_foot() const override { return true; }
  void release() override;

  // The rules from the block's top, given the lines of 抄送 and whether there is a 印发 line.
  struct Rule {
    double y = 0;          // the rule's centre
    double thickness = 0;  // points
  };
  static std::vector<Rule> rules(std::size_t cc_lines, bool printed, double pitch);

  // "抄送：" and the organs, ending with 。.
  static std::string cc_text(const std::vector<std::string>& cc);

 private:
  std::size_t cc_lines(double width);
  double inner(double width) const { return width - 2 * style_.size; }  // one character in each side

  report::Imprint imprint_;
  const font::FontSet& fonts_;
  TextStyle style_;
  std::unique_ptr<ParagraphBlock> cc_;  // the organs, 抄送： hanging before them
};

}  // namespace cr::layout
