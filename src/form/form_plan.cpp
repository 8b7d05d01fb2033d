#include "form/form_plan.hpp"

#include <cstdint>
#include <set>

#include <fmt/format.h>

#include "input/period_parser.hpp"

namespace cr::form {
namespace {

constexpr const char* manifest = "campaign.toml";

void form_error(const model::Campaign& campaign, diag::Diagnostics& diagnostics, std::string code,
                std::string zh, std::string en) {
  diagnostics.error(manifest, campaign.form.line, 0, std::move(code), std::move(zh), std::move(en));
}

// The indicators of [form] by index, in its order; every indicator when it names none.
std::optional<std::vector<std::size_t>> asked_indicators(const model::Campaign& campaign,
                                                         diag::Diagnostics& diagnostics) {
  std::vector<std::size_t> asked;
  if (campaign.form.indicators.empty()) {
    for (std::size_t i = 0; i < campaign.indicators.size(); ++i) asked.push_back(i);
    return asked;
  }
  bool ok = true;
  std::set<std::string> seen;
  for (const std::string& id : campaign.form.indicators) {
    const model::Indicator* indicator = campaign.find_indicator(id);
    if (indicator == nullptr) {
      form_error(campaign, diagnostics, "unknown-indicator",
                 fmt::format("[form] 的 indicators 中的“{}”不是指标编码", id),
                 fmt::format("'{}' in [form] indicators is not an indicator id", id));
      ok = false;
    } else if (seen.insert(id).second) {
      asked.push_back(static_cast<std::size_t>(indicator - campaign.indicators.data()));
    }
  }
  if (!ok) return std::nullopt;
  return asked;
}

std::optional<std::vector<std::pair<std::string, model::Period>>> asked_periods(const model::Campaign& campaign,
                                                                                diag::Diagnostics& diagnostics) {
  std::vector<std::pair<std::string, model::Period>> periods;
  if (campaign.form.periods.empty()) {
    periods.emplace_back("", model::Period::whole_campaign());
    return periods;
  }
  bool ok = true;
  for (const std::string& text : campaign.form.periods) {
    const auto parsed = input::parse_period(text);
    if (const input::Problem* problem = input::problem_of(parsed)) {
      form_error(campaign, diagnostics, "bad-period", fmt::format("[form] 的时期“{}”：{}", text, problem->zh),
                 fmt::format("[form] period '{}': {}", text, problem->en));
      ok = false;
      continue;
    }
    periods.emplace_back(text, std::get<input::ParsedPeriod>(parsed).period);
  }
  if (!ok) return std::nullopt;
  return periods;
}

// The units of [form] level, else the units no other unit names as its parent.
std::vector<std::size_t> respondents_of(const model::Campaign& campaign) {
  std::vector<std::size_t> found;
  std::set<std::string> parents;
  for (const model::OrgUnit& unit : campaign.units) parents.insert(unit.parent);
  for (std::size_t i = 0; i < campaign.units.size(); ++i) {
    const model::OrgUnit& unit = campaign.units[i];
    if (campaign.form.level.empty() ? parents.count(unit.id) == 0 : unit.type == campaign.form.level)
      found.push_back(i);
  }
  return found;
}

// FNV-1a over each field and a unit separator after it, so that ("ab","c") and ("a","bc") differ.
// An identity check against honest mistakes (a form of another campaign), not a signature.
void mix(std::uint64_t& hash, std::string_view field) {
  for (unsigned char c : field) {
    hash ^= c;
    hash *= 0x100000001b3ULL;
  }
  hash ^= 0x1f;
  hash *= 0x100000001b3ULL;
}

}  // namespace

std::string row_id(const std::string& indicator_id, const model::Period& period) {
  return indicator_id + "@" + period.canonical();
}

std::string fingerprint(const model::Campaign& campaign, const std::vector<FormRow>& rows) {
  std::uint64_t hash = 0xcbf29ce484222325ULL;
  mix(hash, "campaign-report form 1");
  mix(hash, campaign.id);
  mix(hash, campaign.start.iso());
  mix(hash, campaign.end.iso());
  for (const FormRow& row : rows) {
    mix(hash, row.id);
    mix(hash, campaign.indicators[row.indicator].unit);
  }
  return fmt::format("{:016x}", hash);
}

std::optional<FormPlan> plan_form(const model::Campaign& campaign, diag::Diagnostics& diagnostics) {
  const auto indicators = asked_indicators(campaign, diagnostics);
  const auto periods = asked_periods(campaign, diagnostics);
  FormPlan plan;
  plan.respondents = respondents_of(campaign);
  if (plan.respondents.empty()) {
    if (campaign.form.level.empty())
      diagnostics.error(manifest, 0, 0, "no-units",
                        "没有可以填报的单位：填报表按单位发放，需要 units.csv（单位表）",
                        "no unit to fill a form in: forms go to units, which need units.csv");
    else
      form_error(campaign, diagnostics, "no-units",
                 fmt::format("[form] 的 level“{}”不是任何单位的单位类型", campaign.form.level),
                 fmt::format("[form] level '{}' is the type of no unit", campaign.form.level));
    return std::nullopt;
  }
  if (!indicators || !periods) return std::nullopt;
  for (std::size_t indicator : *indicators)
    for (const auto& [text, period] : *periods)
      plan.rows.push_back({indicator, period, text, row_id(campaign.indicators[indicator].id, period)});
  plan.fingerprint = fingerprint(campaign, plan.rows);
  return plan;
}

}  // namespace cr::form
