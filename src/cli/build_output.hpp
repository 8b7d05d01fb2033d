#pragma once
// One output of `build` (the workbook, the PDF): what a renderer is given, and the function each
// format implements. Every output reaches its final name through output::AtomicFile only.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

#include "cli/commands.hpp"
#include "cli/options.hpp"
#include "diag/diagnostic.hpp"
#include "model/campaign.hpp"

namespace cr::cli {

struct OutputRequest {
  const model::Campaign& campaign;
  const CommonOptions& options;
  const BuildOptions& build;
  std::filesystem::path target;                   // OUTDIR/<stem>.xlsx or .pdf
  std::optional<std::int64_t> source_date_epoch;  // the only time any output may carry
};

// Writes OUTDIR/<stem>.xlsx; false, with diagnostics, when it could not be written (the last
// good file under that name is then untouched).
bool write_xlsx_output(const OutputRequest& request, diag::Diagnostics& diagnostics);

// Writes OUTDIR/<stem>.pdf: the Document of the campaign's template laid out in the page style of
// --style, else [report] style, else `case`; false, with diagnostics, when the data cannot be set
// (an unfilled placeholder, a character no font covers) or the file cannot be written.
bool write_pdf_output(const OutputRequest& request, diag::Diagnostics& diagnostics);
// The same PDF in memory, written nowhere: what validate runs so that it refuses whatever build
// would refuse for the data (placeholders, narratives, font coverage), with the same messages.
std::optional<std::string> render_pdf_output(const OutputRequest& request, diag::Diagnostics& diagnostics);

}  // namespace cr::cli
