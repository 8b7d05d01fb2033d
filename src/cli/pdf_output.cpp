// The PDF output of `build` (see build_output.hpp): the campaign's Document, laid out in the
// page style chosen by --style, else [report] style, else `case`, and made in an atomic
// writer's temporary, so a failed run never leaves a partial report nor replaces the last good one.
#include <fmt/format.h>

#include <algorithm>
#include <memory>
#include <optional>
#include <set>
#include <string>

#include "cli/build_output.hpp"
#include "cli/pdf_archival.hpp"
#include "font/catalogue.hpp"
#include "font/coverage.hpp"
#include "font/role_fonts.hpp"
#include "font/uncovered.hpp"
#include "layout/page_style.hpp"
#include "layout/render.hpp"
#include "model/page_style.hpp"
#include "output/atomic_file.hpp"
#include "output/document_date.hpp"
#include "output/sha256.hpp"
#include "report/builder.hpp"
#include "sign/pdf_signature.hpp"
#include "text/utf8.hpp"

namespace cr::cli {
namespace {

// --style, else [report] style, else case.
std::string style_name(const BuildOptions& build, const model::Campaign& campaign) {
  if (!build.style.empty()) return build.style;
  return std::string(model::page_style_name(campaign.report.style.value_or(model::PageStyleId::case_report)));
}

std::unique_ptr<layout::PageStyle> choose_style(const BuildOptions& build, const model::Campaign& campaign,
                                                diag::Diagnostics& diagnostics) {
  const std::string name = style_name(build, campaign);
  auto style = layout::make_page_style(name);
  if (style) return style;
  const std::string known = fmt::format("{}", fmt::join(layout::page_style_names(), ", "));
  const bool from_flag = !build.style.empty();
  diagnostics.error(from_flag ? "" : "campaign.toml", 0, 0, "unknown-page-style",
                    fmt::format("{}版式「{}」本版本不能生成；可用的版式：{}",
                                from_flag ? "--style 指定的" : "[report] style 指定的", name, known),
                    fmt::format("page style '{}' ({}) is not available in this version; available: {}", name,
                                from_flag ? "--style" : "[report] style", known));
  return nullptr;
}

// The same time stamp as the workbook's (output/document_date.hpp).
std::int64_t timestamp(const OutputRequest& request) {
  return output::document_time(request.campaign, request.source_date_epoch);
}

// campaign.toml's texts (the title, the organisation...) checked against the fonts that set them
// before the layout, so that a character no font has is reported at its line in campaign.toml:
// the layout meets them in the template's text, with no place of their own.
bool manifest_texts_covered(const model::Campaign& campaign, const font::FontSet& fonts,
                            diag::Diagnostics& diagnostics) {
  bool covered = true;
  for (const model::PlacedText& placed : campaign.manifest_texts) {
    const auto& role = fonts.role(placed.key == "campaign.title" ? font::Role::title : font::Role::body);
    std::set<char32_t> seen;
    for (const font::MissingCharacter& m : font::uncovered(role, placed.text)) {
      if (!seen.insert(m.code_point).second) continue;
      const model::SourcePosition& at = placed.position;
      font::report_uncovered(role, m.code_point, {at.file, at.line, at.column}, false, diagnostics);
      covered = false;
    }
  }
  return covered;
}

// The 落款's last line, else the text's last line; null when nothing was set.
const layout::LaidLine* anchor_line(const layout::LineList& lines) {
  const layout::LaidLine* last = nullptr;
  for (const layout::LaidLine& line : lines)
    if (line.kind == layout::TextKind::signature) last = &line;
  for (auto it = lines.rbegin(); last == nullptr && it != lines.rend(); ++it)
    if (!it->page_number) last = &*it;
  return last;
}

// Where a visible signature's box goes: left of the 落款 on the last page that carries one, its
// middle level with the 落款's; without a 落款, at the bottom right of the last page's text area.
sign::BoxAnchor box_anchor(const PdfKit& kit, const layout::LineList& lines) {
  constexpr double gap = 16;      // points between the box and the 落款
  constexpr double ascent = 12;   // a 三号 line's ink above its baseline
  constexpr double raised = 24;   // without a 落款: the box's middle above the text area's bottom
  const layout::LaidLine* last = anchor_line(lines);
  const std::size_t page = last == nullptr ? 0 : last->page;
  const double height = kit.style->page_size().height;
  const pdf::Rect area = kit.style->text_area(page);
  sign::BoxAnchor anchor{page, area.x + area.width, height - (area.y + area.height - raised), area.x,
                         kit.fonts.role(font::Role::body).faces.front()};
  if (last == nullptr || last->kind != layout::TextKind::signature) return anchor;
  double left = area.x + area.width, top = height, bottom = 0;
  for (const layout::LaidLine& line : lines) {
    if (line.page != page || line.kind != layout::TextKind::signature) continue;
    left = std::min(left, line.x);
    top = std::min(top, line.baseline);
    bottom = std::max(bottom, line.baseline);
  }
  anchor.right = left - gap;
  anchor.middle = height - (top - ascent + bottom) / 2;
  return anchor;
}

// Signs `bytes` when the kit has a signer: /Reason names the organisation that issues the report
// (a unit's own for a unit's report), /Location the campaign's region.
bool sign_output(const OutputRequest& request, const layout::LineList& lines, std::string& bytes,
                 diag::Diagnostics& diagnostics) {
  const PdfKit& kit = *request.pdf;
  if (kit.signer == nullptr) return true;
  const model::Campaign& campaign = request.campaign;
  sign::SignatureRequest signature{*kit.signer, campaign.organization + "签发", campaign.region,
                                   timestamp(request), kit.archival.level != pdf::PdfaLevel::none,
                                   kit.archival.level == pdf::PdfaLevel::a1b, std::nullopt};
  if (request.build.sign_visible) signature.visible = box_anchor(kit, lines);
  return sign::sign_pdf(bytes, signature, diagnostics);
}

}  // namespace

std::optional<PdfKit> load_pdf_kit(const Environment& environment, const BuildOptions& build,
                                   const model::Campaign& campaign, diag::Diagnostics& diagnostics) {
  auto style = choose_style(build, campaign, diagnostics);
  const auto& resources = environment.resources;
  if (!resources) {
    diagnostics.error("", 0, 0, "resources-not-found",
                      "找不到程序的 templates/ 与 fonts/ 目录，未写出 PDF；请用 --resources 指定",
                      "cannot find the product's templates/ and fonts/ folders; the PDF was not written; "
                      "give them with --resources");
  }
  if (!style || !resources) return std::nullopt;
  const std::size_t errors_before = diagnostics.error_count();
  // The style's own chains: 公文 faces in gbt9704.
  const auto config =
      font::load_font_config(campaign.folder, *resources, diagnostics).for_style(style_name(build, campaign));
  const auto catalogue = font::catalogue_for(config, font::font_folders(campaign.folder, *resources));
  auto fonts = font::FontSet::resolve(config, catalogue, diagnostics);
  auto archival = load_archival(build, campaign, *resources, diagnostics);
  if (!archival || diagnostics.error_count() > errors_before) return std::nullopt;
  return PdfKit{std::move(style), *resources, std::move(fonts), std::move(*archival)};
}

std::optional<std::string> render_pdf_output(const OutputRequest& request, diag::Diagnostics& diagnostics,
                                             layout::LineList* lines) {
  const PdfKit& kit = *request.pdf;
  const auto document = report::build_report(kit.resources, request.campaign, diagnostics);
  if (!document) return std::nullopt;
  if (!request.build.allow_missing_glyphs && !manifest_texts_covered(request.campaign, kit.fonts, diagnostics))
    return std::nullopt;
  std::string bytes;
  const layout::RenderOptions options{timestamp(request), request.build.allow_missing_glyphs,
                                      kit.archival.level != pdf::PdfaLevel::none ? &kit.archival : nullptr};
  if (!layout::render_pdf(*document, *kit.style, kit.fonts, options, bytes, lines, diagnostics))
    return std::nullopt;
  return bytes;
}

std::optional<MadeOutput> make_pdf_output(const OutputRequest& request, diag::Diagnostics& diagnostics) {
  layout::LineList lines;
  auto bytes = render_pdf_output(request, diagnostics, request.build.sign_visible ? &lines : nullptr);
  if (!bytes || !sign_output(request, lines, *bytes, diagnostics)) return std::nullopt;
  auto file = output::AtomicFile::open(
      request.target, diagnostics, output::AtomicFile::Route::automatic,
      request.folder_swept ? output::AtomicFile::Sweep::folder_swept : output::AtomicFile::Sweep::this_name);
  if (!file || !file->write(*bytes, diagnostics)) return std::nullopt;
  return MadeOutput{"pdf", std::move(*file), bytes->size(), output::sha256_hex(*bytes)};
}

}  // namespace cr::cli
