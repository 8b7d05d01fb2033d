#include "form/form_return.hpp"

#include <algorithm>
#include <map>
#include <set>

#include <fmt/format.h>

#include "form/form_layout.hpp"
#include "form/form_writer.hpp"
#include "input/folding.hpp"
#include "input/header.hpp"
#include "input/value_parser.hpp"
#include "input/workbook/workbook.hpp"

namespace cr::form {
namespace {

using input::workbook::SheetRow;
using input::workbook::Workbook;

std::string trimmed(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  return std::string(text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1));
}

std::optional<std::size_t> sheet_index(const Workbook& book, std::string_view name) {
  const auto& names = book.sheet_names();
  for (std::size_t i = 0; i < names.size(); ++i)
    if (names[i] == name) return i;
  return std::nullopt;
}

// The rows of a sheet. The form's own hidden column and sheet are no news to report.
std::vector<SheetRow> read_rows(Workbook& book, std::size_t sheet, diag::Diagnostics& diagnostics) {
  std::vector<SheetRow> rows;
  diag::Diagnostics found;
  book.read_sheet(sheet, found, [&](SheetRow& row) {
    rows.push_back(std::move(row));
    return rows.size() < 100000;  // a form has a few hundred rows; more is not a form
  });
  for (const diag::Diagnostic& d : found.items())
    if (d.code != "hidden-cells") diagnostics.add(d);
  return rows;
}

std::string cell(const SheetRow& row, int column) {
  return column >= 0 && static_cast<std::size_t>(column) < row.cells.size() ? trimmed(row.cells[column]) : "";
}

class ReturnReader {
 public:
  ReturnReader(const std::string& file, const model::Campaign& campaign, const FormPlan& plan,
               diag::Diagnostics& diagnostics)
      : file_(file), campaign_(campaign), plan_(plan), diagnostics_(diagnostics) {}

  std::optional<FormReturn> read(Workbook& book);

 private:
  bool check_identity(Workbook& book, std::size_t meta, FormReturn& result);
  bool read_figures(const std::vector<SheetRow>& rows, FormReturn& result);
  bool check_unit_cell(const std::vector<SheetRow>& rows, std::size_t header, const FormReturn& result);
  bool read_figure(const SheetRow& row, const std::map<std::string, int>& columns, FormReturn& result);
  bool check_value(const SheetRow& row, const std::map<std::string, int>& columns, const FormRow& asked);

  void error(int row, int column, std::string code, std::string zh, std::string en, bool in_form_sheet = true) {
    diag::Diagnostic d{file_, row, column, diag::Severity::error, std::move(code), std::move(zh), std::move(en),
                       in_form_sheet ? std::string(form_sheet) : std::string()};
    diagnostics_.add(std::move(d));
  }
  void not_a_form(std::string_view zh, std::string_view en) {
    error(0, 0, "not-a-form",
          fmt::format("不是 campaign-report 生成的填报表（{}）；请用本活动发出的填报表填写", zh),
          fmt::format("not a form made by campaign-report ({}); fill in the form this campaign sent", en), false);
  }

  const std::string& file_;
  const model::Campaign& campaign_;
  const FormPlan& plan_;
  diag::Diagnostics& diagnostics_;
  std::map<std::string, std::size_t> row_of_id_;
  std::set<std::string> seen_;
};

}  // namespace
}  // namespace cr::form

namespace cr::form {
namespace {

std::optional<FormReturn> ReturnReader::read(Workbook& book) {
  const auto meta = sheet_index(book, meta_sheet);
  const auto form = sheet_index(book, form_sheet);
  if (!meta || !form) {
    not_a_form(fmt::format("没有“{}”或“{}”工作表", form_sheet, meta_sheet),
               fmt::format("it has no '{}' or '{}' sheet", form_sheet, meta_sheet));
    return std::nullopt;
  }
  FormReturn result;
  result.file = file_;
  if (!check_identity(book, *meta, result)) return std::nullopt;
  for (std::size_t i = 0; i < plan_.rows.size(); ++i) row_of_id_[plan_.rows[i].id] = i;
  const auto errors = diagnostics_.error_count();
  const std::vector<SheetRow> rows = read_rows(book, *form, diagnostics_);
  if (!read_figures(rows, result) || diagnostics_.error_count() > errors) return std::nullopt;
  return result;
}

bool ReturnReader::check_identity(Workbook& book, std::size_t meta, FormReturn& result) {
  std::map<std::string, std::string> keys;
  for (const SheetRow& row : read_rows(book, meta, diagnostics_)) keys[cell(row, 0)] = cell(row, 1);
  const std::string campaign = keys[std::string(key_campaign)], unit = keys[std::string(key_unit)];
  if (campaign.empty() || keys[std::string(key_fingerprint)].empty()) {
    not_a_form("“表单信息”工作表中没有活动编码和表单指纹", "its 表单信息 sheet has no campaign id and fingerprint");
    return false;
  }
  if (campaign != campaign_.id) {
    error(0, 0, "form-other-campaign",
          fmt::format("这是活动“{}”的填报表，不是本活动“{}”的，未汇总", campaign, campaign_.id),
          fmt::format("this is a form of campaign '{}', not of '{}'; not collected", campaign, campaign_.id), false);
    return false;
  }
  if (keys[std::string(key_fingerprint)] != plan_.fingerprint) {
    error(0, 0, "form-outdated",
          fmt::format("填报表的指纹 {} 与本活动当前的 {} 不符：发表后 [form]、指标或活动日期已改动。请重新生成并发放填报表",
                      keys[std::string(key_fingerprint)], plan_.fingerprint),
          fmt::format("the form's fingerprint {} is not the campaign's {}: [form], the indicators or the dates "
                      "changed after it was sent; make and send the forms again",
                      keys[std::string(key_fingerprint)], plan_.fingerprint),
          false);
    return false;
  }
  const model::OrgUnit* found = campaign_.find_unit(unit);
  if (found == nullptr) {
    error(0, 0, "unknown-unit", fmt::format("填报表的单位编码“{}”不在单位表中", unit),
          fmt::format("the form's unit id '{}' is not in the units table", unit), false);
    return false;
  }
  result.unit = static_cast<std::size_t>(found - campaign_.units.data());
  return true;
}

}  // namespace
}  // namespace cr::form

namespace cr::form {
namespace {

// The unit the township wrote beside 填报单位, when it is not the unit the form was made for.
bool ReturnReader::check_unit_cell(const std::vector<SheetRow>& rows, std::size_t header, const FormReturn& result) {
  const model::OrgUnit& expected = campaign_.units[result.unit];
  for (std::size_t r = 0; r < header; ++r) {
    const SheetRow& row = rows[r];
    for (std::size_t c = 0; c + 1 < row.cells.size(); ++c) {
      if (trimmed(row.cells[c]) != unit_label) continue;
      std::size_t v = c + 1;
      while (v + 1 < row.cells.size() && trimmed(row.cells[v]).empty()) ++v;
      const std::string written = trimmed(row.cells[v]);
      if (written.empty() || written == expected.name || written == expected.id) return true;
      const model::OrgUnit* other = campaign_.find_unit(written);
      for (const model::OrgUnit& u : campaign_.units)
        if (other == nullptr && u.name == written) other = &u;
      const std::string who = other ? other->name : written;
      error(row.number, static_cast<int>(v) + 1, "form-wrong-unit",
            fmt::format("这份表是为“{}”制作的，填报单位却写为“{}”，未汇总：请{}填写自己的表，或把填报单位改回“{}”",
                        expected.name, written, who, expected.name),
            fmt::format("this form was made for '{}' but the unit reads '{}'; not collected: let {} fill in its own "
                        "form, or set the unit back to '{}'",
                        expected.id, written, who, expected.id));
      return false;
    }
  }
  return true;
}

// The header row, found by its 行编码 column wherever rows were added above it, and its columns.
std::optional<std::size_t> find_header(const std::vector<SheetRow>& rows, std::map<std::string, int>& columns) {
  const std::string id_title = input::normalize_header(headers[row_id_column]);
  for (std::size_t r = 0; r < rows.size(); ++r) {
    const std::vector<std::string>& cells = rows[r].cells;
    if (std::none_of(cells.begin(), cells.end(),
                     [&](const std::string& c) { return input::normalize_header(c) == id_title; }))
      continue;
    for (std::size_t k = 0; k < cells.size(); ++k) columns.emplace(input::normalize_header(cells[k]), static_cast<int>(k));
    return r;
  }
  return std::nullopt;
}

bool ReturnReader::read_figures(const std::vector<SheetRow>& rows, FormReturn& result) {
  std::map<std::string, int> columns;
  const std::optional<std::size_t> header = find_header(rows, columns);
  if (!header || !columns.count(input::normalize_header(headers[value]))) {
    not_a_form("“填报表”中找不到“数值”和“行编码”列", "the form sheet has no 数值 and 行编码 columns");
    return false;
  }
  if (!check_unit_cell(rows, *header, result)) return false;
  bool ok = true;
  for (std::size_t r = *header + 1; r < rows.size(); ++r) ok = read_figure(rows[r], columns, result) && ok;
  return ok;
}

int column_of(const std::map<std::string, int>& columns, Column which) {
  const auto found = columns.find(input::normalize_header(headers[which]));
  return found == columns.end() ? -1 : found->second;
}

bool ReturnReader::read_figure(const SheetRow& row, const std::map<std::string, int>& columns, FormReturn& result) {
  const std::string id = cell(row, column_of(columns, row_id_column));
  ReturnedFigure figure;
  figure.value = cell(row, column_of(columns, value));
  figure.qualifier = cell(row, column_of(columns, qualifier));
  figure.note = cell(row, column_of(columns, note));
  const auto found = row_of_id_.find(id);
  if (found == row_of_id_.end()) {
    if (figure.value.empty() && id.empty()) return true;  // a blank or a township's own line
    error(row.number, column_of(columns, id.empty() ? value : row_id_column) + 1, "form-unknown-row",
          id.empty() ? "这一行没有行编码（是自行插入的行吗？），其数值未汇总：请填在表中原有的行里"
                     : fmt::format("行编码“{}”不是本活动填报表中的行（被改动过？）", id),
          id.empty() ? "this row has no row id (a row inserted by hand?); its value is not collected"
                     : fmt::format("the row id '{}' is not a row of this campaign's form (edited?)", id));
    return false;
  }
  if (!seen_.insert(id).second) {
    error(row.number, column_of(columns, row_id_column) + 1, "duplicate-record",
          fmt::format("行编码“{}”出现了两次（行被复制？）", id), fmt::format("the row id '{}' is given twice (a copied row?)", id));
    return false;
  }
  figure.row = found->second;
  if (figure.value.empty()) {
    ++result.blank;
    if (!figure.note.empty())
      diagnostics_.add(diag::Diagnostic{file_, row.number, column_of(columns, note) + 1, diag::Severity::warning,
                                        "note-without-value", fmt::format("数值留空，备注未汇总：“{}”", figure.note),
                                        fmt::format("the value is empty; the note is not collected: '{}'", figure.note),
                                        std::string(form_sheet)});
    return true;
  }
  if (!check_value(row, columns, plan_.rows[figure.row])) return false;
  result.figures.push_back(std::move(figure));
  return true;
}

}  // namespace
}  // namespace cr::form

namespace cr::form {
namespace {

// The value and qualifier cells, by the rules of records.csv (section 4 of the data format).
bool ReturnReader::check_value(const SheetRow& row, const std::map<std::string, int>& columns, const FormRow& asked) {
  const model::Indicator& indicator = campaign_.indicators[asked.indicator];
  const int value_column = column_of(columns, value) + 1, qualifier_column = column_of(columns, qualifier) + 1;
  const std::string text = cell(row, value_column - 1), qualifier_text = cell(row, qualifier_column - 1);
  const auto parsed = input::parse_value(text, indicator.unit);
  if (const input::Problem* problem = input::problem_of(parsed)) {
    error(row.number, value_column, "bad-number",
          fmt::format("“{}”（{}）：{}", indicator.name, period_label(asked), problem->zh),
          fmt::format("{} ({}): {}", indicator.id, asked.period.canonical(), problem->en));
    return false;
  }
  const input::ParsedValue& number = std::get<input::ParsedValue>(parsed);
  if (number.percent && !indicator.is_rate()) {
    error(row.number, value_column, "percent-not-rate",
          fmt::format("“{}”的计量单位是“{}”，不是比率，不能写百分数“{}”", indicator.name, indicator.unit, text),
          fmt::format("{} is counted in '{}', not a rate; '{}' cannot be a percentage", indicator.id, indicator.unit,
                      text));
    return false;
  }
  const auto qualifier_parsed = input::parse_qualifier(qualifier_text);
  if (const input::Problem* problem = input::problem_of(qualifier_parsed)) {
    error(row.number, qualifier_column, "bad-qualifier", fmt::format("修饰“{}”：{}", qualifier_text, problem->zh),
          fmt::format("qualifier '{}': {}", qualifier_text, problem->en));
    return false;
  }
  const model::Qualifier chosen = std::get<model::Qualifier>(qualifier_parsed);
  if (chosen != model::Qualifier::exact && number.qualifier != model::Qualifier::exact && chosen != number.qualifier) {
    error(row.number, qualifier_column, "qualifier-conflict",
          fmt::format("数值“{}”与修饰“{}”的修饰词不一致", text, qualifier_text),
          fmt::format("the value '{}' and the qualifier '{}' disagree", text, qualifier_text));
    return false;
  }
  return true;
}

}  // namespace

std::optional<FormReturn> read_return(const std::filesystem::path& path, const std::string& file,
                                      const model::Campaign& campaign, const FormPlan& plan,
                                      diag::Diagnostics& diagnostics) {
  std::unique_ptr<Workbook> book = input::workbook::open_workbook(path, file, diagnostics);
  if (!book) return std::nullopt;
  ReturnReader reader(file, campaign, plan, diagnostics);
  return reader.read(*book);
}

}  // namespace cr::form
