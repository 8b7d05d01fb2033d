// The workbook output of `build`: libxlsxwriter writes into an anonymous temporary in OUTDIR
// (output::AtomicFile), which gets the final name only once the whole report is made.
#include <system_error>

#include "cli/build_output.hpp"
#include "output/atomic_file.hpp"
#include "output/sha256.hpp"
#include "xlsx/workbook_writer.hpp"

namespace cr::cli {

std::optional<MadeOutput> make_xlsx_output(const OutputRequest& request, diag::Diagnostics& diagnostics) {
  std::optional<output::AtomicFile> file = output::AtomicFile::open(
      request.target, diagnostics, output::AtomicFile::Route::automatic,
      request.folder_swept ? output::AtomicFile::Sweep::folder_swept : output::AtomicFile::Sweep::this_name);
  if (!file) return std::nullopt;
  xlsx::WorkbookSettings settings;
  settings.source_date_epoch = request.source_date_epoch;
  settings.shown_name = request.target.string();
  if (!xlsx::write_workbook(request.campaign, file->library_path(), settings, diagnostics)) return std::nullopt;
  // The library has closed its own descriptor; the bytes are read back through ours.
  std::error_code error;
  const auto size = std::filesystem::file_size(file->library_path(), error);
  const auto digest = output::sha256_file(file->library_path());
  if (error || !digest) {
    diagnostics.error(request.target.string(), 0, 0, "xlsx-write-failed",
                      "工作簿写出后无法读回以计算校验和", "the workbook could not be read back for its checksum");
    return std::nullopt;
  }
  return MadeOutput{"xlsx", std::move(*file), size, *digest};
}

}  // namespace cr::cli
