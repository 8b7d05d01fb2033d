#pragma once
// A page style: everything about how a report looks that is not its content. Page size and
// text area, a TextStyle per kind of text, how headings are numbered, the page furniture (page
// numbers), page labels, and whether lines sit on a grid. `case` is one style (case_style.hpp);
// GB/T 9704 is another subclass with its own numbers, not a fork of the layout.
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "layout/block.hpp"
#include "layout/canvas.hpp"
#include "layout/text_style.hpp"
#include "pdf/geometry.hpp"
#include "pdf/writer.hpp"
#include "report/document.hpp"

namespace cr::layout {

class PageStyle {
 public:
  virtual ~PageStyle() = default;

  // The name users choose it by: "case", "gbt9704".
  virtual std::string_view name() const = 0;
  virtual pdf::PageSize page_size() const = 0;
  // Where blocks go on page `index` (0-based): odd and even pages may differ.
  virtual pdf::Rect text_area(std::size_t index) const = 0;
  virtual TextStyle text_style(TextKind kind) const = 0;
  // A line pitch every line and block top sits on (GB/T 9704's 22-line grid); none by default.
  virtual std::optional<double> line_grid() const { return std::nullopt; }

  // The kind of text a heading of `level` is set as.
  virtual TextKind heading_kind(int level) const;
  // The heading as printed; a style may renumber by level (GB/T 9704: 一、（一）1.（1）).
  virtual std::string heading_label(const report::Heading& heading) const;
  // The marker of the `index`-th (0-based) item of a list.
  virtual std::string list_marker(std::size_t index) const;

  // 落款: the blocks that place the organisation and the date. nullptr (the default): two
  // right-aligned lines in the signature text style. GB/T 9704 7.3.5.2 places them by offsets.
  virtual BlockPtr signature_block(const report::Signature& signature, const font::FontSet& fonts) const;
  // 版头 of a 公文 (GB/T 9704 7.2): the block that places it above the title, or nullptr (the
  // default) for a style that has none: the Document's masthead is then left out.
  virtual BlockPtr masthead_block(const report::Masthead&, const font::FontSet&) const { return nullptr; }
  // Whether the style sets the lines of a 公文 around its body: 主送机关, 附件说明, 附注 (in the
  // text styles of their kinds). False (the default): the Document's are left out.
  virtual bool sets_document_parts() const { return false; }
  // 版记 (GB/T 9704 7.4): the block that sets it at the foot of the last page, or nullptr (the
  // default): left out.
  virtual BlockPtr imprint_block(const report::Imprint&, const font::FontSet&) const { return nullptr; }
  // Printed on both sides (page_loop.hpp: FlowFrame::two_sided).
  virtual bool two_sided() const { return false; }
  // True: the report ends with a 落款 (the Document's, else its organisation and date) and the
  // title block's lines (organisation, date) are not repeated under the title. GB/T 9704.
  virtual bool signs_at_end() const { return false; }

  // Page furniture drawn after the text of page `index`: page numbers (not on a page the page
  // loop leaves unnumbered). Pages are drawn as they are laid out, before the count of pages is
  // known.
  virtual void decorate_page(Canvas& canvas, std::size_t index) const = 0;
  // Page labels as viewers show them: 1, 2, 3… unless a style says otherwise.
  virtual std::vector<pdf::PageLabelRange> page_labels(std::size_t count) const;
};

// "— N —" for page `index` (0-based), as both styles number pages.
std::string page_number_label(std::size_t index);
// Draws a page number in the page-number role and records it in the line list as one.
void draw_page_number(Canvas& canvas, double size, const std::string& label, double x, double baseline);

// The style named `name` ("case", "gbt9704"), or nullptr when there is no such style here.
std::unique_ptr<PageStyle> make_page_style(std::string_view name);
// The names make_page_style knows, for messages.
std::vector<std::string> page_style_names();

}  // namespace cr::layout
