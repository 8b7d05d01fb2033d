#include "pdf/writer.hpp"

#include <fmt/format.h>

#include <podofo/podofo.h>
#include <algorithm>

#include "pdf/attachments.hpp"
#include "pdf/flate_stream.hpp"
#include "pdf/font_usage.hpp"
#include "pdf/outline.hpp"
#include "pdf/output_intent.hpp"
#include "pdf/page_content.hpp"
#include "pdf/page_labels.hpp"
#include "pdf/stencil_mask.hpp"
#include "pdf/type0_font.hpp"
#include "pdf/xmp.hpp"

namespace cr::pdf {

using namespace PoDoFo;

struct Writer::State {
  DocumentInfo info;
  std::vector<PageContent> pages;
  FontUsage fonts;
  std::vector<OutlineEntry> outlines;
  std::vector<PageLabelRange> labels;
  std::vector<std::string> images;  // PNG bytes, each once
  const Archival* archival = nullptr;
  PdfaLevel level() const { return archival != nullptr ? archival->level : PdfaLevel::none; }

  // Page y (top-down) to PDF y (bottom-up).
  double flip(std::size_t page, double y) const { return pages.at(page).size.height - y; }
  void add_ops(std::size_t page, std::string ops) { pages.at(page).items.emplace_back(std::move(ops)); }
  std::string path(std::size_t page, const std::vector<Point>& points) const {
    std::string out;
    for (std::size_t i = 0; i < points.size(); ++i)
      out += fmt::format("{} {} {}\n", pdf_number(points[i].x), pdf_number(flip(page, points[i].y)),
                         i == 0 ? "m" : "l");
    return out;
  }
};

namespace {

constexpr const char* producer = "campaign-report (PoDoFo 0.9.8, HarfBuzz)";

PdfString text_string(const std::string& utf8) {
  return PdfString(reinterpret_cast<const pdf_utf8*>(utf8.c_str()));
}

void write_info(PdfMemDocument& document, const DocumentInfo& info) {
  PdfInfo* pdf_info = document.GetInfo();
  if (!info.title.empty()) pdf_info->SetTitle(text_string(info.title));
  if (!info.author.empty()) pdf_info->SetAuthor(text_string(info.author));
  if (!info.subject.empty()) pdf_info->SetSubject(text_string(info.subject));
  if (!info.keywords.empty()) pdf_info->SetKeywords(text_string(info.keywords));
  pdf_info->SetCreator(text_string(info.creator));
  pdf_info->SetProducer(PdfString(producer));
  auto& d = pdf_info->GetObject()->GetDictionary();
  d.AddKey("CreationDate", PdfString(pdf_date(info.timestamp)));
  d.AddKey("ModDate", PdfString(pdf_date(info.timestamp)));
}

void write_xmp(PdfMemDocument& document, const DocumentInfo& info, PdfaLevel level) {
  std::string packet = xmp_packet(info, producer, pdfa_part(level));
  PdfObject* metadata = document.GetObjects().CreateObject("Metadata");
  metadata->GetDictionary().AddKey("Subtype", PdfName("XML"));
  TVecFilters none;
  metadata->GetStream()->Set(packet.data(), static_cast<pdf_long>(packet.size()), none);
  document.GetCatalog()->GetDictionary().AddKey("Metadata", metadata->Reference());
}

// The output intent, the attachments (3b), and object headers on lines of their own (PoDoFo's
// compact mode writes `1 0 obj<<`, which PDF/A-1's body syntax forbids).
void write_archival(PdfMemDocument& document, const Archival& archival, std::int64_t timestamp) {
  write_output_intent(document, archival.icc_profile);
  if (archival.level == PdfaLevel::a3b) write_attachments(document, archival.files, timestamp);
  document.SetWriteMode(ePdfWriteMode_Clean);
}

void report_failure(diag::Diagnostics& diagnostics, const std::string& zh_reason,
                    const std::string& en_reason) {
  diagnostics.error("", 0, 0, "pdf-write-failed", fmt::format("无法生成 PDF：{}", zh_reason),
                    fmt::format("cannot produce the PDF: {}", en_reason));
}

}  // namespace

Writer::Writer(DocumentInfo info) : state_(std::make_unique<State>()) { state_->info = std::move(info); }
Writer::~Writer() = default;

std::size_t Writer::add_page(PageSize size) {
  state_->pages.push_back(PageContent{size, {}, {}});
  return state_->pages.size() - 1;
}

std::size_t Writer::page_count() const { return state_->pages.size(); }
PageSize Writer::page_size(std::size_t page) const { return state_->pages.at(page).size; }

void Writer::draw_glyphs(std::size_t page, const font::GlyphRun& run, Point origin, Color color) {
  if (run.glyphs.empty() || !run.face) return;
  std::size_t font = state_->fonts.index_of(run.face);
  state_->fonts.record(font, run);
  state_->pages.at(page).fonts.insert(font);
  std::vector<PageGlyph> glyphs;
  glyphs.reserve(run.glyphs.size());
  for (const font::ShapedGlyph& g : run.glyphs)
    glyphs.push_back({g.glyph, static_cast<float>(g.advance), static_cast<float>(g.x_offset)});
  state_->pages.at(page).items.emplace_back(
      TextItem{font, run.size, origin.x, state_->flip(page, origin.y), std::move(glyphs), color});
}

void Writer::begin_actual_text(std::size_t page, std::string text) {
  state_->pages.at(page).items.emplace_back(SpanStart{std::move(text)});
}

void Writer::end_actual_text(std::size_t page) { state_->pages.at(page).items.emplace_back(SpanEnd{}); }

void Writer::draw_line(std::size_t page, Point from, Point to, double line_width, Color color) {
  state_->add_ops(page, fmt::format("q\n{} RG\n{} w\n{}S\nQ\n", pdf_color(color), pdf_number(line_width),
                                    state_->path(page, {from, to})));
}

void Writer::stroke_rect(std::size_t page, Rect r, double line_width, Color color) {
  state_->add_ops(
      page, fmt::format("q\n{} RG\n{} w\n{} {} {} {} re\nS\nQ\n", pdf_color(color), pdf_number(line_width),
                        pdf_number(r.x), pdf_number(state_->flip(page, r.y + r.height)), pdf_number(r.width),
                        pdf_number(r.height)));
}

void Writer::draw_image(std::size_t page, const std::string& png, Rect r) {
  auto found = std::find(state_->images.begin(), state_->images.end(), png);
  const auto image = static_cast<std::size_t>(found - state_->images.begin());
  if (found == state_->images.end()) state_->images.push_back(png);
  state_->pages.at(page).images.insert(image);
  state_->add_ops(page, fmt::format("q\n/Seal gs\n{} 0 0 {} {} {} cm\n/Im{} Do\nQ\n", pdf_number(r.width),
                                    pdf_number(r.height), pdf_number(r.x),
                                    pdf_number(state_->flip(page, r.y + r.height)), image + 1));
}

void Writer::fill_rect(std::size_t page, Rect r, Color color) {
  state_->add_ops(page, fmt::format("q\n{} rg\n{} {} {} {} re\nf\nQ\n", pdf_color(color), pdf_number(r.x),
                                    pdf_number(state_->flip(page, r.y + r.height)), pdf_number(r.width),
                                    pdf_number(r.height)));
}

void Writer::fill_polygon(std::size_t page, const std::vector<Point>& points, Color color) {
  if (points.size() < 3) return;
  state_->add_ops(page, fmt::format("q\n{} rg\n{}h\nf\nQ\n", pdf_color(color), state_->path(page, points)));
}

void Writer::stroke_polyline(std::size_t page, const std::vector<Point>& points, double line_width,
                             Color color) {
  if (points.size() < 2) return;
  state_->add_ops(page, fmt::format("q\n{} RG\n{} w\n1 j\n{}S\nQ\n", pdf_color(color), pdf_number(line_width),
                                    state_->path(page, points)));
}

std::size_t Writer::add_outline(const std::string& title, std::size_t page, double top,
                                std::optional<std::size_t> parent) {
  state_->outlines.push_back(OutlineEntry{title, page, state_->flip(page, top), parent});
  return state_->outlines.size() - 1;
}

void Writer::set_page_labels(std::vector<PageLabelRange> ranges) { state_->labels = std::move(ranges); }

void Writer::set_archival(const Archival& archival) { state_->archival = &archival; }

namespace {

bool subset_all(const FontUsage& fonts, std::vector<font::SubsetFont>& subsets,
                diag::Diagnostics& diagnostics) {
  for (std::size_t i = 0; i < fonts.size(); ++i) {
    std::string error;
    auto subset = font::subset_face(*fonts.face(i), fonts.glyphs(i), fonts.text(i), error);
    if (!subset) {
      const auto& face = *fonts.face(i);
      diagnostics.error(face.file().string(), 0, 0, "font-subset-failed",
                        fmt::format("无法对字体 {}（第 {} 个字体）取子集：{}；请换用其他字体", face.family(),
                                    face.index(), error),
                        fmt::format("cannot subset font {} (face {}): {}; use another font", face.family(),
                                    face.index(), error));
      return false;
    }
    subsets.push_back(std::move(*subset));
  }
  return true;
}

// Each image once, as an image XObject (PoDoFo decodes the PNG; an alpha channel becomes an SMask,
// or at PDF/A-1b, which forbids soft masks, a stencil mask).
std::vector<PdfObject*> write_images(PdfMemDocument& document, const std::vector<std::string>& images,
                                     PdfaLevel level) {
  std::vector<PdfObject*> objects;
  for (const std::string& png : images) {
    PdfImage image(&document.GetObjects());
    image.LoadFromPngData(reinterpret_cast<const unsigned char*>(png.data()),
                          static_cast<pdf_long>(png.size()));
    if (level == PdfaLevel::a1b) replace_soft_mask(document, *image.GetObject());
    objects.push_back(image.GetObject());
  }
  return objects;
}

void write_pages(PdfMemDocument& document, const std::vector<PageContent>& pages,
                 const std::vector<font::SubsetFont>& subsets, const std::vector<PdfObject*>& font_objects,
                 const std::vector<PdfObject*>& image_objects, PdfaLevel level) {
  // All pages in one call, then their objects straight from the root's Kids: PoDoFo's
  // CreatePage and GetPage walk the page tree each time, which made 1,000 pages cost as much
  // as everything else together (quadratic in the page count).
  std::vector<PdfRect> sizes;
  for (const auto& page : pages) sizes.emplace_back(0, 0, page.size.width, page.size.height);
  document.CreatePages(sizes);
  std::vector<PdfObject*> page_objects;
  const PdfObject* kids = document.GetPagesTree()->GetObject()->GetIndirectKey("Kids");
  if (kids != nullptr && kids->IsArray() && kids->GetArray().size() == pages.size())
    for (const PdfObject& kid : kids->GetArray())
      page_objects.push_back(document.GetObjects().GetObject(kid.GetReference()));
  else  // not one flat level: ask the tree page by page
    for (std::size_t i = 0; i < pages.size(); ++i)
      page_objects.push_back(document.GetPage(static_cast<int>(i))->GetObject());
  const ContentRenderer renderer(subsets);
  for (std::size_t i = 0; i < pages.size(); ++i) {
    PdfObject* page = page_objects[i];
    std::string content = renderer.render(pages[i]);
    PdfObject* stream = document.GetObjects().CreateObject();
    set_flate_stream(*stream, content);
    page->GetDictionary().AddKey("Contents", stream->Reference());
    PdfDictionary font_dict;
    for (std::size_t f : pages[i].fonts)
      font_dict.AddKey(PdfName(fmt::format("F{}", f + 1)), font_objects[f]->Reference());
    PdfDictionary resources;
    if (!pages[i].fonts.empty()) resources.AddKey("Font", font_dict);
    PdfDictionary image_dict;
    for (std::size_t image : pages[i].images)
      image_dict.AddKey(PdfName(fmt::format("Im{}", image + 1)), image_objects[image]->Reference());
    if (!pages[i].images.empty()) {
      resources.AddKey("XObject", image_dict);
      // The seal's ink is multiplied with the text under it; PDF/A-1b allows no blend mode but Normal.
      PdfDictionary seal;
      seal.AddKey("Type", PdfName("ExtGState"));
      seal.AddKey("BM", PdfName(level == PdfaLevel::a1b ? "Normal" : "Multiply"));
      PdfDictionary states;
      states.AddKey("Seal", seal);
      resources.AddKey("ExtGState", states);
    }
    page->GetDictionary().AddKey("Resources", resources);
  }
}

}  // namespace

bool Writer::write(std::string& bytes, diag::Diagnostics& diagnostics) const {
  bytes.clear();
  try {
    std::vector<font::SubsetFont> subsets;
    if (!subset_all(state_->fonts, subsets, diagnostics)) return false;
    PdfMemDocument document;
    document.SetPdfVersion(ePdfVersion_1_7);
    write_info(document, state_->info);
    const PdfaLevel level = state_->level();
    std::vector<PdfObject*> font_objects;
    for (std::size_t i = 0; i < subsets.size(); ++i)
      font_objects.push_back(write_type0_font(document.GetObjects(), *state_->fonts.face(i), subsets[i],
                                              state_->fonts.text(i), level == PdfaLevel::a1b));
    write_pages(document, state_->pages, subsets, font_objects, write_images(document, state_->images, level),
                level);
    write_outlines(document, state_->outlines);
    write_page_labels(document, state_->labels);
    write_xmp(document, state_->info, level);
    if (level != PdfaLevel::none) write_archival(document, *state_->archival, state_->info.timestamp);
    PdfRefCountedBuffer buffer;
    PdfOutputDevice device(&buffer);
    document.Write(&device);
    bytes.assign(buffer.GetBuffer(), device.GetLength());
    return true;
  } catch (const PdfError& e) {
    report_failure(diagnostics, fmt::format("PoDoFo 错误 {}", static_cast<int>(e.GetError())),
                   fmt::format("PoDoFo error {}", static_cast<int>(e.GetError())));
  } catch (const std::exception& e) {
    report_failure(diagnostics, e.what(), e.what());
  }
  bytes.clear();
  return false;
}

}  // namespace cr::pdf
