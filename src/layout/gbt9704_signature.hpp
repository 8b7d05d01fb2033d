#pragma once
// 落款 of a document without a seal, as GB/T 9704-2012 7.3.5.2 places it: one blank grid line
// below the text, the organisation (发文机关署名) ending two characters from the right edge of
// the text area, and on the next line the date (成文日期) starting two characters right of the
// organisation's first character. When that would bring the date closer than two characters to
// the right edge, the date ends two characters from the edge and the organisation moves left to
// keep the two-character offset. The two lines stay together on one page, with the end of the
// text before them.
// With the office's seal, as 7.3.5.1 places a single organ's: the date ends four characters from
// the right edge, the organisation is centred over the date, and the seal, centred on the date,
// presses on both, its top half a line below the text (within the line the standard allows), the
// two lines below its centre; the block leaves the seal's space.
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

  static constexpr double seal_width_mm = 42;  // a county organ's seal is 42 mm across

  double wrap(double width) override;
  std::vector<BlockPtr> split(double, double) override { return {}; }
  void draw(Canvas& canvas, pdf::Point top_left, double width) const override;
  double space_before() const override { return sealed() ? 0 : style_.leading; }
  // A page of a document must carry text besides its 落款.
  bool keep_with_previous() const override { return true; }

  // Left ends of the organisation and the date on a line whose measure ends at `right`, given
  // their widths: the 7.3.5.2 rule, separate so that it can be checked without fonts.
  struct Placement {
    double organization_x = 0, date_x = 0;
  };
  static Placement place(double right, double organization_width, double date_width, double character);

  // With a seal `seal_height` high: the grid row (from the block's top) of the organisation (the
  // date is on the next), the seal's top, and the block's height in rows.
  struct SealedRows {
    int organization_row = 0;
    double seal_top = 0;
    int rows = 0;
  };
  static SealedRows sealed_rows(double seal_height, double pitch);
  static Placement place_sealed(double right, double organization_width, double date_width, double character);

 private:
  bool sealed() const { return !signature_.seal_png.empty(); }
  double seal_height() const;  // at seal_width_mm, in the PNG's proportions

  report::Signature signature_;
  TextStyle style_;
  double character_;
};

}  // namespace cr::layout
