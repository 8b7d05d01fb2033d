#include "input/workbook/xlsx_workbook.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "input/workbook/limits.hpp"
#include "input/workbook/shared_strings.hpp"
#include "input/workbook/xlsx_parts.hpp"
#include "input/workbook/xlsx_sheet.hpp"
#include "input/workbook/zip_package.hpp"

namespace cr::input::workbook {
namespace {

class XlsxWorkbook final : public Workbook {
 public:
  explicit XlsxWorkbook(std::unique_ptr<ZipPackage> package) : package_(std::move(package)) {}

  // Reads what every sheet needs: where the sheets are, the number formats, the shared strings.
  bool load(diag::Diagnostics& diagnostics) {
    Relationships package_rels;
    std::string main = "xl/workbook.xml";
    if (package_->has("_rels/.rels")) {
      if (!parse_part(*package_, "_rels/.rels", limits::small_part_bytes, "", package_rels, diagnostics)) return false;
      if (!unescaped(package_rels, diagnostics)) return false;
      if (auto found = package_rels.by_type.find("officeDocument"); found != package_rels.by_type.end())
        main = found->second;
    }
    if (!parse_part(*package_, main, limits::small_part_bytes, "", workbook_, diagnostics)) return false;
    relationships_.base = folder_of(main);
    if (package_->has(relationships_of(main)) &&
        !parse_part(*package_, relationships_of(main), limits::small_part_bytes, "", relationships_, diagnostics))
      return false;
    if (!unescaped(relationships_, diagnostics)) return false;
    for (const auto& sheet : workbook_.sheets) names_.push_back(sheet.name);
    if (const auto found = relationships_.by_type.find("sharedStrings"); found != relationships_.by_type.end())
      strings_.reserve(std::min(package_->declared_size(found->second), limits::shared_strings_bytes));
    return optional_part("styles", limits::small_part_bytes, styles_, diagnostics) &&
           optional_part("sharedStrings", limits::shared_strings_bytes, strings_, diagnostics);
  }

  const std::vector<std::string>& sheet_names() const override { return names_; }

  bool read_sheet(std::size_t index, diag::Diagnostics& diagnostics, const RowSink& sink) override {
    const SheetEntry& entry = workbook_.sheets.at(index);
    const auto part = relationships_.by_id.find(entry.relationship);
    if (part == relationships_.by_id.end()) {
      diagnostics.add({package_->file(), 0, 0, diag::Severity::error, "bad-workbook",
                       "工作簿已损坏：找不到这张工作表的数据；请在 Excel/WPS 中打开后重新“另存为”.xlsx",
                       "the workbook is damaged: this sheet's data cannot be found; open it in Excel/WPS and save "
                       "it as .xlsx again",
                       entry.name});
      return false;
    }
    const SheetContext context{*package_, strings_, styles_, workbook_.date1904, part->second, entry.name};
    return read_xlsx_sheet(context, diagnostics, sink);
  }

 private:
  bool optional_part(const std::string& type, std::uint64_t limit, XmlHandler& handler,
                     diag::Diagnostics& diagnostics) {
    const auto found = relationships_.by_type.find(type);
    if (found == relationships_.by_type.end() || !package_->has(found->second)) return true;
    return parse_part(*package_, found->second, limit, "", handler, diagnostics);
  }

  bool unescaped(const Relationships& relationships, diag::Diagnostics& diagnostics) {
    if (!relationships.escapes) return true;
    diagnostics.error(package_->file(), 0, 0, "unsafe-entry",
                      "工作簿的内部链接指向了包外的位置，正常的 Excel/WPS 文件不会这样，已拒绝读取",
                      "a link inside the workbook points outside its package, which no Excel or WPS file does; "
                      "refused");
    return false;
  }

  std::unique_ptr<ZipPackage> package_;
  Relationships relationships_;
  WorkbookPart workbook_;
  StylesPart styles_;
  SharedStrings strings_;
  std::vector<std::string> names_;
};

}  // namespace

std::unique_ptr<Workbook> open_xlsx(const std::filesystem::path& path, const std::string& file,
                                    diag::Diagnostics& diagnostics) {
  auto package = ZipPackage::open(path, file, diagnostics);
  if (!package) return nullptr;
  auto workbook = std::make_unique<XlsxWorkbook>(std::move(package));
  if (!workbook->load(diagnostics)) return nullptr;
  return workbook;
}

}  // namespace cr::input::workbook
