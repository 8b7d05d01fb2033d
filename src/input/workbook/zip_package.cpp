#include "input/workbook/zip_package.hpp"

#include <array>
#include <vector>

#include <fmt/format.h>
#include <zip.h>

#include "input/workbook/limits.hpp"

namespace cr::input::workbook {
namespace {

void not_a_workbook(const std::string& file, int code, diag::Diagnostics& diagnostics) {
  const bool encrypted = code == ZIP_ER_ENCRNOTSUPP || code == ZIP_ER_NOPASSWD || code == ZIP_ER_WRONGPASSWD;
  if (encrypted) {
    diagnostics.error(file, 0, 0, "bad-workbook", "工作簿设置了打开密码，无法读取；请在 Excel/WPS 中取消密码后另存",
                      "the workbook is password-protected; remove the password in Excel/WPS and save it again");
    return;
  }
  zip_error_t error;
  zip_error_init_with_code(&error, code);
  const std::string reason = zip_error_strerror(&error);
  zip_error_fini(&error);
  diagnostics.error(file, 0, 0, "bad-workbook",
                    fmt::format("不是完整的 .xlsx 工作簿（文件已损坏、被截断，或并非 Excel 文件：{}）；请在 "
                                "Excel/WPS 中打开后重新“另存为”.xlsx",
                                reason),
                    fmt::format("not a complete .xlsx workbook (damaged, truncated, or not an Excel file: {}); "
                                "open it in Excel/WPS and save it as .xlsx again",
                                reason));
}

void too_large(const std::string& file, const std::string& sheet, const std::string& part, std::uint64_t limit,
               diag::Diagnostics& diagnostics) {
  diagnostics.add({file, 0, 0, diag::Severity::error, "workbook-too-large",
                   fmt::format("工作簿的组成部分 {} 解压后超过 {} MB（或压缩比异常，疑似“压缩炸弹”），已停止读取；"
                               "数据量确实这么大时请另存为 CSV",
                               part, limit / limits::mib),
                   fmt::format("the workbook part {} inflates past {} MB (or at an abnormal ratio, a likely zip "
                               "bomb); reading stopped. Save truly large data as CSV",
                               part, limit / limits::mib),
                   sheet});
}

// Checks every entry's name and declared size before anything is inflated.
bool check_directory(zip* archive, const std::string& file, diag::Diagnostics& diagnostics) {
  const zip_int64_t count = zip_get_num_entries(archive, 0);
  if (count < 0 || static_cast<std::uint64_t>(count) > limits::entries) {
    not_a_workbook(file, ZIP_ER_INCONS, diagnostics);
    return false;
  }
  std::uint64_t total = 0;
  for (zip_int64_t i = 0; i < count; ++i) {
    zip_stat_t stat;
    if (zip_stat_index(archive, static_cast<zip_uint64_t>(i), 0, &stat) != 0 || !(stat.valid & ZIP_STAT_NAME)) {
      not_a_workbook(file, ZIP_ER_INCONS, diagnostics);
      return false;
    }
    if (unsafe_entry_name(stat.name)) {
      diagnostics.error(file, 0, 0, "unsafe-entry",
                        fmt::format("工作簿里有一个指向包外的条目“{}”，正常的 Excel/WPS 文件不会有，已拒绝读取",
                                    stat.name),
                        fmt::format("the workbook holds an entry '{}' that points outside the package, which no "
                                    "Excel or WPS file does; refused",
                                    stat.name));
      return false;
    }
    if (stat.valid & ZIP_STAT_SIZE) total += stat.size;
    if ((stat.valid & ZIP_STAT_SIZE) && stat.size > limits::sheet_bytes) {
      too_large(file, "", stat.name, limits::sheet_bytes, diagnostics);
      return false;
    }
  }
  if (total > limits::workbook_bytes) {
    too_large(file, "", "（全部）", limits::workbook_bytes, diagnostics);
    return false;
  }
  return true;
}

}  // namespace

std::unique_ptr<ZipPackage> ZipPackage::open(const std::filesystem::path& path, const std::string& file,
                                             diag::Diagnostics& diagnostics) {
  int code = 0;
  zip* archive = zip_open(path.c_str(), ZIP_RDONLY | ZIP_CHECKCONS, &code);
  if (archive == nullptr) {
    not_a_workbook(file, code, diagnostics);
    return nullptr;
  }
  std::unique_ptr<ZipPackage> package(new ZipPackage(archive, file));
  if (!check_directory(archive, file, diagnostics)) return nullptr;
  return package;
}

ZipPackage::~ZipPackage() { zip_discard(archive_); }

bool ZipPackage::has(const std::string& name) const {
  return zip_name_locate(archive_, name.c_str(), ZIP_FL_NOCASE) >= 0;
}

std::uint64_t ZipPackage::declared_size(const std::string& name) const {
  zip_stat_t stat;
  if (zip_stat(archive_, name.c_str(), ZIP_FL_NOCASE, &stat) != 0 || !(stat.valid & ZIP_STAT_SIZE)) return 0;
  return stat.size;
}

void ZipPackage::damaged(const std::string& sheet, const std::string& part, diag::Diagnostics& diagnostics) const {
  diagnostics.add({file_, 0, 0, diag::Severity::error, "bad-workbook",
                   fmt::format("工作簿的组成部分 {} 缺失或已损坏（文件可能被截断）；请在 Excel/WPS 中打开后重新"
                               "“另存为”.xlsx",
                               part),
                   fmt::format("the workbook part {} is missing or damaged (the file may be truncated); open it "
                               "in Excel/WPS and save it as .xlsx again",
                               part),
                   sheet});
}

bool ZipPackage::read(const std::string& name, std::uint64_t limit, const std::string& sheet,
                      diag::Diagnostics& diagnostics, const PieceSink& sink) const {
  const zip_int64_t index = zip_name_locate(archive_, name.c_str(), ZIP_FL_NOCASE);
  zip_stat_t stat;
  if (index < 0 || zip_stat_index(archive_, static_cast<zip_uint64_t>(index), 0, &stat) != 0) {
    damaged(sheet, name, diagnostics);
    return false;
  }
  if ((stat.valid & ZIP_STAT_SIZE) && stat.size > limit) {
    too_large(file_, sheet, name, limit, diagnostics);
    return false;
  }
  const std::uint64_t packed = (stat.valid & ZIP_STAT_COMP_SIZE) ? std::max<std::uint64_t>(stat.comp_size, 1) : 1;
  zip_file_t* part = zip_fopen_index(archive_, static_cast<zip_uint64_t>(index), 0);
  if (part == nullptr) {
    damaged(sheet, name, diagnostics);
    return false;
  }
  std::vector<char> buffer(256 * 1024);
  std::uint64_t inflated = 0;
  bool ok = true;
  while (true) {
    const zip_int64_t got = zip_fread(part, buffer.data(), buffer.size());
    if (got < 0) {
      damaged(sheet, name, diagnostics);
      ok = false;
      break;
    }
    if (got == 0) break;
    inflated += static_cast<std::uint64_t>(got);
    if (inflated > limit || (inflated > limits::ratio_floor && inflated / packed > limits::compression_ratio)) {
      too_large(file_, sheet, name, limit, diagnostics);
      ok = false;
      break;
    }
    if (!sink(std::string_view(buffer.data(), static_cast<std::size_t>(got)))) {
      ok = false;
      break;
    }
  }
  zip_fclose(part);
  return ok;
}

std::string resolve_part(std::string_view base, std::string_view target) {
  std::string joined = target.starts_with('/') ? std::string(target.substr(1)) : std::string(base) + std::string(target);
  std::vector<std::string> segments;
  std::size_t start = 0;
  while (start <= joined.size()) {
    std::size_t end = joined.find('/', start);
    if (end == std::string::npos) end = joined.size();
    const std::string segment = joined.substr(start, end - start);
    if (segment == "..") {
      if (segments.empty()) return {};
      segments.pop_back();
    } else if (!segment.empty() && segment != ".") {
      segments.push_back(segment);
    }
    start = end + 1;
  }
  std::string out;
  for (const auto& segment : segments) out += (out.empty() ? "" : "/") + segment;
  return out;
}

bool unsafe_entry_name(std::string_view name) {
  if (name.starts_with('/') || name.starts_with('\\')) return true;
  if (name.size() >= 2 && name[1] == ':') return true;
  std::size_t start = 0;
  while (start <= name.size()) {
    std::size_t end = name.find_first_of("/\\", start);
    if (end == std::string_view::npos) end = name.size();
    if (name.substr(start, end - start) == "..") return true;
    start = end + 1;
  }
  return false;
}

}  // namespace cr::input::workbook
