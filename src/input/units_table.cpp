// units.csv: the organisational tree (county, townships, villages, departments).
#include <unordered_map>

#include <fmt/format.h>

#include "input/repeated_problems.hpp"
#include "input/table_reader.hpp"
#include "input/tables.hpp"
#include "input/unit_tree.hpp"
#include "text/utf8.hpp"

namespace cr::input {
namespace {

enum Column : std::size_t { id, name, type, parent, organization };

const std::vector<ColumnSpec>& specs() {
  static const std::vector<ColumnSpec> columns{{"id", {"单位编码", "编码"}, true},
                                               {"name", {"单位名称", "名称"}, true},
                                               {"type", {"单位类型", "类型"}, false},
                                               {"parent", {"上级单位", "上级单位编码", "上级"}, false},
                                               {"organization", {"组织单位", "落款单位"}, false}};
  return columns;
}

struct Reader {
  const TableSource& source;
  model::Campaign& campaign;
  diag::Diagnostics& diagnostics;
  std::unordered_map<std::string, int> lines_by_id;
  std::vector<int> parent_columns;  // per unit, for messages

  void row(const Row& row) {
    const auto id_cell = required_cell(row, Column::id, source, diagnostics);
    const auto name_cell = required_cell(row, Column::name, source, diagnostics);
    if (!id_cell || !name_cell) return;
    model::OrgUnit unit;
    unit.id = text::fold_width(*id_cell);
    unit.name = *name_cell;
    unit.type = row.cell(Column::type);
    unit.parent = text::fold_width(row.cell(Column::parent));
    if (const std::string_view signs = row.cell(Column::organization); !signs.empty())
      campaign.unit_organizations[unit.id] = std::string(signs);
    unit.position = {source.file, row.line(), 0};
    auto [it, inserted] = lines_by_id.emplace(unit.id, row.line());
    if (!inserted) {
      source.error(
          diagnostics, row.line(), row.column(Column::id), "duplicate-id",
          fmt::format("{}的单位编码“{}”与第 {} 行重复", row.where_zh(Column::id), unit.id, it->second),
          fmt::format("{}: the unit id '{}' repeats line {}", row.where_en(Column::id), unit.id, it->second));
      return;
    }
    parent_columns.push_back(row.column(Column::parent));
    campaign.units.push_back(std::move(unit));
  }

  void check_parents() {
    RepeatedProblems unknown;
    for (std::size_t i = 0; i < campaign.units.size(); ++i) {
      const model::OrgUnit& u = campaign.units[i];
      if (u.parent.empty() || lines_by_id.count(u.parent) != 0) continue;
      unknown.add(u.parent, source.diagnostic(u.position.line, parent_columns[i], diag::Severity::error,
                             "unknown-unit", fmt::format("上级单位“{}”不在 {} 的单位编码中", u.parent, source.name_zh()),
                             fmt::format("the parent unit '{}' is not a unit id of {}", u.parent, source.name_en())));
    }
    unknown.flush(diagnostics);
    const auto cycles = find_parent_cycles(campaign.units);
    for (const auto& cycle : cycles) report_cycle(cycle);
    if (cycles.empty())
      if (auto deep = first_too_deep(campaign.units, max_unit_levels)) report_too_deep(*deep);
  }

  void report_too_deep(std::size_t unit) {
    const model::OrgUnit& at = campaign.units[unit];
    source.error(
        diagnostics, at.position.line, parent_columns[unit], "unit-tree-too-deep",
        fmt::format("单位“{}”位于上级单位链的第 {} 层以下；单位层级最多 {} 层（县、乡镇、村、组……），请检查上级单位",
                    at.id, max_unit_levels, max_unit_levels),
        fmt::format("the unit '{}' lies more than {} levels down its chain of parents; a unit tree has "
                    "at most {} levels (county, township, village, group...): check the parents",
                    at.id, max_unit_levels, max_unit_levels));
  }

  void report_cycle(const std::vector<std::size_t>& cycle) {
    std::string chain;
    for (std::size_t i : cycle) chain += campaign.units[i].id + " → ";
    chain += campaign.units[cycle.front()].id;
    const model::OrgUnit& at = campaign.units[cycle.front()];
    source.error(diagnostics, at.position.line, parent_columns[cycle.front()], "unit-cycle",
                      fmt::format("上级单位形成了循环：{}", chain),
                      fmt::format("the parent units form a cycle: {}", chain));
  }
};

}  // namespace

TableState read_units(const TableSource& source, model::Campaign& campaign,
                      diag::Diagnostics& diagnostics) {
  Reader reader{source, campaign, diagnostics, {}, {}};
  const TableOutcome outcome =
      read_table(source, specs(), diagnostics, [&](const Row& row) { reader.row(row); });
  reader.check_parents();
  return outcome.complete && outcome.required_columns ? TableState::read : TableState::unreadable;
}

}  // namespace cr::input
