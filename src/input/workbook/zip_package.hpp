#pragma once
// The zip container of an .xlsx, read with libzip within bounds: every entry name is checked
// (no "..", no absolute path), and a part is inflated piece by piece while its size and its
// compression ratio are watched, so that a zip bomb is stopped long before memory or time runs
// out. Nothing is ever written to disk.
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "diag/diagnostic.hpp"

struct zip;

namespace cr::input::workbook {

// Receives the next inflated piece; returns false to stop.
using PieceSink = std::function<bool(std::string_view piece)>;

class ZipPackage {
 public:
  // Opens the package and checks its directory; nullptr, with a diagnostic, when it is not a
  // readable zip (not a workbook, truncated, encrypted) or an entry is unsafe or too large.
  static std::unique_ptr<ZipPackage> open(const std::filesystem::path& path, const std::string& file,
                                          diag::Diagnostics& diagnostics);
  ~ZipPackage();
  ZipPackage(const ZipPackage&) = delete;
  ZipPackage& operator=(const ZipPackage&) = delete;

  // Whether the package holds part `name` (part names ignore letter case).
  bool has(const std::string& name) const;
  // The size part `name` declares for itself inflated (0 when unknown); a hint, never trusted.
  std::uint64_t declared_size(const std::string& name) const;
  // Inflates part `name` into `sink`, at most `limit` bytes. False, with a diagnostic naming
  // `sheet` when given, when the part is missing, damaged or past a bound; also false (without
  // one) when the sink stopped.
  bool read(const std::string& name, std::uint64_t limit, const std::string& sheet, diag::Diagnostics& diagnostics,
            const PieceSink& sink) const;

  const std::string& file() const { return file_; }

 private:
  ZipPackage(zip* archive, std::string file) : archive_(archive), file_(std::move(file)) {}
  void damaged(const std::string& sheet, const std::string& part, diag::Diagnostics& diagnostics) const;

  zip* archive_;
  std::string file_;
};

// Part `target` of a relationship, resolved against the folder `base` ("xl/"): "worksheets/
// sheet1.xml" gives "xl/worksheets/sheet1.xml", "/xl/x.xml" gives "xl/x.xml". Empty when the
// target climbs out of the package ("../../etc/passwd").
std::string resolve_part(std::string_view base, std::string_view target);

// Whether an entry name could escape a folder it were extracted to: "..", a leading "/" or "\",
// a drive letter.
bool unsafe_entry_name(std::string_view name);

}  // namespace cr::input::workbook
