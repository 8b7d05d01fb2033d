#pragma once
// One output of `build` (the workbook, the PDF): what a renderer is given, and the function each
// format implements. Every output reaches its final name through output::AtomicFile only.
#include <cstdint>
#include <filesystem>
#include <optional>

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

// THE PDF HOOK. Writes OUTDIR/<stem>.pdf through the PDF renderer (src/pdf). Until that renderer
// is wired in here, it reports "pdf-renderer-missing" and returns false: `build` then exits with
// exit_output_error instead of pretending. pdf_renderer_available() says which is the case.
bool write_pdf_output(const OutputRequest& request, diag::Diagnostics& diagnostics);
bool pdf_renderer_available();

}  // namespace cr::cli
