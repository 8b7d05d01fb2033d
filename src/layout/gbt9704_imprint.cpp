#include "layout/gbt9704_imprint.hpp"

#include "font/shaping.hpp"

namespace cr::layout {
namespace {

const std::string cc_label = "抄送：";
const std::string printed_suffix = "印发";

}  // namespace

std::string Gbt9704Imprint::cc_text(const std::vector<std::string>& cc) {
  std::string text;
  for (const std::string& organ : cc) text += (text.empty() ? "" : "，") + organ;
  return text.empty() ? text : text + "。";
}

Gbt9704Imprint::Gbt9704Imprint(report::Imprint imprint, const font::FontSet& fonts, TextStyle style)
    : imprint_(std::move(imprint)), fonts_(fonts), style_(style) {
  if (imprint_.cc.empty()) return;
  const font::RoleFonts& chain = fonts_.role(style_.role);
  const double label_width = chain.faces.empty() ? 0 : font::measure(chain, cc_label, style_.size);
  TextStyle cc_style = style_;
  cc_style.align = TextAlign::left;
  cc_style.left_indent = label_width;  // the names after 抄送：, which is one character in
  auto runs = std::make_shared<const std::vector<report::Run>>(
      std::vector<report::Run>{{cc_text(imprint_.cc), report::Run::Style::plain}});
  cc_ = std::make_unique<ParagraphBlock>(fonts_, std::move(runs), cc_style, TextKind::imprint);
  cc_->set_marker(cc_label, label_width);
}

std::size_t Gbt9704Imprint::cc_lines(double width) {
  if (!cc_) return 0;
  cc_->wrap(inner(width));
  return cc_->line_count();
}

std::vector<Gbt9704Imprint::Rule> Gbt9704Imprint::rules(std::size_t cc_lines, bool printed, double pitch) {
  const double thick = pdf::mm(thick_rule_mm), thin = pdf::mm(thin_rule_mm);
  const double cc_height = static_cast<double>(cc_lines) * pitch;
  std::vector<Rule> out{{0, thick}};
  if (cc_lines > 0 && printed) out.push_back({cc_height, thin});
  out.push_back({cc_height + (printed ? pitch : 0), thick});
  return out;
}

double Gbt9704Imprint::wrap(double width) {
  return rules(cc_lines(width), !imprint_.printed_by.empty(), style_.leading).back().y;
}

void Gbt9704Imprint::draw(Canvas& canvas, pdf::Point top_left, double width) const {
  const std::size_t lines = cc_ ? cc_->line_count() : 0;
  const bool printed = !imprint_.printed_by.empty();
  for (const Rule& rule : rules(lines, printed, style_.leading))
    canvas.writer().draw_line(canvas.page(), {top_left.x, top_left.y + rule.y},
                              {top_left.x + width, top_left.y + rule.y}, rule.thickness);
  if (cc_) cc_->draw(canvas, {top_left.x + style_.size, top_left.y}, inner(width));
  if (!printed) return;
  const double baseline = top_left.y + static_cast<double>(lines) * style_.leading +
                          (style_.leading - style_.size) / 2 + 0.88 * style_.size;
  canvas.draw_line(style_.role, style_.size, imprint_.printed_by, top_left.x + style_.size, baseline,
                   TextKind::imprint);
  const std::string date = imprint_.printed_on + printed_suffix;
  const double date_x = top_left.x + width - style_.size - canvas.measure(style_.role, style_.size, date);
  canvas.draw_line(style_.role, style_.size, date, date_x, baseline, TextKind::imprint);
}

void Gbt9704Imprint::release() {
  if (cc_) cc_->release();
}

}  // namespace cr::layout
