#pragma once
// The campaign as the data describes it: plain values, no behaviour beyond look-ups.
// input/ builds it, stats/ aggregates it, report/ words it; nothing here knows a file format.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/date.hpp"
#include "model/period.hpp"
#include "model/quantity.hpp"
#include "model/source_position.hpp"

namespace cr::model {

struct Program {  // 工程: one of the campaign's programs, in display order
  std::string id, name, summary;
  SourcePosition position;
};

enum class Aggregate { sum, max, last, avg, none };

// How a figure is worded: as written, small counts in Chinese numerals (两项, 九个), or in a scale.
enum class Wording { as_written, hanzi, wan, yi };

struct Indicator {  // 指标
  std::string id, name, unit;
  std::string program;  // a program id; empty means the general profile (基本情况)
  Aggregate aggregate = Aggregate::sum;
  Wording wording = Wording::as_written;
  std::string description;
  SourcePosition position;

  bool is_rate() const { return unit == "%"; }
};

struct OrgUnit {  // 单位: county, township, subdistrict, village, department...
  std::string id, name, type;
  std::string parent;  // a unit id; empty for a root
  SourcePosition position;
};

struct Record {  // one figure: an indicator's value for a unit over a period
  std::string indicator;
  std::string unit;  // an OrgUnit id; empty means the whole campaign
  Period period;
  Quantity value;
  std::string note;
  SourcePosition position;
};

enum class PageStyle { case_report, gbt9704 };

struct ReportSettings {  // [report] in campaign.toml
  std::string template_name;
  std::optional<PageStyle> style;
  std::optional<int> year;
  std::optional<Date> as_of;  // 数据截至
  std::string filename;       // output stem; empty: the campaign id
  bool group_digits = false;
};

struct Narrative {  // one text of narrative/, e.g. "background" for narrative/background.md
  std::string section;
  std::string file;  // relative path, for diagnostics
  std::string text;  // UTF-8, line ends normalised to \n
};

struct Campaign {
  std::string folder;  // as given on the command line
  std::string id, title, organization;
  Date start, end;
  std::string short_name, region, source;
  std::optional<Date> published;
  std::vector<std::string> editors;
  std::vector<Program> programs;
  ReportSettings report;

  std::vector<Indicator> indicators;
  std::vector<OrgUnit> units;
  std::vector<Record> records;
  std::map<std::string, Narrative> narratives;  // by section name

  const Program* find_program(const std::string& id) const;
  const Indicator* find_indicator(const std::string& id) const;
  const OrgUnit* find_unit(const std::string& id) const;
  const Narrative* find_narrative(const std::string& section) const;
  // The output file stem: [report] filename, else the campaign id.
  std::string output_stem() const { return report.filename.empty() ? id : report.filename; }
};

}  // namespace cr::model
