#include "input/previous_campaign.hpp"

#include <map>
#include <optional>
#include <vector>

#include <fmt/format.h>

#include "input/campaign_loader.hpp"

namespace cr::input {
namespace fs = std::filesystem;
namespace {

constexpr std::uint32_t unmatched = model::Record::no_unit;

// The previous folder's diagnostics, each placed under its path (../2023/records.csv).
void append_under(const diag::Diagnostics& from, const std::string& shown_as, diag::Diagnostics& to) {
  for (diag::Diagnostic d : from.items()) {
    d.file = d.file.empty() ? shown_as : (fs::path(shown_as) / d.file).string();
    d.units.clear();  // last year's units are not this year's: a problem there concerns every report
    to.add(std::move(d));
  }
}

std::string joined(const std::vector<std::string>& names) {
  std::string out;
  for (const auto& n : names) out += (out.empty() ? "" : "、") + n;
  return out;
}

// previous indicator index -> this campaign's index (unmatched when none), with warnings for
// last year's indicators that match nothing and this year's previous_id that names nothing.
std::vector<std::uint32_t> match_indicators(const model::Campaign& current, const model::Campaign& previous,
                                            const std::string& shown_as, diag::Diagnostics& d) {
  std::vector<std::uint32_t> map(previous.indicators.size(), unmatched);
  for (std::uint32_t i = 0; i < current.indicators.size(); ++i) {
    const model::Indicator& indicator = current.indicators[i];
    const std::string& wanted = indicator.previous_id.empty() ? indicator.id : indicator.previous_id;
    bool found = false;
    for (std::uint32_t p = 0; p < previous.indicators.size(); ++p) {
      if (previous.indicators[p].id != wanted) continue;
      found = true;
      if (previous.indicators[p].unit == indicator.unit) {
        map[p] = i;
      } else {
        d.warning("indicators.csv", indicator.position.line, 0, "previous-unit-differs",
                  fmt::format("指标“{}”的计量单位为“{}”，上年活动（{}）为“{}”，不作比较", indicator.name,
                              indicator.unit, shown_as, previous.indicators[p].unit),
                  fmt::format("indicator '{}' is counted in '{}', last year's ({}) in '{}': not compared",
                              indicator.id, indicator.unit, shown_as, previous.indicators[p].unit));
      }
    }
    if (!found && !indicator.previous_id.empty())
      d.warning("indicators.csv", indicator.position.line, 0, "unknown-previous-indicator",
                fmt::format("上年指标编码“{}”在上年活动（{}）的 indicators.csv 中不存在", wanted, shown_as),
                fmt::format("previous_id '{}' is not in last year's indicators.csv ({})", wanted, shown_as));
  }
  std::vector<std::string> left;
  for (std::uint32_t p = 0; p < previous.indicators.size(); ++p)
    if (map[p] == unmatched)
      left.push_back(previous.indicators[p].name + "（" + previous.indicators[p].id + "）");
  if (!left.empty())
    d.warning("indicators.csv", 0, 0, "previous-indicator-unmatched",
              fmt::format("上年活动（{}）的指标 {} 在本年没有同编码（或 previous_id 指向它）的指标，不作比较",
                          shown_as, joined(left)),
              fmt::format("last year's ({}) indicators {} match no indicator of this year (by id or "
                          "previous_id): not compared",
                          shown_as, joined(left)));
  return map;
}

std::optional<std::uint32_t> unit_named(const model::Campaign& c, const model::OrgUnit& u) {
  for (std::uint32_t i = 0; i < c.units.size(); ++i)
    if (c.units[i].id == u.id) return i;
  for (std::uint32_t i = 0; i < c.units.size(); ++i)
    if (c.units[i].name == u.name) return i;
  return std::nullopt;
}

// previous unit index -> this campaign's index. Last year's units without a match are added to
// this campaign (a parent mapped the same way), and both kinds of one-year units are listed.
std::vector<std::uint32_t> match_units(model::Campaign& current, const model::Campaign& previous,
                                       const std::string& shown_as, diag::Diagnostics& d) {
  const std::size_t own = current.units.size();
  std::vector<std::uint32_t> map(previous.units.size(), unmatched);
  std::vector<bool> seen(own, false);
  std::vector<std::string> gone;
  for (std::uint32_t p = 0; p < previous.units.size(); ++p) {
    if (auto i = unit_named(current, previous.units[p]); i && *i < own) {
      map[p] = *i;
      seen[*i] = true;
    }
  }
  for (std::uint32_t p = 0; p < previous.units.size(); ++p) {
    if (map[p] != unmatched) continue;
    model::OrgUnit unit = previous.units[p];  // its id is free: a unit with it would have matched
    if (const model::OrgUnit* parent = previous.find_unit(unit.parent))
      if (auto i = unit_named(current, *parent)) unit.parent = current.units[*i].id;
    unit.position = {};
    map[p] = static_cast<std::uint32_t>(current.units.size());
    gone.push_back(unit.name);
    current.units.push_back(std::move(unit));
  }
  std::vector<std::string> added;
  for (std::size_t i = 0; i < own; ++i)
    if (!seen[i] && !previous.units.empty()) added.push_back(current.units[i].name);
  if (!added.empty())
    d.warning("units.csv", 0, 0, "unit-new-this-year",
              fmt::format("以下单位上年活动（{}）中没有（按编码、名称均未找到），没有上年数据：{}", shown_as,
                          joined(added)),
              fmt::format("these units are not in last year's campaign ({}) by id or name, and have no "
                          "base: {}",
                          shown_as, joined(added)));
  if (!gone.empty())
    d.warning("units.csv", 0, 0, "unit-only-last-year",
              fmt::format("以下单位只见于上年活动（{}），其上年数据仍计入合计：{}", shown_as, joined(gone)),
              fmt::format("these units are only in last year's campaign ({}); their figures still count "
                          "in the totals: {}",
                          shown_as, joined(gone)));
  return map;
}

// Last year's records that end before this campaign starts, re-indexed into this campaign and
// marked as last year's (model::Origin::previous).
void add_records(model::Campaign& current, const model::Campaign& previous,
                 const std::vector<std::uint32_t>& indicators, const std::vector<std::uint32_t>& units,
                 const std::string& shown_as, const model::SourcePosition& named_at, diag::Diagnostics& d) {
  // A record of last year's whole campaign stands for its dates (none when they are in error).
  const auto span =
      model::Period::range(model::Period::day(previous.start), model::Period::day(previous.end));
  std::map<std::string, std::uint32_t> notes;
  std::size_t overlapping = 0;
  for (const model::Record& r : previous.records) {
    if (indicators[r.indicator] == unmatched) continue;
    model::Record copy = r;
    if (copy.period.is_whole_campaign() && span) copy.period = *span;
    if (copy.period.is_whole_campaign() || !(copy.period.last < current.start)) {
      ++overlapping;
      continue;
    }
    copy.origin = model::Origin::previous;
    copy.indicator = indicators[r.indicator];
    copy.unit = r.has_unit() ? units[r.unit] : model::Record::no_unit;
    if (r.note != model::Record::no_note) {
      auto [it, added] =
          notes.try_emplace(previous.notes[r.note], static_cast<std::uint32_t>(current.notes.size()));
      if (added) current.notes.push_back(it->first);
      copy.note = it->second;
    }
    current.records.push_back(copy);
  }
  if (overlapping > 0)
    d.warning(named_at.file, named_at.line, named_at.column, "previous-overlaps",
              fmt::format("上年活动（{}）有 {} 条记录的时期不在本活动开始（{}）之前，未作为比较基数",
                          shown_as, overlapping, current.start.iso()),
              fmt::format("{} records of last year's campaign ({}) do not end before this campaign starts "
                          "({}); they are not used as the base",
                          overlapping, shown_as, current.start.iso()));
}

}  // namespace

fs::path previous_folder(const model::Campaign& campaign) {
  if (campaign.compare.previous.empty()) return {};
  const fs::path named(campaign.compare.previous);
  return named.is_absolute() ? named : fs::path(campaign.folder) / named;
}

bool add_previous_campaign(model::Campaign& campaign, const fs::path& folder, const std::string& shown_as,
                           const model::SourcePosition& named_at, diag::Diagnostics& diagnostics) {
  std::error_code ec;
  if (fs::equivalent(folder, campaign.folder, ec)) {
    diagnostics.error(
        named_at.file, named_at.line, named_at.column, "previous-is-self",
        fmt::format("上年活动目录“{}”就是本活动目录", shown_as),
        fmt::format("last year's campaign folder '{}' is this campaign's own folder", shown_as));
    return false;
  }
  diag::Diagnostics own;
  std::optional<model::Campaign> previous = load_campaign(folder, own);
  append_under(own, shown_as, diagnostics);
  if (!previous) {
    diagnostics.error(named_at.file, named_at.line, named_at.column, "previous-unreadable",
                      fmt::format("上年活动目录“{}”无法作为活动读取", shown_as),
                      fmt::format("last year's campaign folder '{}' cannot be read as a campaign", shown_as));
    return false;
  }
  const auto indicators = match_indicators(campaign, *previous, shown_as, diagnostics);
  const auto units = match_units(campaign, *previous, shown_as, diagnostics);
  add_records(campaign, *previous, indicators, units, shown_as, named_at, diagnostics);
  return true;
}

}  // namespace cr::input
