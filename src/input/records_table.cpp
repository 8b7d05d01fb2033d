// records.csv: the figures themselves, streamed row by row into compact records.
#include <unordered_map>

#include <fmt/format.h>

#include "diag/excerpt.hpp"

#include "input/folding.hpp"
#include "input/period_parser.hpp"
#include "input/reference_index.hpp"
#include "input/repeated_problems.hpp"
#include "input/table_reader.hpp"
#include "input/tables.hpp"
#include "input/value_parser.hpp"
#include "text/utf8.hpp"

namespace cr::input {
namespace {

enum Column : std::size_t { indicator, unit, period, value, qualifier, note };

const std::vector<ColumnSpec>& specs() {
  static const std::vector<ColumnSpec> columns{{"indicator", {"指标编码", "指标", "指标名称"}, true},
                                               {"unit", {"单位编码", "单位", "单位名称"}, false},
                                               {"period", {"时期", "期间", "时间"}, false},
                                               {"value", {"数值", "数量"}, true},
                                               {"qualifier", {"修饰", "修饰词"}, false},
                                               {"note", {"备注", "说明"}, false}};
  return columns;
}

class Reader {
 public:
  Reader(const TableSource& source, model::Campaign& campaign, ReferenceTables tables,
         diag::Diagnostics& diagnostics)
      : source_(source), campaign_(campaign), tables_(tables), diagnostics_(diagnostics) {
    for (std::uint32_t i = 0; i < campaign.indicators.size(); ++i)
      indicators_.add(campaign.indicators[i].id, campaign.indicators[i].name, i);
    for (std::uint32_t i = 0; i < campaign.units.size(); ++i)
      units_.add(campaign.units[i].id, campaign.units[i].name, i);
  }

  void row(const Row& row) {
    model::Record record;
    slash_date_ = false;
    record.line = static_cast<std::uint32_t>(row.line());
    // Every cell is checked even when an earlier one failed: one run reports all problems. The
    // unit first: the row's other problems are tied to it (diag::Diagnostic::units).
    row_units_.clear();
    bool ok = resolve_unit(row, record);
    const model::Indicator* indicator = resolve_indicator(row, record);
    ok = read_period(row, record) && ok;
    ok = read_value(row, record, indicator) && ok;
    ok = read_qualifier(row, record) && ok;
    if (indicator == nullptr || !ok) return;
    record.note = intern_note(row.cell(Column::note));
    if (slash_date_) slash_dated_.push_back(campaign_.records.size());
    campaign_.records.push_back(record);
  }

  void finish() {
    repeated_.flush(diagnostics_);
    // Excel shows a typed 2015-03 as 2015/3/1: when every slash date falls on the 1st, they were months.
    if (slash_dates_all_first_)
      for (std::size_t i : slash_dated_) {
        model::Record& r = campaign_.records[i];
        r.period = model::Period::month(r.period.first.year, r.period.first.month);
      }
  }

 private:
  void report(const Row& row, std::size_t column, std::string code, const std::string& key, std::string zh,
              std::string en) {
    diag::Diagnostic d =
        source_.diagnostic(row.line(), row.column(column), diag::Severity::error, code, std::move(zh), std::move(en));
    d.units = row_units_;
    repeated_.add(code + '\x1f' + std::to_string(column) + '\x1f' + key, std::move(d));
  }

  // A cell that must not be empty; an empty one is reported tied to the row's unit, as above.
  std::optional<std::string_view> required(const Row& row, std::size_t column) {
    diag::Diagnostics empty;
    const auto cell = required_cell(row, column, source_, empty);
    for (diag::Diagnostic d : empty.items()) {
      d.units = row_units_;
      diagnostics_.add(std::move(d));
    }
    return cell;
  }

  const model::Indicator* resolve_indicator(const Row& row, model::Record& record) {
    const auto cell = required(row, Column::indicator);
    if (!cell) return nullptr;
    const std::string id = folded(*cell);
    if (auto found = indicators_.find(id)) {
      record.indicator = *found;
      return &campaign_.indicators[*found];
    }
    if (tables_.indicators != TableState::read) return nullptr;  // indicators.csv's own error says it
    report(
        row, Column::indicator, "unknown-indicator", id,
        fmt::format("{}的指标“{}”不在 {} 中（拼写错误？）", row.where_zh(Column::indicator), diag::quoted_excerpt(id),
                    tables_.indicators_name),
        fmt::format("{}: the indicator '{}' is not in {} (misspelt?)", row.where_en(Column::indicator), diag::quoted_excerpt(id),
                    tables_.indicators_name));
    return nullptr;
  }

  bool resolve_unit(const Row& row, model::Record& record) {
    const std::string id = folded(row.cell(Column::unit));
    if (id.empty()) return row_units_ = {""}, true;  // the whole campaign's own figure
    if (auto found = units_.find(id)) {
      row_units_ = {campaign_.units[*found].id};
      return record.unit = *found, true;
    }
    if (tables_.units == TableState::unreadable) return false;  // units.csv's own error says it
    if (tables_.units == TableState::absent) {                  // one cause: every unit of every row
      report(row, Column::unit, "unknown-unit", "",
             fmt::format("{}填写了单位“{}”，但活动目录中没有 units.csv", row.where_zh(Column::unit), diag::quoted_excerpt(id)),
             fmt::format("{} names the unit '{}', but the campaign folder has no units.csv",
                         row.where_en(Column::unit), diag::quoted_excerpt(id)));
      return false;
    }
    report(row, Column::unit, "unknown-unit", id,
           fmt::format("{}的单位“{}”不在 {} 中（拼写错误？）", row.where_zh(Column::unit), diag::quoted_excerpt(id), tables_.units_name),
           fmt::format("{}: the unit '{}' is not in {} (misspelt?)", row.where_en(Column::unit), diag::quoted_excerpt(id),
                       tables_.units_name));
    return false;
  }

  bool read_period(const Row& row, model::Record& record) {
    const std::string_view text = row.cell(Column::period);
    auto parsed = parse_period(text);
    if (const Problem* p = problem_of(parsed)) {
      report(row, Column::period, "bad-period", std::string(text),
             fmt::format("{}：{}", row.where_zh(Column::period), p->zh),
             fmt::format("{}: {}", row.where_en(Column::period), p->en));
      return false;
    }
    const ParsedPeriod& period = std::get<ParsedPeriod>(parsed);
    record.period = period.period;
    slash_date_ = period.slash_date;
    if (period.slash_date && period.period.first.day != 1) slash_dates_all_first_ = false;
    return true;
  }

  bool read_value(const Row& row, model::Record& record, const model::Indicator* indicator);
  bool read_qualifier(const Row& row, model::Record& record);
  std::uint32_t intern_note(std::string_view note);

  const TableSource& source_;
  model::Campaign& campaign_;
  ReferenceTables tables_;
  diag::Diagnostics& diagnostics_;
  ReferenceIndex indicators_, units_;
  RepeatedProblems repeated_;
  std::unordered_map<std::string, std::uint32_t> notes_;
  std::vector<std::size_t> slash_dated_;
  bool slash_dates_all_first_ = true;
  bool slash_date_ = false;  // the current row's period was written Y/M/D
  std::vector<std::string> row_units_;  // the current row's unit, once known; empty: none known
};

bool Reader::read_value(const Row& row, model::Record& record, const model::Indicator* indicator) {
  const auto cell = required(row, Column::value);
  if (!cell) return false;
  auto parsed = parse_value(*cell, indicator ? std::string_view(indicator->unit) : std::string_view());
  const std::string key(*cell);
  if (const Problem* p = problem_of(parsed)) {
    report(row, Column::value, "bad-number", key, fmt::format("{}：{}", row.where_zh(Column::value), p->zh),
           fmt::format("{}: {}", row.where_en(Column::value), p->en));
    return false;
  }
  const ParsedValue& v = std::get<ParsedValue>(parsed);
  if (v.percent && indicator && !indicator->is_rate()) {
    report(row, Column::value, "percent-not-rate", key,
           fmt::format("{}的值“{}”是百分数，但指标“{}”的计量单位是“{}”而不是“%”", row.where_zh(Column::value),
                       key, indicator->id, indicator->unit),
           fmt::format("{}: '{}' is a percentage, but the indicator '{}' is counted in '{}', not '%'",
                       row.where_en(Column::value), diag::quoted_excerpt(key), indicator->id, indicator->unit));
    return false;
  }
  const auto compact = model::CompactDecimal::from(v.value);
  if (!compact) {
    report(row, Column::value, "value-too-large", key,
           fmt::format("{}的值“{}”超过 18 位有效数字", row.where_zh(Column::value), diag::quoted_excerpt(key)),
           fmt::format("{}: '{}' has more than 18 significant digits", row.where_en(Column::value), diag::quoted_excerpt(key)));
    return false;
  }
  record.value = *compact;
  record.written_scale = v.written_scale;
  record.qualifier = v.qualifier;
  return true;
}

// The qualifier column, after the value: it may repeat the value's own qualifier, not contradict it.
bool Reader::read_qualifier(const Row& row, model::Record& record) {
  const std::string_view word = row.cell(Column::qualifier);
  if (word.empty()) return true;
  auto q = parse_qualifier(word);
  if (const Problem* p = problem_of(q)) {
    report(row, Column::qualifier, "bad-qualifier", std::string(word),
           fmt::format("{}：{}", row.where_zh(Column::qualifier), p->zh),
           fmt::format("{}: {}", row.where_en(Column::qualifier), p->en));
    return false;
  }
  const model::Qualifier column_q = std::get<model::Qualifier>(q);
  if (record.qualifier != model::Qualifier::exact && column_q != record.qualifier) {
    const std::string value(row.cell(Column::value));
    report(row, Column::qualifier, "qualifier-conflict", value + '\x1f' + std::string(word),
           fmt::format("{}写的是“{}”，但数值“{}”已带修饰词“{}”，两者矛盾", row.where_zh(Column::qualifier),
                       word, value, model::word_of(record.qualifier)),
           fmt::format("{} says '{}', but the value '{}' already carries '{}'",
                       row.where_en(Column::qualifier), word, value, model::word_of(record.qualifier)));
    return false;
  }
  record.qualifier = column_q;
  return true;
}

std::uint32_t Reader::intern_note(std::string_view note) {
  if (note.empty()) return model::Record::no_note;
  auto [it, inserted] =
      notes_.try_emplace(std::string(note), static_cast<std::uint32_t>(campaign_.notes.size()));
  if (inserted) campaign_.notes.emplace_back(note);
  return it->second;
}

}  // namespace

int read_records(const TableSource& source, ReferenceTables tables, model::Campaign& campaign,
                 diag::Diagnostics& diagnostics) {
  Reader reader(source, campaign, tables, diagnostics);
  int period_column = 0;
  const TableOutcome outcome = read_table(source, specs(), diagnostics, [&](const Row& row) {
    period_column = row.has(Column::period) ? row.column(Column::period) : 0;
    reader.row(row);
  });
  reader.finish();
  if (outcome.complete && outcome.data_rows == 0)
    source.error(diagnostics, 0, 0, "no-records",
                 fmt::format("{} 没有任何数据行（只有表头或为空）", source.name_zh()),
                 fmt::format("{} has no data rows (only a header, or nothing)", source.name_en()));
  return period_column;
}

const std::vector<ColumnSpec>& record_columns() { return specs(); }

}  // namespace cr::input
