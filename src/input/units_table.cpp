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

constexpr const char* file_name = "units.csv";
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
  model::Campaign& campaign;
  diag::Diagnostics& diagnostics;
  std::unordered_map<std::string, int> lines_by_id;
  std::vector<int> parent_columns;  // per unit, for messages

  void row(const Row& row) {
    const auto id_cell = required_cell(row, Column::id, file_name, diagnostics);
    const auto name_cell = required_cell(row, Column::name, file_name, diagnostics);
    if (!id_cell || !name_cell) return;
    model::OrgUnit unit;
    unit.id = text::fold_width(*id_cell);
    unit.name = *name_cell;
    unit.type = row.cell(Column::type);
    unit.parent = text::fold_width(row.cell(Column::parent));
    if (const std::string_view signs = row.cell(Column::organization); !signs.empty())
      campaign.unit_organizations[unit.id] = std::string(signs);
    unit.position = {file_name, row.line(), 0};
    auto [it, inserted] = lines_by_id.emplace(unit.id, row.line());
    if (!inserted) {
      diagnostics.error(
          file_name, row.line(), row.column(Column::id), "duplicate-id",
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
      unknown.add(u.parent, {file_name, u.position.line, parent_columns[i], diag::Severity::error,
                             "unknown-unit", fmt::format("上级单位“{}”不在 units.csv 的单位编码中", u.parent),
                             fmt::format("the parent unit '{}' is not a unit id of units.csv", u.parent)});
    }
    unknown.flush(diagnostics);
    for (const auto& cycle : find_parent_cycles(campaign.units)) report_cycle(cycle);
  }

  void report_cycle(const std::vector<std::size_t>& cycle) {
    std::string chain;
    for (std::size_t i : cycle) chain += campaign.units[i].id + " → ";
    chain += campaign.units[cycle.front()].id;
    const model::OrgUnit& at = campaign.units[cycle.front()];
    diagnostics.error(file_name, at.position.line, parent_columns[cycle.front()], "unit-cycle",
                      fmt::format("上级单位形成了循环：{}", chain),
                      fmt::format("the parent units form a cycle: {}", chain));
  }
};

}  // namespace

TableState read_units(const std::filesystem::path& path, model::Campaign& campaign,
                      diag::Diagnostics& diagnostics) {
  Reader reader{campaign, diagnostics, {}, {}};
  const TableOutcome outcome =
      read_table(path, file_name, specs(), diagnostics, [&](const Row& row) { reader.row(row); });
  reader.check_parents();
  return outcome.complete && outcome.required_columns ? TableState::read : TableState::unreadable;
}

}  // namespace cr::input
