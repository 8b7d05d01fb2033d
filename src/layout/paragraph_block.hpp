#pragma once
// A paragraph (body, lead, source, list item, heading or title: they differ only in TextStyle)
// as a block: shaped once, when first measured, fitted once per width, split between lines so
// that neither part is a single orphan or widow line, drawn justified, ragged, centred or
// balanced. Shaping when the page loop first asks, rather than up front, keeps a long report's
// shaped text to the few pages being laid out and drawn.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "layout/block.hpp"
#include "layout/shaped_paragraph.hpp"

namespace cr::layout {

// A heading's entry in the outline, drawn with the block.
struct OutlineEntry {
  int level = 1;
  std::string title;
};

class ParagraphBlock : public Block {
 public:
  // `runs` are shaped with `fonts` when the block is first measured or drawn; `runs` and `fonts`
  // must outlive the block's use (they may be the Document's own runs, not owned).
  ParagraphBlock(const font::FontSet& fonts, std::shared_ptr<const std::vector<report::Run>> runs,
                 TextStyle style, TextKind kind);
  // A paragraph already shaped (a table's caption or note, shaped with its table).
  ParagraphBlock(std::shared_ptr<const ShapedParagraph> shaped, TextStyle style, TextKind kind);

  // A marker (● or （1）) set in the hanging indent before the first line: list items.
  void set_marker(std::string marker, double marker_width);
  void set_outline(OutlineEntry entry) { outline_ = std::move(entry); }
  void set_keep_with_next(bool keep) { keep_with_next_ = keep; }
  void set_keep_with_previous(bool keep) { keep_with_previous_ = keep; }
  // Lines break only between words, never inside these names (titles and headings); before
  // the block is first measured.
  void set_whole_words(std::shared_ptr<const std::vector<std::u32string>> names) { whole_words_ = std::move(names); }

  double wrap(double width) override;
  std::vector<BlockPtr> split(double width, double height) override;
  void draw(Canvas& canvas, pdf::Point top_left, double width) const override;
  double space_before() const override { return first_ > 0 ? 0 : style_.space_before; }
  double space_after() const override { return style_.space_after; }
  bool keep_with_next() const override { return keep_with_next_; }
  bool keep_with_previous() const override { return keep_with_previous_; }
  double lead_height(double width) override;
  void release() override {
    runs_.reset();
    shaped_.reset();
    fitted_.reset();
  }
  // Two lines at the foot as at the head: a paragraph of three lines or fewer gives none.
  double tail_height(double width) override { return lead_height(width); }

  // The lines as fitted at the last wrap() width (this part's lines only).
  std::size_t line_count() const { return last_ - first_; }

 private:
  // Shared by the parts of one paragraph: fitted once. The parts keep line ranges of this
  // fitting, so every page of a style must offer the same text width (both styles do).
  struct Fitted {
    double width = -1;
    std::vector<text::FittedLine> lines;
  };
  void ensure_fitted(double width);
  text::LineGeometry geometry(double width) const;
  // The shaped paragraph, shaped on the first call (also from draw(): a cache, hence mutable).
  const ShapedParagraph& shaped() const;

  const font::FontSet* fonts_ = nullptr;
  std::shared_ptr<const std::vector<report::Run>> runs_;   // what is shaped, on first need
  std::shared_ptr<const std::vector<std::u32string>> whole_words_;  // null: break as body text
  mutable std::shared_ptr<const ShapedParagraph> shaped_;  // shared by the parts of one paragraph
  std::shared_ptr<Fitted> fitted_;
  TextStyle style_;
  TextKind kind_;
  std::size_t first_ = 0, last_ = 0;  // this part's lines [first_, last_)
  bool whole_ = true;                 // not yet split: last_ follows the fitting
  std::string marker_;
  double marker_width_ = 0;
  std::optional<OutlineEntry> outline_;
  bool keep_with_next_ = false;
  bool keep_with_previous_ = false;
};

}  // namespace cr::layout
