#include "layout/shaped_paragraph.hpp"

#include <algorithm>
#include <memory>
#include <span>

#include "text/line_spacing.hpp"
#include "text/utf8.hpp"
#include "text/word_break.hpp"

namespace cr::layout {
namespace {

// Moves a run shaped on its own to its place in the paragraph's text.
void shift(font::GlyphRun& run, std::size_t base) {
  run.begin += base;
  run.end += base;
  for (font::ShapedGlyph& glyph : run.glyphs) glyph.cluster += static_cast<std::uint32_t>(base);
}

// Chinese quotation marks take a full em (GB/T 15834); some faces (LXGW WenKai) give them a
// Western, proportional width. Widen such a glyph to the em, its ink kept on the side next to
// the quoted text: opening marks on the right of the box, closing marks on the left.
void widen_quotation_mark(char32_t cp, font::ShapedGlyph& glyph, double em) {
  const bool opening = cp == U'\u201C' || cp == U'\u2018';
  const bool closing = cp == U'\u201D' || cp == U'\u2019';
  if ((!opening && !closing) || glyph.advance >= 0.75 * em) return;
  if (opening) glyph.x_offset += em - glyph.advance;
  glyph.advance = em;
}

// Two full-width marks in a row would leave a full em of blank between their inks (，“ or ）。);
// clreq sets the first at half width when its blank half faces the second, and the second at
// half width when both are opening marks (（“), its blank left half removed.
void compress_pair(char32_t cp, char32_t next, font::ShapedGlyph& glyph, double em) {
  using text::Compression;
  if (text::compression_of(cp) == Compression::none || text::compression_of(next) == Compression::none)
    return;
  if (glyph.advance < 0.9 * em) return;
  if (!text::is_opening_mark(cp)) glyph.advance = em / 2;
}

void compress_after_opening(char32_t previous, char32_t cp, font::ShapedGlyph& glyph, double em) {
  if (!text::is_opening_mark(previous) || !text::is_opening_mark(cp) || glyph.advance < 0.9 * em) return;
  glyph.advance = em / 2;
  glyph.x_offset -= em / 2;
}

// Extractors read a gap of about a tenth of an em between glyphs as a space (poppler, MuPDF):
// the characters on either side of a gap of more than half that carry their actual text.
constexpr double visible_gap_ems = 0.05;
// Gap spans this many characters apart or closer are made one.
constexpr std::size_t merged_span_gap = 8;

}  // namespace

const font::RoleFonts& ShapedParagraph::chain_of(const font::FontSet& fonts, const report::Run& run,
                                                 const TextStyle& style) {
  return fonts.role(role_of(run, style));
}

font::Role ShapedParagraph::role_of(const report::Run& run, const TextStyle& style) {
  return run.style == report::Run::Style::bold ? style.bold_role : style.role;
}

std::vector<font::MissingCharacter> ShapedParagraph::uncovered(const font::FontSet& fonts,
                                                               const std::vector<report::Run>& runs,
                                                               const TextStyle& style) {
  std::vector<font::MissingCharacter> missing;
  std::size_t base = 0;
  for (const report::Run& run : runs) {
    for (const font::MissingCharacter& m : font::uncovered(chain_of(fonts, run, style), run.text))
      missing.push_back({m.code_point, m.offset + base, m.role});
    base += run.text.size();
  }
  return missing;
}

ShapedParagraph::ShapedParagraph(const font::FontSet& fonts, const std::vector<report::Run>& runs,
                                 const TextStyle& style, const std::vector<std::u32string>* whole_words)
    : em_(style.size), character_grid_(style.tracking != 0) {
  std::vector<std::size_t> byte_of;  // per code point: its byte offset in the paragraph
  std::size_t base = 0;
  for (const report::Run& run : runs) {
    if (run.text.empty()) continue;
    for (std::size_t pos = 0; pos < run.text.size();) {
      byte_of.push_back(base + pos);
      auto cp = text::next_code_point(run.text, pos);
      if (!cp) {
        ++pos;
        cp = U'\uFFFD';
      }
      text_.push_back(*cp);
    }
    const font::RoleFonts& chain = chain_of(fonts, run, style);
    if (!chain.faces.empty()) {
      font::ShapedText shaped = font::shape(chain, run.text, {style.size, true});
      for (font::GlyphRun& glyph_run : shaped.runs) {
        shift(glyph_run, base);
        runs_.push_back(std::move(glyph_run));
      }
    }
    base += run.text.size();
  }

  std::vector<double> advances(text_.size(), 0.0);
  auto cluster_starts = std::make_unique<bool[]>(text_.size());
  for (std::uint32_t r = 0; r < runs_.size(); ++r) {
    auto& glyphs = runs_[r].glyphs;
    for (std::uint32_t g = 0; g < glyphs.size(); ++g) {
      auto at = std::upper_bound(byte_of.begin(), byte_of.end(), std::size_t{glyphs[g].cluster});
      const auto item = static_cast<std::uint32_t>(at == byte_of.begin() ? 0 : at - byte_of.begin() - 1);
      widen_quotation_mark(text_[item], glyphs[g], em_);
      const bool first_of_item = advances[item] == 0;
      if (first_of_item && item + 1 < text_.size())
        compress_pair(text_[item], text_[item + 1], glyphs[g], em_);
      if (first_of_item && item > 0) compress_after_opening(text_[item - 1], text_[item], glyphs[g], em_);
      if (first_of_item) glyphs[g].advance += style.tracking;  // the style's character pitch
      advances[item] += glyphs[g].advance;
      cluster_starts[item] = true;
      glyphs_.push_back({r, g, item});
    }
  }
  items_ = text::line_items(text_, advances, em_, std::span<const bool>(cluster_starts.get(), text_.size()));
  if (!style.han_western_gap)
    for (text::LineItem& item : items_) item.gap_before = 0;
  if (whole_words) {
    const std::vector<bool> ends = text::word_ends(text_, *whole_words);
    for (std::size_t i = 0; i < items_.size(); ++i)
      if (items_[i].break_after == text::BreakAfter::allowed && !ends[i]) items_[i].break_after = text::BreakAfter::no;
  }
  first_glyph_.resize(items_.size() + 1, static_cast<std::uint32_t>(glyphs_.size()));
  for (std::size_t k = glyphs_.size(); k-- > 0;)
    first_glyph_[glyphs_[k].item] = static_cast<std::uint32_t>(k);
  for (std::size_t i = items_.size(); i-- > 0;)
    first_glyph_[i] = std::min(first_glyph_[i], first_glyph_[i + 1]);
}

// Characters of a line that are not punctuation or spaces: a last line with one of them ("面：")
// is a runt that a typesetter would not leave.
std::size_t ShapedParagraph::letters(const text::FittedLine& line) const {
  std::size_t count = 0;
  for (std::size_t i = line.begin; i < line.end; ++i)
    if (!items_[i].space && text::compression_of(items_[i].code_point) == text::Compression::none &&
        !text::forbidden_at_line_start(items_[i].code_point))
      ++count;
  return count;
}

std::vector<text::FittedLine> ShapedParagraph::fit(double width, double first_line_indent) const {
  if (items_.empty()) return {};
  std::vector<text::FittedLine> lines = text::fit_lines(items_, {width, first_line_indent, em_, character_grid_});
  // On a character grid (GB/T 9704) every full line holds its count of characters: no refit.
  if (character_grid_ || lines.size() < 2 || letters(lines.back()) > 1) return lines;
  // A runt ("面：", "系。"): set the last two lines again with the last but one an em shorter,
  // then two, so that it gives the last line a character or two besides its punctuation; the
  // line it leaves is spread over the measure, as justified lines are.
  const text::FittedLine before = lines[lines.size() - 2];
  const std::size_t from = before.begin;
  for (int ems = 1; ems <= 2; ++ems) {
    const double squeeze = ems * em_;
    auto refit = text::fit_lines(std::span(items_).subspan(from), {width, before.indent + squeeze, em_});
    if (refit.size() != 2) continue;
    for (text::FittedLine& line : refit) {  // positions in the paragraph, not in the span
      line.begin += from;
      line.end += from;
    }
    if (letters(refit.back()) < 2) continue;
    refit.front().indent = before.indent;
    refit.front().extra += squeeze;
    lines.resize(lines.size() - 2);
    lines.insert(lines.end(), refit.begin(), refit.end());
    return lines;
  }
  return lines;
}

std::vector<text::FittedLine> ShapedParagraph::fit_balanced(double width) const {
  if (items_.empty()) return {};
  return text::fit_balanced(items_, {width, 0, em_});
}

double ShapedParagraph::natural_width() const {
  double width = 0;
  for (const text::LineItem& item : items_) width += item.advance + item.gap_before;
  return width;
}

std::string ShapedParagraph::line_text(const text::FittedLine& line) const {
  std::size_t end = line.end;
  while (end > line.begin && items_[end - 1].space) --end;
  return text::encode(std::u32string_view(text_).substr(line.begin, end - line.begin));
}

LaidLine ShapedParagraph::draw_line(Canvas& canvas, const text::FittedLine& line,
                                    const text::LineGeometry& geometry, double left, double baseline,
                                    bool justify, const Marker* marker) const {
  text::FittedLine placed = line;
  if (!justify) placed.last = true;  // ragged: no extra space spread
  const std::vector<double> xs = text::place_line(items_, placed, geometry);
  std::size_t end = line.end;
  while (end > line.begin && items_[end - 1].space) --end;

  LaidLine laid;
  laid.baseline = baseline;
  laid.text = line_text(line);
  laid.paragraph_end = line.last;
  if (end == line.begin) return laid;
  laid.x = left + xs.front();
  pdf::Writer& writer = canvas.writer();
  if (marker) {  // drawn first, so that readers take it in before the line's text
    canvas.draw_text(marker->role, marker->size, marker->text, marker->x, baseline);
    laid.text = marker->text + laid.text;
  }
  const std::size_t last = end - 1 - line.begin;
  const double last_shrink = line.shrink.empty() ? 0 : line.shrink[last];
  laid.width = xs[last] + items_[end - 1].advance - last_shrink - xs.front();

  // Glyph positions: a glyph starts where its item starts; further glyphs of one cluster follow.
  const std::uint32_t from = first_glyph_[line.begin], to = first_glyph_[end];
  std::vector<double> gx(to - from);
  for (std::uint32_t k = from; k < to; ++k) {
    const GlyphRef& ref = glyphs_[k];
    const bool first_of_item = k == from || glyphs_[k - 1].item != ref.item;
    gx[k - from] = first_of_item
                       ? xs[ref.item - line.begin]
                       : gx[k - from - 1] + runs_[glyphs_[k - 1].run].glyphs[glyphs_[k - 1].glyph].advance;
  }
  // Glyphs are drawn in slices of one run, and of one actual-text span (or none).
  const GapSpans spans = gap_spans(line, end, xs);
  const auto span_of = [&](std::uint32_t k) { return spans.of_item[glyphs_[k].item - line.begin]; };
  int open_span = -1;
  for (std::uint32_t k = from; k < to;) {
    const int span = span_of(k);
    std::uint32_t stop = k + 1;
    while (stop < to && glyphs_[stop].run == glyphs_[k].run &&
           glyphs_[stop].glyph == glyphs_[stop - 1].glyph + 1 && span_of(stop) == span)
      ++stop;
    if (span != open_span) {
      if (open_span >= 0) writer.end_actual_text(canvas.page());
      if (span >= 0) writer.begin_actual_text(canvas.page(), spans.texts[static_cast<std::size_t>(span)]);
      open_span = span;
    }
    font::GlyphRun slice = runs_[glyphs_[k].run].slice(glyphs_[k].glyph, glyphs_[stop - 1].glyph + 1);
    // Each glyph advances to the next one's place, the slice's last to the next slice's: the
    // next slice then starts where this one leaves the pen (the writer needs no move).
    for (std::uint32_t j = k; j < stop && j + 1 < to; ++j)
      slice.glyphs[j - k].advance = gx[j + 1 - from] - gx[j - from];
    writer.draw_glyphs(canvas.page(), slice, {left + gx[k - from], baseline});
    k = stop;
  }
  if (open_span >= 0) writer.end_actual_text(canvas.page());
  return laid;
}

// Extractors turn a gap between glyphs (a quarter em before digits, a loose line's spread)
// into a space. The two characters on either side of such a gap go in a span whose actual
// text is the two as written (with what stands between when two gaps are close, as around a
// number): readers take the span whole, with nothing between. The last
// drawn character takes the word space the line ends in, so that the lines joined give the
// paragraph back. Most lines, set close, need no span.
ShapedParagraph::GapSpans ShapedParagraph::gap_spans(const text::FittedLine& line, std::size_t end,
                                                     const std::vector<double>& xs) const {
  GapSpans spans;
  spans.of_item.assign(end - line.begin, -1);
  // Items [first, last]; spans a few characters apart are one (a number between two gaps):
  // each span costs more than those characters' text.
  std::vector<std::pair<std::size_t, std::size_t>> ranges;
  auto add = [&](std::size_t first, std::size_t last) {
    if (!ranges.empty() && first <= ranges.back().second + merged_span_gap)
      ranges.back().second = last;
    else
      ranges.emplace_back(first, last);
  };
  for (std::size_t i = line.begin; i + 1 < end; ++i) {
    const std::size_t k = i - line.begin;
    if (xs[k + 1] - (xs[k] + items_[i].advance) > visible_gap_ems * em_) add(i, i + 1);
  }
  if (end < line.end) add(end - 1, end - 1);
  for (const auto& [first, last] : ranges) {
    std::size_t text_end = last + 1;  // the code points the last character's glyphs stand for
    while (text_end < line.end && (items_[text_end].advance == 0 || text_end >= end)) ++text_end;
    for (std::size_t i = first; i <= last; ++i) spans.of_item[i - line.begin] = static_cast<int>(spans.texts.size());
    spans.texts.push_back(text::encode(std::u32string_view(text_).substr(first, text_end - first)));
  }
  return spans;
}

}  // namespace cr::layout
