#include "layout/document_blocks.hpp"

#include <set>

#include "font/coverage.hpp"
#include "font/shaping.hpp"
#include "layout/chart_block.hpp"
#include "layout/page_break_block.hpp"
#include "layout/paragraph_block.hpp"
#include "layout/table_block.hpp"
#include "text/word_break.hpp"

namespace cr::layout {
namespace {

class Builder {
 public:
  Builder(const PageStyle& style, const font::FontSet& fonts, const BlockOptions& options,
          const report::Metadata& metadata, diag::Diagnostics& diagnostics)
      : style_(style),
        fonts_(fonts),
        options_(options),
        metadata_(metadata),
        diagnostics_(diagnostics),
        texts_(fonts, options.kept_texts) {
    auto names = std::make_shared<std::vector<std::u32string>>();
    for (const std::string& name : metadata.names)
      for (std::u32string& part : text::split_names(name)) names->push_back(std::move(part));
    names_ = std::move(names);
  }

  std::vector<BlockPtr> take() { return std::move(blocks_); }

  // A style that signs at the end signs every report: the organisation and the report's date,
  // before what follows the 落款 (附注) or at the end.
  void sign_if_unsigned() {
    if (style_.signs_at_end() && !signed_)
      add(report::Signature{metadata_.organization, metadata_.date_text, metadata_.seal_png});
  }

  void add(const report::TitleBlock& title) {
    paragraph(title.title, TextKind::title);
    if (!title.subtitle.empty()) paragraph(title.subtitle, TextKind::subtitle);
    if (style_.signs_at_end()) return;  // the organisation and date go to the 落款 instead
    for (const std::string& line : title.lines)
      if (!line.empty()) paragraph(line, TextKind::title_line);
  }
  void add(const report::Heading& heading) {
    const std::string label = style_.heading_label(heading);
    auto* block = paragraph(label, style_.heading_kind(heading.level));
    block->set_keep_with_next(true);
    block->set_outline({heading.level, label});
  }
  void add(const report::Paragraph& p) {
    auto* block = paragraph(p.runs, kind_of(p.role), p.origin);
    // A closing line (来源, 责编) stands with the end of the body and with the 落款 after it:
    // the closing lines form one group that never takes a page alone.
    if (p.role == report::Paragraph::Role::source) block->set_keep_with_previous(true);
  }
  void add(const report::List& list) {
    for (std::size_t i = 0; i < list.items.size(); ++i) {
      const std::string marker = style_.list_marker(i);
      const TextStyle text_style = style_.text_style(TextKind::list_item);
      auto* block = paragraph(list.items[i].runs, TextKind::list_item, list.items[i].origin);
      const font::RoleFonts& chain = fonts_.role(text_style.role);
      const double width =
          chain.faces.empty() ? text_style.size : font::measure(chain, marker, text_style.size);
      block->set_marker(marker, width);
    }
  }
  void add(const report::Table& table) {
    blocks_.push_back(std::make_unique<TableBlock>(table, style_, fonts_, texts_));
    report_missing({});
  }
  // A chart's words are checked as a paragraph's are: its caption, and what its labels and legend
  // draw (categories, series names, the axis's and a pie's numbers).
  void add(const report::Chart& chart) {
    check_covered(chart.title, TextKind::caption);
    std::string labels = chart.kind == report::ChartKind::pie ? "0123456789.%" : "0123456789.";
    for (const std::string& category : chart.categories) labels += category;
    for (const report::ChartSeries& series : chart.series) labels += series.name;
    check_covered(labels, TextKind::chart_label);
    blocks_.push_back(std::make_unique<ChartBlock>(chart, style_, fonts_));
  }
  void add(const report::Masthead& masthead) {
    BlockPtr placed = style_.masthead_block(masthead, fonts_);
    if (!placed) return;
    // Its characters are checked for a face like any paragraph's: the mark in the title's role,
    // the rest in the roles of body text and headings.
    std::string mark;
    for (const std::string& issuer : masthead.issuers) mark += issuer;
    check_covered(mark + "文件", TextKind::title);
    check_covered(masthead.copy_number + masthead.number + "签发人：", TextKind::body);
    check_covered(masthead.secrecy + masthead.urgency, TextKind::heading1);
    std::string signers;
    for (const std::string& signer : masthead.signers) signers += signer;
    check_covered(signers, TextKind::heading2);
    blocks_.push_back(std::move(placed));
  }
  void add(const report::Addressee& addressee) {
    if (style_.sets_document_parts()) paragraph(addressee.names + "：", TextKind::addressee);
  }
  // 附件： then each name, numbered when there are several; the names start one under the other,
  // their numbers end where the names start, and a long name's next line starts under its first
  // character (7.3.4).
  void add(const report::AttachmentList& list) {
    if (!style_.sets_document_parts()) return;
    const std::string lead = "附件：";
    auto number = [&](std::size_t i) { return list.titles.size() > 1 ? std::to_string(i + 1) + "." : ""; };
    const TextStyle text_style = style_.text_style(TextKind::attachment_list);
    double hang = 0;
    for (std::size_t i = 0; i < list.titles.size(); ++i)
      hang = std::max(hang, text_width(text_style, number(i)));
    hang += text_width(text_style, lead);
    for (std::size_t i = 0; i < list.titles.size(); ++i) {
      TextStyle item = text_style;
      item.left_indent = text_style.first_line_indent + hang;
      item.first_line_indent = 0;
      if (i > 0) item.space_before = 0;
      const std::string marker = (i == 0 ? lead : "") + number(i);
      check_covered(marker, TextKind::attachment_list);
      auto* block = paragraph(made_runs(list.titles[i]), TextKind::attachment_list, {}, item);
      block->set_marker(marker, text_width(text_style, marker));
      // With the 落款 after it, one group kept with the end of the text (never a page alone).
      block->set_keep_with_previous(true);
    }
  }
  void add(const report::DocumentNote& note) {
    if (!style_.sets_document_parts()) return;
    sign_if_unsigned();
    paragraph(note.text, TextKind::document_note)->set_keep_with_previous(true);
  }
  // An attachment starts a page with 附件N and its title (7.3.7), an outline entry of the first
  // level; a style that does not set a 公文 heads it as a section.
  void add(const report::AttachmentHeading& heading) {
    sign_if_unsigned();
    blocks_.push_back(std::make_unique<PageBreakBlock>());
    const std::string label = heading.number > 0 ? "附件" + std::to_string(heading.number) : "附件";
    const OutlineEntry entry{1, label + "　" + heading.title};
    if (!style_.sets_document_parts()) {
      auto* block = paragraph(entry.title, style_.heading_kind(1));
      block->set_keep_with_next(true);
      block->set_outline(entry);
      return;
    }
    auto* block = paragraph(label, TextKind::attachment_label);
    block->set_keep_with_next(true);
    block->set_outline(entry);
    paragraph(heading.title, TextKind::title)->set_keep_with_next(true);
  }
  void add(const report::Imprint& imprint) {
    sign_if_unsigned();
    BlockPtr placed = style_.imprint_block(imprint, fonts_);
    if (!placed) return;
    std::string text = "抄送：，。" + imprint.printed_by + imprint.printed_on + "印发";
    for (const std::string& organ : imprint.cc) text += organ;
    check_covered(text, TextKind::imprint);
    blocks_.push_back(std::move(placed));
  }
  void add(const report::PageBreak&) { blocks_.push_back(std::make_unique<PageBreakBlock>()); }
  void add(const report::Signature& signature) {
    signed_ = true;
    if (BlockPtr placed = style_.signature_block(signature, fonts_)) {
      // The style draws it; its characters are checked for a face like any paragraph's.
      const std::vector<report::Run> text{
          {signature.organization + signature.date, report::Run::Style::plain}};
      texts_.check(text, style_.text_style(TextKind::signature));
      report_missing({});
      blocks_.push_back(std::move(placed));
      return;
    }
    auto* organization = paragraph(signature.organization, TextKind::signature);
    organization->set_keep_with_previous(true);
    if (!signature.date.empty()) {
      organization->set_keep_with_next(true);
      paragraph(signature.date, TextKind::signature);
    }
  }

 private:
  static TextKind kind_of(report::Paragraph::Role role) {
    switch (role) {
      case report::Paragraph::Role::lead:
        return TextKind::lead;
      case report::Paragraph::Role::source:
        return TextKind::source;
      case report::Paragraph::Role::note:
        return TextKind::note;
      case report::Paragraph::Role::body:
        break;
    }
    return TextKind::body;
  }

  // Titles and headings keep each word whole (GB/T 9704 7.3.1); body text breaks anywhere
  // GB/T 15834 allows.
  static bool breaks_at_words(TextKind kind) {
    switch (kind) {
      case TextKind::title:
      case TextKind::subtitle:
      case TextKind::title_line:
      case TextKind::heading1:
      case TextKind::heading2:
      case TextKind::heading3:
      case TextKind::heading4:
        return true;
      default:
        return false;
    }
  }

  double text_width(const TextStyle& text_style, const std::string& text) const {
    const font::RoleFonts& chain = fonts_.role(text_style.role);
    return chain.faces.empty() ? 0 : font::measure(chain, text, text_style.size);
  }

  void check_covered(const std::string& text, TextKind kind) {
    const std::vector<report::Run> runs{{text, report::Run::Style::plain}};
    texts_.check(runs, style_.text_style(kind));
    report_missing({});
  }

  // A paragraph of the Document's runs, which outlive the blocks: the block refers to them (a
  // long report's text is not copied), and shapes them when the page loop first measures it.
  ParagraphBlock* paragraph(const std::vector<report::Run>& runs, TextKind kind,
                            const model::SourcePosition& origin) {
    return paragraph(std::shared_ptr<const std::vector<report::Run>>(std::shared_ptr<const void>(), &runs),
                     kind, origin);
  }
  // A paragraph of text made for it (a heading's label, a title line): the block keeps it.
  ParagraphBlock* paragraph(const std::string& text, TextKind kind) {
    return paragraph(made_runs(text), kind, {});
  }
  static std::shared_ptr<const std::vector<report::Run>> made_runs(const std::string& text) {
    return std::make_shared<const std::vector<report::Run>>(
        std::vector<report::Run>{{text, report::Run::Style::plain}});
  }
  ParagraphBlock* paragraph(std::shared_ptr<const std::vector<report::Run>> runs, TextKind kind,
                            const model::SourcePosition& origin) {
    return paragraph(std::move(runs), kind, origin, style_.text_style(kind));
  }
  // Its characters are checked here, before any page is laid out; it is shaped later.
  ParagraphBlock* paragraph(std::shared_ptr<const std::vector<report::Run>> runs, TextKind kind,
                            const model::SourcePosition& origin, const TextStyle& text_style) {
    texts_.check(*runs, text_style, origin);
    report_missing(origin);
    auto block = std::make_unique<ParagraphBlock>(fonts_, std::move(runs), text_style, kind);
    if (breaks_at_words(kind)) block->set_whole_words(names_);
    ParagraphBlock* raw = block.get();
    blocks_.push_back(std::move(block));
    return raw;
  }

  // One diagnostic per distinct uncovered character of a text, at the place the text came from.
  void report_missing(const model::SourcePosition& origin) {
    std::set<char32_t> seen;
    for (const font::MissingCharacter& m : texts_.take_missing()) {
      if (!seen.insert(m.code_point).second) continue;
      font::report_uncovered(fonts_.role(m.role), m.code_point, {origin.file, origin.line, origin.column},
                             options_.replace_missing, diagnostics_);
    }
  }

  const PageStyle& style_;
  const font::FontSet& fonts_;
  const BlockOptions& options_;
  const report::Metadata& metadata_;
  diag::Diagnostics& diagnostics_;
  bool signed_ = false;  // a 落款 is in the blocks
  std::vector<BlockPtr> blocks_;
  SetTexts texts_;  // every text set is checked for faces (and kept, for role_texts) here
  std::shared_ptr<const std::vector<std::u32string>> names_;  // the campaign's names, kept whole
};

}  // namespace

std::vector<BlockPtr> document_blocks(const report::Document& document, const PageStyle& style,
                                      const font::FontSet& fonts, const BlockOptions& options,
                                      diag::Diagnostics& diagnostics) {
  Builder builder(style, fonts, options, document.metadata, diagnostics);
  for (const report::Section& section : document.sections)
    for (const report::Element& block : section.elements)
      std::visit([&](const auto& b) { builder.add(b); }, block);
  builder.sign_if_unsigned();
  return builder.take();
}

}  // namespace cr::layout
