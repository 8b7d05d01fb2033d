// indicators.csv: what is counted, in which unit, under which program, and how it adds up.
#include <unordered_map>

#include <fmt/format.h>

#include "input/repeated_problems.hpp"
#include "input/table_reader.hpp"
#include "input/tables.hpp"
#include "text/utf8.hpp"

namespace cr::input {
namespace {

enum Column : std::size_t { id, name, unit, program, aggregate, wording, description };

const std::vector<ColumnSpec>& specs() {
  static const std::vector<ColumnSpec> columns{{"id", {"指标编码", "编码"}, true},
                                               {"name", {"指标名称", "名称"}, true},
                                               {"unit", {"计量单位"}, true},
                                               {"program", {"所属工程", "工程"}, false},
                                               {"aggregate", {"汇总方式", "汇总"}, false},
                                               {"wording", {"写法"}, false},
                                               {"description", {"说明", "备注"}, false}};
  return columns;
}

std::optional<model::Aggregate> aggregate_of(std::string_view text) {
  using A = model::Aggregate;
  const std::string folded = normalize_header(text);
  if (folded.empty() || folded == "sum" || folded == "求和" || folded == "合计" || folded == "累计")
    return A::sum;
  if (folded == "max" || folded == "最大" || folded == "最大值") return A::max;
  if (folded == "last" || folded == "最新" || folded == "期末" || folded == "最后") return A::last;
  if (folded == "avg" || folded == "平均" || folded == "平均值") return A::avg;
  if (folded == "none" || folded == "不汇总" || folded == "无") return A::none;
  return std::nullopt;
}

std::optional<model::Wording> wording_of(std::string_view text) {
  using W = model::Wording;
  const std::string folded = normalize_header(text);
  if (folded.empty()) return W::as_written;
  if (folded == "汉字" || folded == "hanzi") return W::hanzi;
  if (folded == "万" || folded == "wan") return W::wan;
  if (folded == "亿" || folded == "yi") return W::yi;
  return std::nullopt;
}

void bad_choice(const Row& row, std::size_t column, std::string_view value, std::string_view choices,
                const TableSource& source, diag::Diagnostics& diagnostics) {
  source.error(
      diagnostics, row.line(), row.column(column), "bad-value",
      fmt::format("{}的值“{}”无效；可用：{}", row.where_zh(column), value, choices),
      fmt::format("{} has an invalid value '{}'; use one of: {}", row.where_en(column), value, choices));
}

struct Reader {
  const TableSource& source;
  model::Campaign& campaign;
  diag::Diagnostics& diagnostics;
  bool programs_known;
  std::unordered_map<std::string, int> lines_by_id;
  RepeatedProblems unknown_programs;

  void check_program(const Row& row, const std::string& program) {
    if (!programs_known || program.empty() || campaign.find_program(program) != nullptr) return;
    unknown_programs.add(
        program,
        source.diagnostic(row.line(), row.column(Column::program), diag::Severity::error, "unknown-program",
         fmt::format("{}引用的工程“{}”不在 campaign.toml 的 [[program]] 中", row.where_zh(Column::program),
                     program),
         fmt::format("{} refers to program '{}', which campaign.toml does not define",
                     row.where_en(Column::program), program)));
  }

  void row(const Row& row) {
    const auto id_cell = required_cell(row, Column::id, source, diagnostics);
    const auto name_cell = required_cell(row, Column::name, source, diagnostics);
    const auto unit_cell = required_cell(row, Column::unit, source, diagnostics);
    model::Indicator indicator;
    indicator.program = row.cell(Column::program);
    indicator.description = row.cell(Column::description);
    indicator.position = {source.file, row.line(), 0};
    if (auto a = aggregate_of(row.cell(Column::aggregate)))
      indicator.aggregate = *a;
    else
      bad_choice(row, Column::aggregate, row.cell(Column::aggregate),
                 "sum(求和) max(最大) last(最新) avg(平均) none(不汇总)", source, diagnostics);
    if (auto w = wording_of(row.cell(Column::wording)))
      indicator.wording = *w;
    else
      bad_choice(row, Column::wording, row.cell(Column::wording), "留空、汉字、万、亿", source, diagnostics);
    check_program(row, indicator.program);
    if (!id_cell || !name_cell || !unit_cell) return;
    indicator.id = text::fold_width(*id_cell);
    indicator.name = *name_cell;
    indicator.unit = text::fold_width(*unit_cell);
    auto [it, inserted] = lines_by_id.emplace(indicator.id, row.line());
    if (!inserted) {
      source.error(
          diagnostics, row.line(), row.column(Column::id), "duplicate-id",
          fmt::format("{}的指标编码“{}”与第 {} 行重复", row.where_zh(Column::id), indicator.id, it->second),
          fmt::format("{}: the indicator id '{}' repeats line {}", row.where_en(Column::id), indicator.id,
                      it->second));
      return;
    }
    campaign.indicators.push_back(std::move(indicator));
  }
};

}  // namespace

TableState read_indicators(const TableSource& source, bool programs_known, model::Campaign& campaign,
                           diag::Diagnostics& diagnostics) {
  Reader reader{source, campaign, diagnostics, programs_known, {}, {}};
  const TableOutcome outcome =
      read_table(source, specs(), diagnostics, [&](const Row& row) { reader.row(row); });
  reader.unknown_programs.flush(diagnostics);
  if (outcome.complete && outcome.data_rows == 0)
    source.error(diagnostics, 0, 0, "no-rows", "没有任何指标（表头下面没有数据行）",
                      "there are no indicators (no data rows under the header)");
  return outcome.complete && outcome.required_columns ? TableState::read : TableState::unreadable;
}

}  // namespace cr::input
