#pragma once
// 落款 of a document without a seal, as GB/T 9704-2012 7.3.5.2 places it: one blank grid line
// below the text, the organisation (发文机关署名) ending two characters from the right edge of
// the text area, and on the next line the date (成文日期) starting two characters right of the
// organisation's first character. When that would bring the date closer than two characters to
// the right edge, the date ends two characters from the edge and the organisation moves left to
// keep the two-character offset. The two lines stay together on one page, with the end of the
// text before them.
#include <string>

#include "layout/block.hpp"
#include "layout/text_style.hpp"
#include "report/document.hpp"

namespace cr::layout {

class Gbt9704Signature : public Block {
 public:
  // `style`: the signature's text (size, role, grid leading); `character`: the character pitch
  // the offsets are counted in.
  Gbt9704Signature(report::Signature signature, TextStyle style, double character);

  double wrap(double width) override;
  std::vector<BlockPtr> split(double, double) override { return {}; }
  void draw(Canvas& canvas, pdf::Point top_left, double width) const override;
  double space_before() const override { return style_.leading; }
  // A page of a document must carry text besides its 落款.
  bool keep_with_previous() const override { return true; }

  // Left ends of the organisation and the date on a line whose measure ends at `right`, given
  // their widths: the 7.3.5.2 rule, separate so that it can be checked without fonts.
  struct Placement {
    double organization_x = 0, date_x = 0;
  };
  static Placement place(double right, double organization_width, double date_width, double character);

 private:
  report::Signature signature_;
  TextStyle style_;
  double character_;
};

}  // namespace cr::layout
