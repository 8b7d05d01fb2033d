#include "form/records_merge.hpp"

#include <algorithm>
#include <array>
#include <fstream>
#include <iterator>
#include <map>
#include <optional>

#include <fmt/format.h>

#include "input/csv_reader.hpp"
#include "input/period_parser.hpp"
#include "input/tables.hpp"
#include "output/atomic_file.hpp"
#include "text/utf8.hpp"

namespace cr::form {
namespace {

enum Field : std::size_t { f_indicator, f_unit, f_period, f_value, f_qualifier, f_note, field_count };
// The titles of the columns a header lacks, and of a new collected-records.csv.
constexpr std::array<const char*, field_count> titles = {"指标编码", "单位编码", "时期", "数值", "修饰", "备注"};

struct Table {
  std::string raw;  // the file's bytes, kept as <target>.bak
  std::vector<std::string> header;
  std::vector<input::CsvRecord> rows;
  std::array<int, field_count> field{};  // 0-based field of each column
};

std::optional<std::string> raw_bytes(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  return std::string(std::istreambuf_iterator<char>(in), {});
}

// Reads the target (or starts an empty one) and finds each column, adding those it lacks.
std::optional<Table> read_target(const std::filesystem::path& path, const std::string& name,
                                 diag::Diagnostics& diagnostics) {
  Table table;
  if (std::filesystem::exists(path)) {
    const auto raw = raw_bytes(path);
    bool first = true;
    const bool read = raw && input::read_csv(path, name, diagnostics, [&](const input::CsvRecord& record) {
      if (first) table.header = record.fields;
      else table.rows.push_back(record);
      first = false;
      return true;
    });
    if (!read) return std::nullopt;
    table.raw = *raw;
  }
  if (table.header.empty()) table.header.assign(titles.begin(), titles.end());
  diag::Diagnostics ignored;  // the loader has reported the header already
  const input::HeaderMap map = input::match_header(input::record_columns(), table.header, name, 1, ignored);
  for (std::size_t f = 0; f < field_count; ++f) {
    table.field[f] = map.field_of[f];
    if (table.field[f] == input::HeaderMap::absent) {
      table.field[f] = static_cast<int>(table.header.size());
      table.header.push_back(titles[f]);
    }
  }
  return table;
}

std::string quoted(const std::string& field) {
  const bool plain = field.find_first_of(",\"\r\n") == std::string::npos &&
                     (field.empty() || (field.front() != ' ' && field.back() != ' '));
  if (plain) return field;
  std::string out = "\"";
  for (char c : field) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + '"';
}

std::string csv_line(const std::vector<std::string>& fields, std::size_t width, const std::string& eol) {
  std::string line;
  for (std::size_t i = 0; i < width; ++i) {
    if (i > 0) line += ',';
    if (i < fields.size()) line += quoted(fields[i]);
  }
  return line + eol;
}

}  // namespace
}  // namespace cr::form

namespace cr::form {
namespace {

// Which unit and form row a target row gives a figure of, if any.
class FigureKeys {
 public:
  FigureKeys(const model::Campaign& campaign, const FormPlan& plan, bool into_records)
      : campaign_(campaign), into_records_(into_records) {
    for (const FormRow& row : plan.rows) asked_.insert(row.id);
    // records.csv was read by the loader: its records know their lines, units and periods exactly.
    if (into_records)
      for (const model::Record& record : campaign.records)
        if (record.has_unit())
          by_line_[static_cast<int>(record.line)] = {record.unit,
                                                     row_id(campaign.indicator_of(record).id, record.period)};
  }

  std::optional<std::pair<std::size_t, std::string>> of(const input::CsvRecord& row,
                                                        const std::array<int, field_count>& field) const {
    std::optional<std::pair<std::size_t, std::string>> key;
    if (!into_records_)
      key = resolve(row, field);
    else if (auto found = by_line_.find(row.line); found != by_line_.end())
      key = found->second;
    if (key && asked_.count(key->second)) return key;
    return std::nullopt;
  }

 private:
  std::optional<std::pair<std::size_t, std::string>> resolve(const input::CsvRecord& row,
                                                             const std::array<int, field_count>& field) const {
    const auto get = [&](Field f) {
      return static_cast<std::size_t>(field[f]) < row.fields.size() ? row.fields[field[f]] : std::string();
    };
    const model::Indicator* indicator = campaign_.find_indicator(get(f_indicator));
    const model::OrgUnit* unit = campaign_.find_unit(get(f_unit));
    const auto period = input::parse_period(get(f_period));
    if (indicator == nullptr || unit == nullptr || input::problem_of(period)) return std::nullopt;
    return std::pair{static_cast<std::size_t>(unit - campaign_.units.data()),
                     row_id(indicator->id, std::get<input::ParsedPeriod>(period).period)};
  }

  const model::Campaign& campaign_;
  bool into_records_;
  std::set<std::string> asked_;
  std::map<int, std::pair<std::size_t, std::string>> by_line_;
};

std::vector<std::string> record_fields(const model::Campaign& campaign, const FormPlan& plan, std::size_t unit,
                                       const ReturnedFigure& figure, const Table& table) {
  std::vector<std::string> fields(table.header.size());
  const FormRow& row = plan.rows[figure.row];
  fields[table.field[f_indicator]] = campaign.indicators[row.indicator].id;
  fields[table.field[f_unit]] = campaign.units[unit].id;
  fields[table.field[f_period]] = row.period_text;
  fields[table.field[f_value]] = figure.value;
  fields[table.field[f_qualifier]] = figure.qualifier;
  fields[table.field[f_note]] = figure.note;
  return fields;
}

// UTF-8, with a BOM when the file had one or was in another encoding (Excel then still opens it
// right), and with the line ends it had.
std::string file_text(const Table& table, const std::vector<std::vector<std::string>>& rows) {
  const bool had_bom = table.raw.rfind("\xEF\xBB\xBF", 0) == 0;
  const bool utf8 = !table.raw.empty() && !had_bom && !text::first_invalid_byte(table.raw) &&
                    table.raw.rfind("\xFF\xFE", 0) != 0 && table.raw.rfind("\xFE\xFF", 0) != 0;
  const std::string eol = table.raw.find("\r\n") != std::string::npos ? "\r\n" : "\n";
  std::string text = utf8 ? "" : "\xEF\xBB\xBF";
  text += csv_line(table.header, table.header.size(), eol);
  for (const auto& row : rows) text += csv_line(row, table.header.size(), eol);
  return text;
}

}  // namespace

std::string merge_target(const model::Campaign& campaign) {
  const auto& files = campaign.table_files;
  return std::find(files.begin(), files.end(), "records.csv") != files.end() ? "records.csv" : collected_file;
}

bool merge_returns(const model::Campaign& campaign, const FormPlan& plan, const std::vector<FormReturn>& returns,
                   MergeResult& result, diag::Diagnostics& diagnostics) {
  result.target = merge_target(campaign);
  result.into_records = result.target == "records.csv";
  const std::filesystem::path folder(campaign.folder), path = folder / result.target;
  const std::optional<Table> table = read_target(path, result.target, diagnostics);
  if (!table) return false;
  std::set<std::size_t> returned;
  for (const FormReturn& r : returns) returned.insert(r.unit);
  const FigureKeys keys(campaign, plan, result.into_records);
  std::vector<std::vector<std::string>> rows;
  for (const input::CsvRecord& row : table->rows) {
    const auto key = keys.of(row, table->field);
    if (key && returned.count(key->first)) {
      ++result.replaced;
      continue;
    }
    if (key) result.answered.insert(key->first);
    rows.push_back(row.fields);
  }
  for (const FormReturn& r : returns) {
    for (const ReturnedFigure& figure : r.figures) rows.push_back(record_fields(campaign, plan, r.unit, figure, *table));
    result.added += r.figures.size();
    if (!r.figures.empty()) result.answered.insert(r.unit);
  }
  if (!table->raw.empty()) {
    if (!output::write_file_atomically(folder / (result.target + ".bak"), table->raw, diagnostics)) return false;
    result.backed_up = true;
  }
  return output::write_file_atomically(path, file_text(*table, rows), diagnostics);
}

}  // namespace cr::form
