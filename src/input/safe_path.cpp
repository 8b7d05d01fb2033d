#include "input/safe_path.hpp"

#include <fmt/format.h>

namespace cr::input {
namespace fs = std::filesystem;

namespace {

bool is_inside(const fs::path& root, const fs::path& candidate) {
  auto r = root.begin();
  auto c = candidate.begin();
  for (; r != root.end(); ++r, ++c)
    if (c == candidate.end() || *r != *c) return false;
  return true;
}

}  // namespace

ResolvedPath resolve_inside(const fs::path& root, const std::string& relative, bool want_folder) {
  std::error_code ec;
  const fs::path joined = root / relative;
  const auto link_status = fs::symlink_status(joined, ec);
  if (ec || !fs::exists(link_status)) return {PathStatus::missing, {}};
  fs::path real = fs::canonical(joined, ec);
  if (ec) {  // a dangling link
    return {fs::is_symlink(link_status) ? PathStatus::outside : PathStatus::missing, {}};
  }
  if (!is_inside(root, real)) return {PathStatus::outside, {}};
  const auto status = fs::status(real, ec);
  if (ec) return {PathStatus::missing, {}};
  if (want_folder && !fs::is_directory(status)) return {PathStatus::not_a_folder, {}};
  if (!want_folder && !fs::is_regular_file(status)) return {PathStatus::not_a_file, {}};
  return {PathStatus::ok, real};
}

bool report_unsafe(const ResolvedPath& resolved, const std::string& relative,
                   diag::Diagnostics& diagnostics) {
  switch (resolved.status) {
    case PathStatus::ok:
    case PathStatus::missing:
      return resolved.status == PathStatus::ok;
    case PathStatus::outside:
      diagnostics.error(
          relative, 0, 0, "path-outside-folder",
          "这是一个指向活动目录之外（或已失效）的符号链接，出于安全考虑拒绝读取；请把文件本身复制到活动目录"
          "中",
          "this is a symbolic link that resolves outside the campaign folder (or nowhere); it is "
          "refused for safety: copy the file itself into the campaign folder");
      return false;
    case PathStatus::not_a_file:
      diagnostics.error(relative, 0, 0, "not-a-file", "这不是普通文件（可能是文件夹或设备）",
                        "this is not a regular file (a folder or a device?)");
      return false;
    case PathStatus::not_a_folder:
      diagnostics.error(relative, 0, 0, "not-a-folder", "这应当是文件夹，却是文件",
                        "this should be a folder, but it is a file");
      return false;
  }
  return false;
}

}  // namespace cr::input
