#include "input/record_checks.hpp"

#include <algorithm>
#include <map>
#include <numeric>
#include <tuple>

#include <fmt/format.h>

#include "input/repeated_problems.hpp"

namespace cr::input {
namespace {

using model::Date;
using model::Period;
using model::Record;


// The span a period covers; the whole campaign covers every date.
Date span_first(const Period& p) { return p.is_whole_campaign() ? Date{} : p.first; }
Date span_last(const Period& p) { return p.is_whole_campaign() ? Date{9999, 12, 31} : p.last; }

std::string shown(const Period& p) { return p.is_whole_campaign() ? "（整个活动期间）" : p.canonical(); }
std::string shown_en(const Period& p) {
  return p.is_whole_campaign() ? "(the whole campaign)" : p.canonical();
}

class Checker {
 public:
  Checker(const TableSource& source, const model::Campaign& campaign, int period_column,
          diag::Diagnostics& diagnostics)
      : source_(source), campaign_(campaign), records_(campaign.records), column_(period_column), diagnostics_(diagnostics) {}

  void run() {
    std::vector<std::uint32_t> order(records_.size());
    std::iota(order.begin(), order.end(), 0u);
    std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) { return before(a, b); });
    std::size_t group_start = 0;
    for (std::size_t i = 1; i <= order.size(); ++i) {
      if (i < order.size() && same_group(order[i], order[group_start])) continue;
      check_group(order, group_start, i);
      group_start = i;
    }
    flush_overlaps();
    duplicates_.flush(diagnostics_);
  }

 private:
  // By group, then start; of two spans starting together the wider first, so that the record
  // that causes the overlaps (a whole-campaign figure beside monthly ones) is met first.
  bool before(std::uint32_t a, std::uint32_t b) const {
    const Record& x = records_[a];
    const Record& y = records_[b];
    return std::tuple(x.indicator, x.unit, span_first(x.period), span_last(y.period), x.line) <
           std::tuple(y.indicator, y.unit, span_first(y.period), span_last(x.period), y.line);
  }
  bool same_group(std::uint32_t a, std::uint32_t b) const {
    return records_[a].indicator == records_[b].indicator && records_[a].unit == records_[b].unit;
  }

  bool same_span(std::uint32_t a, std::uint32_t b) const {
    return span_first(records_[a].period) == span_first(records_[b].period) &&
           span_last(records_[a].period) == span_last(records_[b].period);
  }

  // One pass over the sorted group: records of one span are runs, the first of each run (the
  // earliest written, by the sort) is the one the others repeat.
  void check_group(const std::vector<std::uint32_t>& order, std::size_t begin, std::size_t end) {
    const bool summed =
        campaign_.indicators[records_[order[begin]].indicator].aggregate == model::Aggregate::sum;
    std::uint32_t holder = order[begin];  // the record reaching furthest so far
    std::size_t run = begin;
    for (std::size_t i = begin + 1; i < end; ++i) {
      const Record& current = records_[order[i]];
      if (!same_span(order[i - 1], order[i])) {
        report_run(order, run, i);
        run = i;
        if (summed && span_first(current.period) <= span_last(records_[holder].period))
          note_overlap(holder, order[i]);
      }
      if (span_last(current.period) > span_last(records_[holder].period)) holder = order[i];
    }
    report_run(order, run, end);
  }

  // A run of more than two is one record given again and again: one cause, keyed by that
  // record. A pair is keyed by its distance, so that rows pasted twice are one cause too.
  void report_run(const std::vector<std::uint32_t>& order, std::size_t begin, std::size_t end) {
    if (end - begin < 2) return;
    const Record& earlier = records_[order[begin]];
    for (std::size_t j = begin + 1; j < end; ++j) {
      const Record& later = records_[order[j]];
      report_duplicate(end - begin > 2 ? "line " + std::to_string(earlier.line)
                                       : std::to_string(later.line - earlier.line),
                       earlier, later);
    }
  }

  std::string subject(const Record& r) const {
    const auto* unit = campaign_.unit_of(r);
    return fmt::format("指标“{}”、单位“{}”", campaign_.indicator_of(r).id, unit ? unit->id : "（全活动）");
  }
  std::string subject_en(const Record& r) const {
    const auto* unit = campaign_.unit_of(r);
    return fmt::format("indicator '{}', unit '{}'", campaign_.indicator_of(r).id,
                       unit ? unit->id : "(whole campaign)");
  }

  // Both records of a problem are of one unit: the problem is tied to it (Diagnostic::units).
  diag::Diagnostic tied(const Record& r, diag::Diagnostic d) const {
    const auto* unit = campaign_.unit_of(r);
    d.units = {unit ? unit->id : std::string()};
    return d;
  }

  void report_duplicate(const std::string& cause, const Record& earlier, const Record& later) {
    duplicates_.add(
        cause,
        tied(later, source_.diagnostic(static_cast<int>(later.line), column_, diag::Severity::error, "duplicate-record",
         fmt::format("{}、时期“{}”的数值重复：第 {} 行已经给出", subject(later), shown(later.period),
                     earlier.line),
         fmt::format("{}, period '{}' is given twice: line {} already gives it", subject_en(later),
                     shown_en(later.period), earlier.line))));
  }

  void note_overlap(std::uint32_t holder, std::uint32_t other) {
    auto [it, inserted] = overlaps_.try_emplace(holder, other, 0);
    if (!inserted && records_[other].line < records_[it->second.first].line) it->second.first = other;
    ++it->second.second;
  }

  // One diagnostic per wide record: at the later of the two lines, naming the earlier.
  void flush_overlaps() {
    for (const auto& [holder, conflict] : overlaps_) {
      const Record& wide = records_[holder];
      const Record& narrow = records_[conflict.first];
      const Record& later = wide.line > narrow.line ? wide : narrow;
      const Record& earlier = wide.line > narrow.line ? narrow : wide;
      const std::size_t more = conflict.second - 1;
      diagnostics_.add(tied(later, source_.diagnostic(
          static_cast<int>(later.line), column_, diag::Severity::error, "overlapping-periods",
          fmt::format("{}的时期“{}”与第 {} 行的时期“{}”重叠，按求和汇总会重复计算{}", subject(later),
                      shown(later.period), earlier.line, shown(earlier.period),
                      more > 0 ? fmt::format("（以及另外 {} 行）", more) : std::string()),
          fmt::format(
              "{}: the period '{}' overlaps the period '{}' of line {}, which a sum would count twice{}",
              subject_en(later), shown_en(later.period), shown_en(earlier.period), earlier.line,
              more > 0 ? fmt::format(" (and {} more rows)", more) : std::string()))));
    }
  }

  const TableSource& source_;
  const model::Campaign& campaign_;
  const std::vector<Record>& records_;
  int column_;
  diag::Diagnostics& diagnostics_;
  std::map<std::uint32_t, std::pair<std::uint32_t, std::size_t>>
      overlaps_;  // wide record -> first other, count
  RepeatedProblems duplicates_;
};

void check_outside(const TableSource& source, const model::Campaign& campaign, int column,
                   diag::Diagnostics& diagnostics) {
  RepeatedProblems outside;
  for (const Record& r : campaign.records) {
    if (r.period.is_whole_campaign() || (r.period.last >= campaign.start && r.period.first <= campaign.end))
      continue;
    const std::string text = r.period.canonical();
    outside.add(
        text,
        source.diagnostic(static_cast<int>(r.line), column, diag::Severity::warning, "period-outside-campaign",
         fmt::format("时期“{}”完全在活动期间 {} 至 {} 之外", text, campaign.start.iso(), campaign.end.iso()),
         fmt::format("the period '{}' lies wholly outside the campaign, {} to {}", text, campaign.start.iso(),
                     campaign.end.iso())));
  }
  outside.flush(diagnostics);
}

}  // namespace

void check_records(const TableSource& source, const model::Campaign& campaign, int period_column, bool dates_known,
                   diag::Diagnostics& diagnostics) {
  Checker(source, campaign, period_column, diagnostics).run();
  if (dates_known) check_outside(source, campaign, period_column, diagnostics);
}

}  // namespace cr::input
