#include "input/workbook/xls_workbook.hpp"

#include <freexl.h>
#include <fmt/format.h>

#include "input/workbook/cell_text.hpp"
#include "input/workbook/limits.hpp"

namespace cr::input::workbook {
namespace {

// A FreeXL handle, closed on every path (FreeXL asks for a close even after a failed open).
class Handle {
 public:
  Handle() = default;
  ~Handle() {
    if (handle_ != nullptr) freexl_close(handle_);
  }
  Handle(const Handle&) = delete;
  Handle& operator=(const Handle&) = delete;
  const void** out() { return &handle_; }
  const void* get() const { return handle_; }

 private:
  const void* handle_ = nullptr;
};

void not_a_workbook(const std::string& file, int code, diag::Diagnostics& diagnostics) {
  diagnostics.error(file, 0, 0, "bad-workbook",
                    fmt::format("不是可读的 .xls 工作簿（文件已损坏、被截断或设置了密码，FreeXL 错误 {}）；请在 "
                                "Excel/WPS 中打开后“另存为”.xlsx",
                                code),
                    fmt::format("not a readable .xls workbook (damaged, truncated or password-protected, FreeXL "
                                "error {}); open it in Excel/WPS and save it as .xlsx",
                                code));
}

std::string cell_value(const FreeXL_CellValue& value) {
  switch (value.type) {
    case FREEXL_CELL_INT: return std::to_string(value.value.int_value);
    case FREEXL_CELL_DOUBLE: return number_text(fmt::format("{}", value.value.double_value));
    case FREEXL_CELL_TEXT:
    case FREEXL_CELL_SST_TEXT:
    case FREEXL_CELL_DATE:
    case FREEXL_CELL_DATETIME:
    case FREEXL_CELL_TIME: return value.value.text_value ? value.value.text_value : "";
    default: return {};
  }
}

class XlsWorkbook final : public Workbook {
 public:
  XlsWorkbook(std::filesystem::path path, std::string file) : path_(std::move(path)), file_(std::move(file)) {}

  // Reads the sheet names and checks every sheet's size before FreeXL loads any cell.
  bool load(diag::Diagnostics& diagnostics) {
    Handle info;
    const int opened = freexl_open_info(path_.c_str(), info.out());
    unsigned int count = 0, password = 0;
    if (opened != FREEXL_OK || freexl_get_info(info.get(), FREEXL_BIFF_SHEET_COUNT, &count) != FREEXL_OK) {
      not_a_workbook(file_, opened, diagnostics);
      return false;
    }
    if (freexl_get_info(info.get(), FREEXL_BIFF_PASSWORD, &password) == FREEXL_OK && password == FREEXL_BIFF_OBFUSCATED) {
      diagnostics.error(file_, 0, 0, "bad-workbook", "工作簿设置了密码，无法读取；请在 Excel/WPS 中取消密码后另存",
                        "the workbook is password-protected; remove the password in Excel/WPS and save it again");
      return false;
    }
    for (unsigned int i = 0; i < count; ++i) {
      const char* name = nullptr;
      unsigned int rows = 0;
      unsigned short columns = 0;
      if (freexl_get_worksheet_name(info.get(), static_cast<unsigned short>(i), &name) != FREEXL_OK ||
          freexl_select_active_worksheet(info.get(), static_cast<unsigned short>(i)) != FREEXL_OK ||
          freexl_worksheet_dimensions(info.get(), &rows, &columns) != FREEXL_OK) {
        not_a_workbook(file_, FREEXL_CRAFTED_FILE, diagnostics);
        return false;
      }
      if (static_cast<std::uint64_t>(rows) * columns > limits::xls_cells) {
        diagnostics.add({file_, 0, 0, diag::Severity::error, "workbook-too-large",
                         fmt::format("工作表声明了 {} 行 {} 列，超过 .xls 读取的上限；请另存为 .xlsx 或 CSV", rows,
                                     columns),
                         fmt::format("the sheet declares {} rows and {} columns, past what is read from an .xls; "
                                     "save it as .xlsx or CSV",
                                     rows, columns),
                         name ? name : ""});
        return false;
      }
      names_.emplace_back(name ? name : "");
    }
    return true;
  }

  const std::vector<std::string>& sheet_names() const override { return names_; }

  bool read_sheet(std::size_t index, diag::Diagnostics& diagnostics, const RowSink& sink) override {
    Handle book;
    const int opened = freexl_open(path_.c_str(), book.out());
    unsigned int rows = 0;
    unsigned short columns = 0;
    if (opened != FREEXL_OK ||
        freexl_select_active_worksheet(book.get(), static_cast<unsigned short>(index)) != FREEXL_OK ||
        freexl_worksheet_dimensions(book.get(), &rows, &columns) != FREEXL_OK) {
      not_a_workbook(file_, opened, diagnostics);
      return false;
    }
    const unsigned short read_columns = std::min<unsigned short>(columns, limits::read_columns);
    SheetRow row;
    for (unsigned int r = 0; r < rows; ++r) {
      row.number = static_cast<int>(r) + 1;
      row.cells.assign(read_columns, std::string());
      bool any = false;
      for (unsigned short c = 0; c < read_columns; ++c) {
        FreeXL_CellValue value;
        if (freexl_get_cell_value(book.get(), r, c, &value) != FREEXL_OK) continue;
        row.cells[c] = cell_value(value);
        any = any || !row.cells[c].empty();
      }
      if (any && !sink(row)) return false;
    }
    return true;
  }

 private:
  std::filesystem::path path_;
  std::string file_;
  std::vector<std::string> names_;
};

}  // namespace

std::unique_ptr<Workbook> open_xls(const std::filesystem::path& path, const std::string& file,
                                   diag::Diagnostics& diagnostics) {
  auto workbook = std::make_unique<XlsWorkbook>(path, file);
  if (!workbook->load(diagnostics)) return nullptr;
  return workbook;
}

}  // namespace cr::input::workbook
