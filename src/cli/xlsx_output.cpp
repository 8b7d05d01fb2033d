// The workbook output of `build`: libxlsxwriter writes into an anonymous temporary in OUTDIR
// (output::AtomicFile), which gets the final name only once the workbook is complete.
#include "cli/build_output.hpp"
#include "output/atomic_file.hpp"
#include "xlsx/workbook_writer.hpp"

namespace cr::cli {

bool write_xlsx_output(const OutputRequest& request, diag::Diagnostics& diagnostics) {
  std::optional<output::AtomicFile> file = output::AtomicFile::open(request.target, diagnostics);
  if (!file) return false;
  xlsx::WorkbookSettings settings;
  settings.source_date_epoch = request.source_date_epoch;
  settings.shown_name = request.target.string();
  if (!xlsx::write_workbook(request.campaign, file->library_path(), settings, diagnostics)) return false;
  return file->commit(diagnostics);
}

}  // namespace cr::cli
