#pragma once
// A paragraph shaped once: its runs (plain in the style's role, bold in its bold role) become
// HarfBuzz glyph runs and one text::LineItem per code point. Fitting into lines and drawing a
// line reuse that shaping, so a paragraph costs one shaping pass whatever the pages do.
#include <cstdint>
#include <string>
#include <vector>

#include "font/role_fonts.hpp"
#include "font/shaping.hpp"
#include "font/uncovered.hpp"
#include "layout/canvas.hpp"
#include "layout/text_style.hpp"
#include "report/document.hpp"
#include "text/line_fit.hpp"

namespace cr::layout {

class ShapedParagraph {
 public:
  // Characters no face of a run's role covers are drawn as 〓; uncovered() finds them. With
  // `whole_words`, lines break only between words and never inside one of those names (titles
  // and headings: text/word_break.hpp).
  ShapedParagraph(const font::FontSet& fonts, const std::vector<report::Run>& runs, const TextStyle& style,
                  const std::vector<std::u32string>* whole_words = nullptr);

  // The characters of `runs` that no face of a run's role covers (plain runs in the style's
  // role, bold runs in its bold role), each with its byte offset in the paragraph: what shaping
  // would set as 〓, found without shaping, so that a report can be checked whole before any of
  // it is laid out.
  static std::vector<font::MissingCharacter> uncovered(const font::FontSet& fonts,
                                                       const std::vector<report::Run>& runs,
                                                       const TextStyle& style);
  // The role a run is set in: the style's bold role for a bold run, else its role.
  static font::Role role_of(const report::Run& run, const TextStyle& style);

  const std::u32string& text() const { return text_; }
  const std::vector<text::LineItem>& items() const { return items_; }
  bool empty() const { return items_.empty(); }
  double em() const { return em_; }

  // Greedy lines for a measure of `width` with the first line indented by `first_line_indent`;
  // a last line of a single character is avoided by giving it one more from the line before,
  // except on a character grid, where every full line keeps its count of characters.
  std::vector<text::FittedLine> fit(double width, double first_line_indent) const;
  // Lines for a centred title at `width`: text::fit_balanced.
  std::vector<text::FittedLine> fit_balanced(double width) const;
  // The natural width of the whole text on one line.
  double natural_width() const;

  // The line's characters, trailing spaces dropped.
  std::string line_text(const text::FittedLine& line) const;
  // A list item's marker (● or （1）), set before its first line at `x`.
  struct Marker {
    std::string text;
    double x = 0;
    font::Role role = font::Role::body;
    double size = 16;
  };
  // Draws `line` with the measure's left edge at `left` and its baseline at `baseline`, spread
  // over the measure when `justify`, after `marker` when given; returns the line as laid (page
  // set by the canvas). Extractors read the line, marker and all, as its characters are written.
  LaidLine draw_line(Canvas& canvas, const text::FittedLine& line, const text::LineGeometry& geometry,
                     double left, double baseline, bool justify, const Marker* marker = nullptr) const;

 private:
  std::size_t letters(const text::FittedLine& line) const;
  // The actual-text spans of `line` (its items at `xs`, drawn up to `end`): the characters
  // on either side of each gap an extractor would read as a space.
  struct GapSpans {
    std::vector<int> of_item;         // per item from line.begin: its span, or -1
    std::vector<std::string> texts;   // per span: the characters as written
  };
  GapSpans gap_spans(const text::FittedLine& line, std::size_t end, const std::vector<double>& xs) const;
  // The faces a run is set in: the same for shaping and for uncovered().
  static const font::RoleFonts& chain_of(const font::FontSet& fonts, const report::Run& run,
                                         const TextStyle& style);

  struct GlyphRef {
    std::uint32_t run = 0, glyph = 0, item = 0;
  };
  std::u32string text_;
  std::vector<text::LineItem> items_;
  std::vector<font::GlyphRun> runs_;
  std::vector<GlyphRef> glyphs_;            // every glyph, in text order
  std::vector<std::uint32_t> first_glyph_;  // per item: index into glyphs_ of its first glyph
  double em_ = 16;
  bool character_grid_ = false;  // the style sets a character pitch (tracking)
};

}  // namespace cr::layout
