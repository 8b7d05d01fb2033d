#include "font/font_files.hpp"

#include <algorithm>
#include <cctype>
#include <string>

#include <fmt/format.h>

#include "input/safe_path.hpp"

namespace cr::font {
namespace {

// Whether `name` in the confined `folder` may be read; reports why not.
bool may_read(const FontFolder& folder, const std::string& name, diag::Diagnostics* diagnostics) {
  diag::Diagnostics ignored;
  diag::Diagnostics& report = diagnostics ? *diagnostics : ignored;
  const std::string relative = "fonts/" + name;
  const input::ResolvedPath resolved = input::resolve_inside(folder.confined_to, relative);
  if (resolved.status == input::PathStatus::missing) return false;  // gone since it was listed
  if (!input::report_unsafe(resolved, relative, report)) return false;
  std::error_code ec;
  const auto size = std::filesystem::file_size(resolved.path, ec);
  if (ec || size <= max_font_file_bytes) return !ec;
  report.error(relative, 0, 0, "font-file-too-large",
               fmt::format("字体文件超过 {} MB，拒绝读取；真正的字体文件不会这么大，请检查是否放错了文件",
                           max_font_file_bytes >> 20),
               fmt::format("the font file is larger than {} MB and is refused; no real font is this large: "
                           "check that the right file was put here",
                           max_font_file_bytes >> 20));
  return false;
}

}  // namespace

bool is_font_file(const std::filesystem::path& file) {
  std::string ext = file.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext == ".ttf" || ext == ".otf" || ext == ".ttc" || ext == ".otc";
}

std::vector<std::filesystem::path> font_files(const FontFolder& folder, diag::Diagnostics* diagnostics) {
  std::error_code ec;
  std::vector<std::filesystem::path> named;
  for (const auto& item : std::filesystem::directory_iterator(folder.path, ec))
    if (is_font_file(item.path())) named.push_back(item.path());
  std::sort(named.begin(), named.end());
  std::vector<std::filesystem::path> files;
  for (const auto& file : named) {
    const bool readable = folder.confined_to.empty() ? std::filesystem::is_regular_file(file, ec)
                                                     : may_read(folder, file.filename().string(), diagnostics);
    if (readable) files.push_back(file);
  }
  return files;
}

}  // namespace cr::font
