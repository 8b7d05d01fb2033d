#include "input/workbook/xlsx_sheet.hpp"

#include <cstdlib>
#include <cstring>
#include <exception>
#include <map>
#include <thread>

#include <fmt/format.h>

#include "input/workbook/cell_reference.hpp"
#include "input/workbook/limits.hpp"
#include "input/workbook/merged_cells.hpp"
#include "input/workbook/row_pipe.hpp"

namespace cr::input::workbook {
namespace {

enum class CellType { number, shared, inline_text, formula_text, boolean, error, iso_date };

CellType type_of(const char* t) {
  if (t == nullptr) return CellType::number;
  const std::string_view type(t);
  if (type == "s") return CellType::shared;
  if (type == "inlineStr") return CellType::inline_text;
  if (type == "str") return CellType::formula_text;
  if (type == "b") return CellType::boolean;
  if (type == "e") return CellType::error;
  if (type == "d") return CellType::iso_date;
  return CellType::number;
}

// "5、9、12" and "C、F": the first few of a list, for messages.
std::string listed(const std::vector<std::string>& items, std::size_t total) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : "、") + item;
  if (total > items.size()) out += "…";
  return out;
}

std::string column_letters(int column) {
  const std::string cell = diag::cell_name(1, column);
  return cell.substr(0, cell.size() - 1);
}

// A few hidden rows or columns, remembered for one warning a sheet.
struct Hidden {
  std::vector<std::string> first;
  std::size_t count = 0;
  int first_row = 0, first_column = 0;
  void add(const std::string& name, std::size_t how_many, int row, int column) {
    if (count == 0) first_row = row, first_column = column;
    count += how_many;
    if (first.size() < 5) first.push_back(name);
  }
};

class SheetHandler final : public XmlHandler {
 public:
  SheetHandler(const SheetContext& context, diag::Diagnostics& diagnostics, const RowSink& sink,
               std::vector<MergedRange> merged)
      : context_(context), diagnostics_(diagnostics), sink_(sink), fill_(std::move(merged)) {}

  void attach(XmlStream& xml) {
    xml_ = &xml;
    xml.want_text(false);  // only values are read
  }
  bool finished() const { return finished_; }
  bool failed() const { return failed_; }

  void start(std::string_view name, const char** attributes) override {
    if (name == "c") return start_cell(attributes);
    if (name == "v") return void(xml_->want_text(in_value_ = value_element_ = in_cell_));
    if (name == "f") return void(has_formula_ = in_cell_);
    if (name == "is") return void(in_inline_ = in_cell_);
    if (name == "t") return void(xml_->want_text(in_value_ = in_inline_ && phonetic_ == 0));
    if (name == "rPh") return void(++phonetic_);
    if (name == "row") return start_row(attributes);
    if (name == "col") return hidden_columns(attributes);
    if (name == "dimension") return dimension(attributes);
  }

  void end(std::string_view name) override {
    if (name == "c") return end_cell();
    if (name == "v" || name == "t") return void(xml_->want_text(in_value_ = false));
    if (name == "is") return void(in_inline_ = false);
    if (name == "rPh") return void(--phonetic_);
    if (name == "row") return end_row();
    if (name == "sheetData") {
      finished_ = true;
      xml_->stop();  // what follows (merges, print settings) was found by the first pass or is not needed
    }
  }

  void text(std::string_view text) override {
    if (in_value_) {
      value_.append(text);
      has_value_ = true;
    }
  }

  void report_after() {
    for (const auto& [column, formula] : formulas_) report_formula(column, formula);
    report_hidden();
    if (far_cells_ > 0)
      warn(far_row_, far_column_, "cells-out-of-range",
           fmt::format("第 {} 列以右的 {} 个单元格不在读取范围内，将被忽略", limits::read_columns, far_cells_),
           fmt::format("{} cells right of column {} are beyond the columns read and are ignored", far_cells_,
                       limits::read_columns));
    if (declared_rows_ > last_row_)
      warn(0, 0, "sheet-dimension",
           fmt::format("工作表声明的范围到第 {} 行，实际数据只到第 {} 行；多出的部分按空行处理", declared_rows_,
                       last_row_),
           fmt::format("the sheet declares rows up to {} but holds data up to row {} only; the rest is read as "
                       "empty",
                       declared_rows_, last_row_));
  }

 private:
  struct Formula {
    int first_row = 0;
    std::size_t count = 0;
  };

  void start_row(const char** attributes) {
    const char *r = nullptr, *hidden = nullptr;
    for (const char** a = attributes; *a != nullptr; a += 2) {
      if (std::strcmp(a[0], "r") == 0) r = a[1];
      else if (std::strcmp(a[0], "hidden") == 0) hidden = a[1];
    }
    const int number = r ? std::atoi(r) : row_.number + 1;
    if (number <= last_row_ || number > limits::max_row)
      return damaged(last_row_, 0, fmt::format("行号 {} 重复、倒序或超出 Excel 的范围", r ? r : ""),
                     fmt::format("the row number {} repeats, goes backwards or lies past Excel's grid", r ? r : ""));
    row_.number = last_row_ = number;
    row_.cells.clear();
    unknown_ = false;
    next_column_ = 1;
    if (hidden && (std::strcmp(hidden, "1") == 0 || std::strcmp(hidden, "true") == 0))
      rows_hidden_.add(std::to_string(number), 1, number, 0);
  }

  void end_row() {
    if (failed_) return;
    bool any = false;
    for (const auto& cell : row_.cells) any = any || !cell.empty();
    if (!any && !unknown_) return;  // a formatted but empty row: nothing to fill down into, nothing to read
    fill_.apply(row_);
    // A row with a cell whose value is unknown is not read: its formula's error is the one cause.
    if (!unknown_ && !sink_(row_)) xml_->stop();
    row_.cells.clear();
  }

  void start_cell(const char** attributes) {
    // One pass over the attributes: a sheet of a million rows has millions of cells.
    const char *r = nullptr, *t = nullptr, *s = nullptr;
    for (const char** a = attributes; *a != nullptr; a += 2) {
      const char* name = a[0];
      if (name[0] == '\0' || name[1] != '\0') continue;  // r, t and s are one letter, never prefixed
      if (name[0] == 'r') r = a[1];
      else if (name[0] == 't') t = a[1];
      else if (name[0] == 's') s = a[1];
    }
    CellReference cell{row_.number, next_column_};
    if (r && (!parse_cell(r, cell) || (cell.row != 0 && cell.row != row_.number)))
      return damaged(row_.number, 0, fmt::format("单元格位置“{}”无效或不在本行", r),
                     fmt::format("the cell reference '{}' is invalid or not in its row", r));
    column_ = cell.column;
    next_column_ = column_ + 1;
    type_ = type_of(t);
    style_ = s ? static_cast<std::size_t>(std::strtoul(s, nullptr, 10)) : 0;
    value_.clear();
    in_cell_ = true;
    has_value_ = has_formula_ = value_element_ = false;
  }

  void end_cell() {
    in_cell_ = in_value_ = in_inline_ = false;
    if (failed_) return;
    // A formula's cached value is its <v>; <v></v> is a cached empty text only for t="str".
    if (has_formula_ && (!value_element_ || (value_.empty() && type_ != CellType::formula_text))) {
      auto& formula = formulas_[column_];
      if (formula.count++ == 0) formula.first_row = row_.number;
      unknown_ = true;
      return;
    }
    if (!has_value_ || value_.empty()) return;
    if (column_ > limits::read_columns) {
      if (far_cells_++ == 0) far_row_ = row_.number, far_column_ = column_;
      return;
    }
    std::string text = cell_text();
    if (text.empty()) return;
    const auto index = static_cast<std::size_t>(column_ - 1);
    if (index >= row_.cells.size()) row_.cells.resize(index + 1);
    row_.cells[index] = std::move(text);
  }

  std::string cell_text() {
    switch (type_) {
      case CellType::shared: {
        char* end = nullptr;
        const unsigned long index = std::strtoul(value_.c_str(), &end, 10);
        const auto found = context_.strings.at(index);
        if (end == value_.c_str() || *end != '\0' || !found) {
          damaged(row_.number, column_, fmt::format("共享字符串编号“{}”不存在", value_),
                  fmt::format("the shared string {} does not exist", value_));
          return {};
        }
        return std::string(*found);
      }
      case CellType::inline_text:
      case CellType::formula_text: return value_.find("_x") == std::string::npos ? value_ : unescape_ooxml(value_);
      case CellType::boolean: return value_ == "1" ? "TRUE" : "FALSE";
      case CellType::error: return value_;  // #DIV/0!, #N/A: what a CSV export holds too
      case CellType::iso_date: {
        const NumberKind kind = context_.styles.kind(style_);
        const std::string date = value_.substr(0, 10);
        return kind == NumberKind::month ? date.substr(0, 7) : date;
      }
      case CellType::number: break;
    }
    std::string text = workbook::cell_text(value_, context_.styles.kind(style_), context_.date1904);
    if (text.empty())
      damaged(row_.number, column_, fmt::format("数值“{}”无法识别", value_),
              fmt::format("the number '{}' cannot be read", value_));
    return text;
  }

  void hidden_columns(const char** attributes) {
    const char* hidden = attribute(attributes, "hidden");
    if (!hidden || (std::strcmp(hidden, "1") != 0 && std::strcmp(hidden, "true") != 0)) return;
    const char* min = attribute(attributes, "min");
    const char* max = attribute(attributes, "max");
    const int first = min ? std::atoi(min) : 0, last = max ? std::atoi(max) : first;
    if (first < 1 || last < first || first > limits::read_columns) return;
    const int shown_last = std::min(last, limits::read_columns);
    const std::string name = first == shown_last ? column_letters(first)
                                                 : column_letters(first) + "-" + column_letters(shown_last);
    columns_hidden_.add(name, static_cast<std::size_t>(shown_last - first + 1), 0, first);
  }

  void dimension(const char** attributes) {
    const char* ref = attribute(attributes, "ref");
    CellReference first, last;
    if (ref && parse_range(ref, first, last)) declared_rows_ = last.row;
  }

  void damaged(int row, int column, const std::string& zh, const std::string& en) {
    if (failed_) return;
    failed_ = true;
    diagnostics_.add({context_.package.file(), row, column, diag::Severity::error, "bad-workbook",
                      fmt::format("工作表已损坏：{}；请在 Excel/WPS 中打开后重新“另存为”.xlsx", zh),
                      fmt::format("the sheet is damaged: {}; open it in Excel/WPS and save it as .xlsx again", en),
                      context_.sheet});
    xml_->stop();
  }

  void warn(int row, int column, std::string code, std::string zh, std::string en) {
    diagnostics_.add({context_.package.file(), row, column, diag::Severity::warning, std::move(code), std::move(zh),
                      std::move(en), context_.sheet});
  }

  void report_formula(int column, const Formula& formula) {
    const std::string more_zh = formula.count > 1 ? fmt::format("（该列另有 {} 个这样的单元格）", formula.count - 1) : "";
    const std::string more_en = formula.count > 1 ? fmt::format(" (and {} more in this column)", formula.count - 1) : "";
    diagnostics_.add(
        {context_.package.file(), formula.first_row, column, diag::Severity::error, "formula-no-value",
         fmt::format("单元格 {} 是公式，但文件里没有保存它的计算结果{}；请在 Excel/WPS 中打开，确认算出结果后保存",
                     diag::cell_name(formula.first_row, column), more_zh),
         fmt::format("the cell {} holds a formula whose result was never saved{}; open the workbook in Excel/WPS "
                     "and save it once it has calculated",
                     diag::cell_name(formula.first_row, column), more_en),
         context_.sheet});
  }

  void report_hidden() {
    if (rows_hidden_.count > 0)
      warn(rows_hidden_.first_row, 0, "hidden-cells",
           fmt::format("第 {} 行是隐藏的（共 {} 行），其中的数据照样读取；不需要的数据请删除而不是隐藏",
                       listed(rows_hidden_.first, rows_hidden_.count), rows_hidden_.count),
           fmt::format("rows {} are hidden ({} in all) and are read all the same; delete data that is not "
                       "wanted rather than hiding it",
                       listed(rows_hidden_.first, rows_hidden_.count), rows_hidden_.count));
    if (columns_hidden_.count > 0)
      warn(0, 0, "hidden-cells",
           fmt::format("{} 列是隐藏的（共 {} 列），其中的数据照样读取；不需要的数据请删除而不是隐藏",
                       listed(columns_hidden_.first, columns_hidden_.first.size()), columns_hidden_.count),
           fmt::format("columns {} are hidden ({} in all) and are read all the same; delete data that is not "
                       "wanted rather than hiding it",
                       listed(columns_hidden_.first, columns_hidden_.first.size()), columns_hidden_.count));
  }

  const SheetContext& context_;
  diag::Diagnostics& diagnostics_;
  const RowSink& sink_;
  FillDown fill_;
  XmlStream* xml_ = nullptr;
  SheetRow row_;
  std::string value_;
  CellType type_ = CellType::number;
  std::size_t style_ = 0;
  int column_ = 0, next_column_ = 1, last_row_ = 0, declared_rows_ = 0, phonetic_ = 0;
  bool in_cell_ = false, in_value_ = false, in_inline_ = false, has_value_ = false, has_formula_ = false;
  bool value_element_ = false;  // the cell has a <v>
  bool finished_ = false, failed_ = false;
  bool unknown_ = false;  // the current row has a formula without a cached value
  std::map<int, Formula> formulas_;  // by column
  Hidden rows_hidden_, columns_hidden_;
  std::size_t far_cells_ = 0;
  int far_row_ = 0, far_column_ = 0;
};


// Both passes over the sheet, handing each row to `sink`.
bool parse_sheet(const SheetContext& context, diag::Diagnostics& diagnostics, const RowSink& sink) {
  MergeScan merges;
  if (!context.package.read(context.part, limits::sheet_bytes, context.sheet, diagnostics, [&](std::string_view piece) {
        merges.feed(piece);
        return true;
      }))
    return false;
  SheetHandler handler(context, diagnostics, sink, merges.ranges());
  XmlStream xml(handler);
  handler.attach(xml);
  bool xml_ok = true;
  const bool read = context.package.read(context.part, limits::sheet_bytes, context.sheet, diagnostics,
                                         [&](std::string_view piece) { return xml_ok = xml.feed(piece, false); });
  if (read) xml_ok = xml.feed({}, true);
  if (handler.failed()) return false;
  if (handler.finished()) {
    handler.report_after();
    return true;
  }
  if (!read && xml_ok) return false;                  // the package said why
  if (xml.stopped() && !xml.refused()) return false;  // the sink stopped reading
  diagnostics.add({context.package.file(), 0, 0, diag::Severity::error, "bad-workbook",
                   "工作表已损坏：" + (xml_ok ? std::string("没有数据部分（sheetData）") : xml.problem_zh()),
                   "the sheet is damaged: " + (xml_ok ? std::string("it has no sheetData") : xml.problem_en()),
                   context.sheet});
  return false;
}

}  // namespace

bool read_xlsx_sheet(const SheetContext& context, diag::Diagnostics& diagnostics, const RowSink& sink) {
  RowPipe pipe;
  diag::Diagnostics found;  // the parsing thread's own; joined to `diagnostics` at the end
  bool complete = false;
  std::exception_ptr failure;
  std::thread parser([&] {
    try {
      std::vector<SheetRow> batch;
      const RowSink batcher = [&](SheetRow& row) {
        batch.push_back(std::move(row));
        if (batch.size() < RowPipe::batch_rows) return true;
        const bool taken = pipe.push(std::move(batch));
        batch.clear();
        return taken;
      };
      complete = parse_sheet(context, found, batcher);
      if (!batch.empty()) pipe.push(std::move(batch));
    } catch (...) {
      failure = std::current_exception();
    }
    pipe.close();
  });
  std::vector<SheetRow> batch;
  bool stopped = false;
  try {
    while (!stopped && pipe.pop(batch))
      for (SheetRow& row : batch)
        if (!sink(row)) {
          stopped = true;
          pipe.cancel();
          break;
        }
  } catch (...) {  // the parsing thread is stopped and joined before anything leaves
    pipe.cancel();
    parser.join();
    throw;
  }
  parser.join();
  if (failure) std::rethrow_exception(failure);
  diagnostics.append(found);
  return complete && !stopped;
}

}  // namespace cr::input::workbook
