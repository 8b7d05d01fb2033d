#include "layout/paragraph_block.hpp"

#include <algorithm>
#include <cmath>

namespace cr::layout {
namespace {

// Where the baseline sits in a line box of `leading`: the em box centred, the baseline at 0.88 em
// below its top (the ideographic em box of CJK faces runs from -0.12 to 0.88 em).
double baseline_in_box(const TextStyle& style) {
  return (style.leading - style.size) / 2 + 0.88 * style.size;
}

// A line left this short (a long URL or number that could not break came next) is set ragged:
// spreading several ems over its gaps would tear it apart ("工 具 ， 课 程").
constexpr double loose_line_ems = 4;

}  // namespace

ParagraphBlock::ParagraphBlock(const font::FontSet& fonts,
                               std::shared_ptr<const std::vector<report::Run>> runs, TextStyle style,
                               TextKind kind)
    : fonts_(&fonts),
      runs_(std::move(runs)),
      fitted_(std::make_shared<Fitted>()),
      style_(style),
      kind_(kind) {}

ParagraphBlock::ParagraphBlock(std::shared_ptr<const ShapedParagraph> shaped, TextStyle style, TextKind kind)
    : shaped_(std::move(shaped)), fitted_(std::make_shared<Fitted>()), style_(style), kind_(kind) {}

const ShapedParagraph& ParagraphBlock::shaped() const {
  if (!shaped_) shaped_ = std::make_shared<const ShapedParagraph>(*fonts_, *runs_, style_, whole_words_.get());
  return *shaped_;
}

void ParagraphBlock::set_marker(std::string marker, double marker_width) {
  marker_ = std::move(marker);
  marker_width_ = marker_width;
}

text::LineGeometry ParagraphBlock::geometry(double width) const {
  return {width, style_.first_line_indent, shaped().em()};
}

void ParagraphBlock::ensure_fitted(double width) {
  if (fitted_->width == width) return;
  const ShapedParagraph& paragraph = shaped();
  const double measure = std::max(width - style_.left_indent, paragraph.em());
  fitted_->width = width;
  fitted_->lines = paragraph.fit(measure, style_.first_line_indent);
  // A title: lines of similar length in a trapezoid or diamond, broken between words.
  if (style_.align == TextAlign::balanced && fitted_->lines.size() > 1) fitted_->lines = paragraph.fit_balanced(measure);
  if (whole_) last_ = fitted_->lines.size();
}

double ParagraphBlock::wrap(double width) {
  ensure_fitted(width);
  return static_cast<double>(last_ - first_) * style_.leading;
}

double ParagraphBlock::lead_height(double width) {
  ensure_fitted(width);
  const std::size_t lines = last_ - first_;
  return static_cast<double>(lines <= 3 ? lines : 2) * style_.leading;
}

std::vector<BlockPtr> ParagraphBlock::split(double width, double height) {
  ensure_fitted(width);
  const std::size_t lines = last_ - first_;
  if (height <= 0) return {};  // spacing took the rest of the page: no line fits
  auto fits = static_cast<std::size_t>(std::floor((height + 1e-6) / style_.leading));
  if (fits >= lines) fits = lines;
  if (lines - fits < 2) fits = lines >= 2 ? lines - 2 : 0;  // no single widow on the next page
  if (fits < 2) return {};                                  // no single orphan on this page
  std::vector<BlockPtr> parts;
  for (auto [from, to] : {std::pair{first_, first_ + fits}, std::pair{first_ + fits, last_}}) {
    auto part = std::make_unique<ParagraphBlock>(*this);
    part->first_ = from;
    part->last_ = to;
    part->whole_ = false;
    if (from != first_) part->outline_.reset();
    parts.push_back(std::move(part));
  }
  return parts;
}

void ParagraphBlock::draw(Canvas& canvas, pdf::Point top_left, double width) const {
  if (outline_ && first_ == 0) canvas.outline(outline_->level, outline_->title, top_left.y);
  const ShapedParagraph& paragraph = shaped();
  const double measure = std::max(width - style_.left_indent, paragraph.em());
  const text::LineGeometry geo = geometry(measure);
  for (std::size_t i = first_; i < last_; ++i) {
    const text::FittedLine& line = fitted_->lines[i];
    const double baseline =
        top_left.y + static_cast<double>(i - first_) * style_.leading + baseline_in_box(style_);
    double left = top_left.x + style_.left_indent;
    const double free = measure - line.indent - line.natural_width;
    const bool justify =
        style_.align == TextAlign::justified && !line.last && line.extra <= loose_line_ems * paragraph.em();
    if (style_.align == TextAlign::center || style_.align == TextAlign::balanced) left += free / 2;
    if (style_.align == TextAlign::right) left += free;
    std::optional<ShapedParagraph::Marker> marker;
    if (i == 0 && !marker_.empty())
      marker = {marker_, top_left.x + style_.left_indent - marker_width_, style_.role, style_.size};
    LaidLine laid = paragraph.draw_line(canvas, line, geo, left, baseline, justify, marker ? &*marker : nullptr);
    laid.kind = kind_;
    laid.justified = justify;
    if (marker) {
      laid.width += laid.x - marker->x;
      laid.x = marker->x;
    }
    canvas.record(std::move(laid));
  }
}

}  // namespace cr::layout
