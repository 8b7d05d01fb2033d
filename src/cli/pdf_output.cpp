// The PDF output of `build` (see build_output.hpp): the campaign's Document, laid out in the
// page style chosen by --style, else [report] style, else `case`, and written through the
// atomic writer, so a failed run never leaves a partial report nor replaces the last good one.
#include <fmt/format.h>

#include <memory>
#include <string>

#include "cli/build_output.hpp"
#include "cli/resources.hpp"
#include "font/catalogue.hpp"
#include "font/role_fonts.hpp"
#include "layout/page_style.hpp"
#include "layout/render.hpp"
#include "output/atomic_file.hpp"
#include "output/document_date.hpp"
#include "report/builder.hpp"

namespace cr::cli {
namespace {

// --style, else [report] style, else case.
std::string style_name(const OutputRequest& request) {
  if (!request.build.style.empty()) return request.build.style;
  if (request.campaign.report.style == model::PageStyle::gbt9704) return "gbt9704";
  return "case";
}

std::unique_ptr<layout::PageStyle> choose_style(const OutputRequest& request,
                                                diag::Diagnostics& diagnostics) {
  const std::string name = style_name(request);
  auto style = layout::make_page_style(name);
  if (style) return style;
  const std::string known = fmt::format("{}", fmt::join(layout::page_style_names(), ", "));
  const bool from_flag = !request.build.style.empty();
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

}  // namespace

bool write_pdf_output(const OutputRequest& request, diag::Diagnostics& diagnostics) {
  auto style = choose_style(request, diagnostics);
  auto resources = find_resources(request.options.resources);
  if (!resources) {
    diagnostics.error("", 0, 0, "resources-not-found",
                      "找不到程序的 templates/ 与 fonts/ 目录，未写出 PDF；请用 --resources 指定",
                      "cannot find the product's templates/ and fonts/ folders; the PDF was not written; "
                      "give them with --resources");
  }
  if (!style || !resources) return false;

  const std::size_t errors_before = diagnostics.error_count();
  const auto document = report::build_report(*resources, request.campaign, diagnostics);
  if (!document) return false;

  // The style's own chains: 公文 faces in gbt9704.
  const auto config =
      font::load_font_config(request.campaign.folder, *resources, diagnostics).for_style(style_name(request));
  const auto catalogue = font::catalogue_for(config, font::font_folders(request.campaign.folder, *resources));
  const auto fonts = font::FontSet::resolve(config, catalogue, diagnostics);
  if (diagnostics.error_count() > errors_before) return false;

  std::string bytes;
  if (!layout::render_pdf(*document, *style, fonts, {timestamp(request), request.build.allow_missing_glyphs},
                          bytes, nullptr, diagnostics))
    return false;
  return output::write_file_atomically(request.target, bytes, diagnostics);
}

}  // namespace cr::cli
