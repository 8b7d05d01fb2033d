#pragma once
// A table as a block: a caption above, header rows, body rows and a note below, ruled as a
// three-line table (三线表). Column widths come from the cells' measured widths; text columns
// wrap when the table would be too wide, figure columns (right-aligned) never do. It splits
// between rows only, and every part after the first repeats the header rows.
#include <memory>
#include <vector>

#include "layout/block.hpp"
#include "layout/page_style.hpp"
#include "layout/paragraph_block.hpp"
#include "layout/role_texts.hpp"
#include "report/document.hpp"

namespace cr::layout {

class TableBlock : public Block {
 public:
  // Shapes every cell at once; the cells, the caption and the note are checked through `texts`.
  TableBlock(const report::Table& table, const PageStyle& style, const font::FontSet& fonts, SetTexts& texts);

  void release() override {
    grid_.reset();
    caption_.reset();
    note_.reset();
  }
  double wrap(double width) override;
  std::vector<BlockPtr> split(double width, double height) override;
  void draw(Canvas& canvas, pdf::Point top_left, double width) const override;
  double space_before() const override { return space_before_; }
  double space_after() const override { return space_after_; }
  double lead_height(double width) override;
  double tail_height(double width) override;

 private:
  struct Cell {
    std::shared_ptr<const ShapedParagraph> text;
    TextStyle style;
    std::size_t column = 0, span = 1;
    std::vector<text::FittedLine> lines;
  };
  struct Row {
    std::vector<Cell> cells;
    bool header = false, group = false;
    double height = 0;
  };
  struct Grid {  // shared by the parts of one table
    std::vector<Row> header, body;
    std::vector<report::Align> alignment;
    std::vector<double> columns;  // widths at `width`
    double width = -1;
    double caption_height = 0, note_height = 0;
  };
  void ensure_laid(double width);
  double rows_height(std::size_t from, std::size_t to) const;
  double head_height() const;  // caption (first part only) and header rows
  void draw_row(Canvas& canvas, const Row& row, double x, double y) const;

  std::shared_ptr<Grid> grid_;
  std::shared_ptr<ParagraphBlock> caption_, note_;
  std::size_t first_ = 0, last_ = 0;  // this part's body rows
  double padding_ = 4, space_before_ = 0, space_after_ = 0;
};

}  // namespace cr::layout
