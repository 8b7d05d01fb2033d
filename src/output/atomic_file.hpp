#pragma once
// The one way every output of the product reaches its final name: written completely to a
// temporary in the target folder, flushed to disk, then moved over the final name in one step.
// A failed or killed run therefore never leaves a half-written file under a final name and
// never clobbers the last good one.
//
// How the temporary is made (decided once, here, for every output):
// 1. O_TMPFILE in the target folder: an anonymous inode with no name at all, so a kill leaves
//    nothing behind. At commit it is linked in (linkat through /proc/self/fd/N) under a hidden
//    name and renamed over the final name.
// 2. Where the filesystem refuses O_TMPFILE (NFS, some FUSE mounts), a hidden
//    ".NAME.HOST.PID.XXXXXX.tmp" beside the final name. A killed run may leave one behind; the
//    next AtomicFile for the same final name removes such leftovers (remove_stale_temporaries),
//    or a run sweeps the whole folder once before it writes (remove_stale_temporaries_in), but
//    only those whose process is gone: a running process's temporary, linked and about to be
//    renamed, is never touched.
//
// The output's mode is what any new file gets (0666 less the umask), checked when it is set.
//
// Libraries that insist on writing to a file name (libxlsxwriter: workbook_new(path)) get
// library_path(): "/proc/self/fd/N" for the anonymous file (opening it reopens the same inode),
// or the hidden temporary's path in the fallback. Either way the bytes land in the temporary
// and only commit() gives them the final name.
#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "diag/diagnostic.hpp"

namespace cr::output {

class AtomicFile {
 public:
  // How the temporary is made: `automatic` tries O_TMPFILE and falls back to a hidden file;
  // `hidden_file` goes straight to the fallback (what NFS gets; tests use it to exercise it).
  enum class Route { automatic, hidden_file };
  // Whether open() first removes the leftovers of `target`'s name (this_name), or the caller has
  // swept the folder already (folder_swept): a batch opens hundreds of temporaries in one folder,
  // and a scan of the folder for each would cost in the square of its files.
  enum class Sweep { this_name, folder_swept };

  // Opens a temporary for `target` in target's folder (which must exist). nullopt, with an
  // "output-not-writable" diagnostic naming the folder and the system's reason, on failure.
  static std::optional<AtomicFile> open(const std::filesystem::path& target, diag::Diagnostics& diagnostics,
                                        Route route = Route::automatic, Sweep sweep = Sweep::this_name);

  AtomicFile(AtomicFile&& other) noexcept;
  AtomicFile& operator=(AtomicFile&&) = delete;
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;
  // Discards the temporary unless commit() succeeded.
  ~AtomicFile();

  // Appends bytes to the temporary; false (with a diagnostic) on a write error such as a full disk.
  bool write(std::string_view bytes, diag::Diagnostics& diagnostics);
  // A path through which a library may create and write the content by name (see above).
  // Do not mix with write(): use one or the other.
  std::string library_path() const;
  // Starts writing the content to disk without waiting (sync_file_range): a run that commits
  // several files calls it on each first, so that their commits wait for the disk once, not once
  // each.
  void start_flush();
  // Whether commit() fsyncs the folder after the rename: `later` when the caller renames several
  // files and syncs the folder once (sync_folder), or when the rename need not outlive a power
  // cut on its own (a manifest journal records it).
  enum class FolderSync { now, later };
  // fsyncs the content, gives it the final name atomically and (by default) fsyncs the folder.
  // After a failure the previous file under the final name is untouched.
  bool commit(diag::Diagnostics& diagnostics, FolderSync folder_sync = FolderSync::now);

  const std::filesystem::path& target() const { return target_; }
  // True when the anonymous O_TMPFILE route is in use (false: the hidden-file fallback).
  bool anonymous() const { return anonymous_; }

 private:
  AtomicFile(std::filesystem::path target, int fd, bool anonymous, std::filesystem::path hidden);
  void discard();

  std::filesystem::path target_;
  int fd_ = -1;
  bool anonymous_ = false;
  std::filesystem::path hidden_;  // the fallback's temporary; empty for O_TMPFILE
  bool committed_ = false;
};

// fsyncs `folder`, so that the renames into it outlive a power cut; a warning naming `target`
// (output-not-synced) when it cannot.
void sync_folder(const std::filesystem::path& folder, const std::filesystem::path& target,
                 diag::Diagnostics& diagnostics);

// Writes `bytes` to `target` through an AtomicFile; false with diagnostics on failure.
bool write_file_atomically(const std::filesystem::path& target, std::string_view bytes,
                           diag::Diagnostics& diagnostics);

// Removes hidden ".NAME.HOST.PID....tmp" leftovers of killed runs for the final name `target`:
// those of this host whose process no longer runs. Returns how many were removed. Leftovers of
// other names, of other hosts, or of running processes are not touched.
std::size_t remove_stale_temporaries(const std::filesystem::path& target);

// The same for every final name of `folder`: what a run sweeps once before it writes there.
std::size_t remove_stale_temporaries_in(const std::filesystem::path& folder);

// True when `file_name` has the shape of a hidden temporary for `final_name`.
bool is_temporary_name_for(std::string_view file_name, std::string_view final_name);

}  // namespace cr::output
