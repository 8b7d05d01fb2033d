#pragma once
// One output of `build` (the workbook, the PDF): what a renderer is given, and the function each
// format implements. A renderer makes its file in full in an output::AtomicFile and hands it
// back uncommitted: only once every format of a report is made does any of them replace an
// earlier file (report_writer.hpp), so a report is replaced all at once or not at all.
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "cli/commands.hpp"
#include "cli/environment.hpp"
#include "cli/options.hpp"
#include "diag/diagnostic.hpp"
#include "font/role_fonts.hpp"
#include "layout/laid_line.hpp"
#include "layout/page_style.hpp"
#include "model/campaign.hpp"
#include "output/atomic_file.hpp"
#include "pdf/archival.hpp"
#include "sign/identity.hpp"

namespace cr::cli {

// What every PDF of a run shares, loaded once and only read afterwards (also by several
// threads at once): the page style, the resources folder, the resolved fonts, and what makes
// the PDFs PDF/A files (level none: plain PDFs).
struct PdfKit {
  std::unique_ptr<layout::PageStyle> style;
  std::filesystem::path resources;
  font::FontSet fonts;
  pdf::Archival archival;
  const sign::Identity* signer = nullptr;  // --sign: each PDF is signed with it; null: unsigned
};

// The kit for `campaign`'s PDFs: the page style of --style, else [report] style, else `case`;
// nullopt with diagnostics when the style, the resources or a font role cannot be had.
std::optional<PdfKit> load_pdf_kit(const Environment& environment, const BuildOptions& build,
                                   const model::Campaign& campaign, diag::Diagnostics& diagnostics);

struct OutputRequest {
  const model::Campaign& campaign;
  const CommonOptions& options;
  const BuildOptions& build;
  std::filesystem::path target;                   // OUTDIR/<stem>.xlsx or .pdf
  std::optional<std::int64_t> source_date_epoch;  // the only time any output may carry
  const PdfKit* pdf = nullptr;                    // for the PDF
  // The run swept the folder's leftover temporaries once (output::remove_stale_temporaries_in),
  // so opening each output need not scan it again.
  bool folder_swept = false;
};

// An output complete in its temporary, not yet under its final name.
struct MadeOutput {
  std::string format;  // "pdf", "xlsx"
  output::AtomicFile file;
  std::uint64_t size = 0;
  std::string sha256;
};

// The workbook; nullopt, with diagnostics, when it could not be made.
std::optional<MadeOutput> make_xlsx_output(const OutputRequest& request, diag::Diagnostics& diagnostics);

// The PDF: the campaign's Document laid out with the request's kit; nullopt, with diagnostics,
// when the data cannot be set (an unfilled placeholder, a character no font covers) or the
// temporary cannot be written.
std::optional<MadeOutput> make_pdf_output(const OutputRequest& request, diag::Diagnostics& diagnostics);
// The PDF in memory, written nowhere (make_pdf_output's bytes): what validate runs so that it
// refuses whatever build would refuse for the data (placeholders, narratives, font coverage),
// with the same messages.
std::optional<std::string> render_pdf_output(const OutputRequest& request, diag::Diagnostics& diagnostics,
                                             layout::LineList* lines = nullptr);

}  // namespace cr::cli
