#pragma once
// The PDF writer: a format-neutral drawing surface for the layout code, written out with
// PoDoFo's object API (PdfMemDocument) and fonts of our own making.
//
// Layout decides everything (where each line goes, which glyphs, how wide); the writer only
// records and writes. Typical use:
//
//   pdf::Writer writer(info);                        // info.timestamp from SOURCE_DATE_EPOCH
//   auto fonts = ...;                                // font::FontSet, resolved once
//   auto shaped = font::shape(fonts.role(font::Role::body), "党建之冬", {16});
//   std::size_t page = writer.add_page(pdf::a4);
//   double x = pdf::mm(28);
//   for (const auto& run : shaped.runs) {            // one run per face of the chain
//     writer.draw_glyphs(page, run, {x, pdf::mm(37) + 16});   // baseline at y
//     x += run.width();
//   }
//   writer.draw_line(page, {x0, y}, {x1, y}, 0.5);
//   writer.add_outline("【背景与起因】", page, y_top);
//   std::string bytes;
//   if (writer.write(bytes, diagnostics)) output::write_file_atomically(path, bytes, diagnostics);
//
// At write() time every face drawn with is subset to the glyphs drawn (hb-subset) and embedded
// as a Type0 font with our ToUnicode CMap; the same drawing calls give the same bytes.
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "diag/diagnostic.hpp"
#include "pdf/archival.hpp"
#include "font/shaping.hpp"
#include "pdf/document_info.hpp"
#include "pdf/geometry.hpp"

namespace cr::pdf {

enum class PageNumbering { decimal, roman_lower, roman_upper, none };

// From `first_page` (0-based) on, pages are labelled prefix + number in `style`, counting from
// `start`: {0, roman_lower} then {2, decimal} gives i, ii, 1, 2, 3...
struct PageLabelRange {
  std::size_t first_page = 0;
  PageNumbering style = PageNumbering::decimal;
  std::string prefix;  // UTF-8, e.g. "附录"
  int start = 1;
};

class Writer {
 public:
  explicit Writer(DocumentInfo info);
  ~Writer();
  Writer(const Writer&) = delete;
  Writer& operator=(const Writer&) = delete;

  // Appends a page; returns its index (0-based).
  std::size_t add_page(PageSize size);
  std::size_t page_count() const;
  PageSize page_size(std::size_t page) const;

  // Draws a shaped run with its pen starting at `origin` (x, and y of the baseline), glyph after
  // glyph by their advances (which layout may have changed, e.g. to justify).
  void draw_glyphs(std::size_t page, const font::GlyphRun& run, Point origin, Color color = black);
  // What is drawn between these two calls is text that extractors should read as `text`
  // (UTF-8), whatever gaps its glyphs are set with: a marked-content span with /ActualText.
  // Spans do not nest; only glyphs are drawn inside one.
  void begin_actual_text(std::size_t page, std::string text);
  void end_actual_text(std::size_t page);
  void draw_line(std::size_t page, Point from, Point to, double line_width, Color color = black);
  void stroke_rect(std::size_t page, Rect rect, double line_width, Color color = black);
  void fill_rect(std::size_t page, Rect rect, Color color);
  // A closed polygon filled with `color` (bars, pie slices approximated by polygons, legends).
  void fill_polygon(std::size_t page, const std::vector<Point>& points, Color color);
  // An open polyline (chart lines).
  void stroke_polyline(std::size_t page, const std::vector<Point>& points, double line_width,
                       Color color = black);

  // A PNG image (its bytes; transparency kept as a soft mask) stretched over `rect`, multiplied
  // with what is under it (a seal's red over text leaves the text dark). The same bytes drawn
  // again are the same image object.
  void draw_image(std::size_t page, const std::string& png, Rect rect);

  // An outline (bookmark) entry pointing at `top` on `page`, under `parent` (an id this call
  // returned earlier) or at the top level. Returns the entry's id. Entries keep their order.
  std::size_t add_outline(const std::string& title, std::size_t page, double top,
                          std::optional<std::size_t> parent = std::nullopt);
  // Page labels as viewers show them; none set: viewers show 1, 2, 3...
  void set_page_labels(std::vector<PageLabelRange> ranges);

  // Makes the PDF a PDF/A file of `archival`'s level (archival.hpp); read at write(), so it must
  // outlive that call. Never called, or level none: the ordinary output.
  void set_archival(const Archival& archival);

  // Builds the PDF: subsets and embeds the fonts, writes pages, outlines, labels, Info and XMP.
  // False, with a diagnostic, when a font cannot be subset or PoDoFo fails; `bytes` is then empty.
  bool write(std::string& bytes, diag::Diagnostics& diagnostics) const;

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace cr::pdf
