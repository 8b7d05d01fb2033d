#include "batch/inputs_digest.hpp"

#include <algorithm>
#include <system_error>

#include <fmt/format.h>

#include "build_info.hpp"
#include "output/sha256.hpp"

namespace cr::batch {
namespace fs = std::filesystem;
namespace {

bool is_records_table(const fs::path& relative) {
  return relative.parent_path().empty() && relative.stem() == "records";
}

bool inside(const fs::path& path, const fs::path& folder) {
  std::error_code ec;
  const fs::path a = fs::weakly_canonical(path, ec), b = fs::weakly_canonical(folder, ec);
  auto [end_b, end_a] = std::mismatch(b.begin(), b.end(), a.begin(), a.end());
  return end_b == b.end();
}

// The campaign folder's files, by relative path, in a stable order.
std::vector<fs::path> campaign_files(const DigestSources& sources) {
  std::vector<fs::path> files;
  std::error_code ec;
  const bool skip_output = !sources.output_folder.empty() && inside(sources.output_folder, sources.campaign_folder);
  for (auto it = fs::recursive_directory_iterator(sources.campaign_folder, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (skip_output && it->is_directory(ec) && inside(it->path(), sources.output_folder)) {
      it.disable_recursion_pending();
      continue;
    }
    if (!it->is_regular_file(ec)) continue;
    const fs::path relative = it->path().lexically_relative(sources.campaign_folder);
    if (!is_records_table(relative)) files.push_back(relative);
  }
  std::sort(files.begin(), files.end());
  return files;
}

// A file's size and modification time, which a changed font file (a package update, a copy
// over it) does not keep.
std::string identity(const fs::path& file) {
  std::error_code size_error, time_error;
  const auto size = fs::file_size(file, size_error);
  const auto time = fs::last_write_time(file, time_error);
  if (size_error || time_error) return "unreadable";
  return fmt::format("{} {}", size, time.time_since_epoch().count());
}

}  // namespace

std::string shared_digest(const DigestSources& sources) {
  output::Sha256 digest;
  digest.add_field(build_info::version);
  digest.add_field(sources.options);
  for (const fs::path& relative : campaign_files(sources)) {
    digest.add_field(relative.generic_string());
    if (!digest.add_file(sources.campaign_folder / relative)) digest.add_field("unreadable");
  }
  for (const fs::path& file : sources.extra) {
    digest.add_field(file.string());
    if (!digest.add_file(file)) digest.add_field("unreadable");
  }
  for (const fs::path& file : sources.identified) {
    digest.add_field(file.string());
    digest.add_field(identity(file));
  }
  return digest.hex();
}

std::string report_digest(const std::string& shared, const model::Campaign& campaign, const std::string& unit) {
  output::Sha256 digest;
  digest.add_field(shared);
  digest.add_field(unit);
  for (const model::Record& r : campaign.records) {
    const model::OrgUnit* where = campaign.unit_of(r);
    digest.add_field(fmt::format("{}\t{}\t{}\t{}\t{}\t{}\t{}", campaign.indicator_of(r).id, where ? where->id : "",
                                 r.period.canonical(), r.value.value().to_string(),
                                 model::word_of(r.qualifier), static_cast<int>(r.written_scale),
                                 campaign.notes[r.note]));
  }
  return digest.hex();
}

}  // namespace cr::batch
