#include "input/workbook/workbook.hpp"

#include <fstream>

#include "input/workbook/xls_workbook.hpp"
#include "input/workbook/xlsx_workbook.hpp"

namespace cr::input::workbook {
namespace {

std::string lower_extension(const std::filesystem::path& path) {
  std::string ext = path.extension().string();
  for (char& c : ext) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  return ext;
}

// An .xls renamed .xlsx (or the reverse) is common; the first bytes tell which it is:
// "PK" a zip (.xlsx), D0 CF 11 E0 an OLE compound file (.xls).
bool is_compound_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  unsigned char magic[4] = {};
  in.read(reinterpret_cast<char*>(magic), 4);
  return in.gcount() == 4 && magic[0] == 0xD0 && magic[1] == 0xCF && magic[2] == 0x11 && magic[3] == 0xE0;
}

}  // namespace

bool is_workbook_name(const std::filesystem::path& path) {
  const std::string ext = lower_extension(path);
  return ext == ".xlsx" || ext == ".xls";
}

std::unique_ptr<Workbook> open_workbook(const std::filesystem::path& path, const std::string& file,
                                        diag::Diagnostics& diagnostics) {
  auto workbook = is_compound_file(path) ? open_xls(path, file, diagnostics) : open_xlsx(path, file, diagnostics);
  if (workbook && workbook->sheet_names().empty()) {
    diagnostics.error(file, 0, 0, "bad-workbook", "工作簿里没有任何工作表", "the workbook has no sheets");
    return nullptr;
  }
  return workbook;
}

}  // namespace cr::input::workbook
