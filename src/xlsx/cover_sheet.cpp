// 封面: what the workbook is, where its figures come from, the date they stand at, and how to
// read approximate figures. Officials attach the workbook to a submission; this is its first page.
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "wording/date_wording.hpp"
#include "xlsx/page_setup.hpp"
#include "xlsx/sheets.hpp"

namespace cr::xlsx {
namespace {

using Entry = std::pair<std::string, std::string>;  // label, value

std::string joined(const std::vector<std::string>& parts, const char* separator) {
  std::string out;
  for (const std::string& part : parts) out += (out.empty() ? "" : separator) + part;
  return out;
}

// The data files the campaign was read from: those the loader names (units.csv is optional, a
// table may come as .xlsx or .xls, or as a sheet of data.xlsx), else those found in its folder.
std::string source_files(const model::Campaign& campaign) {
  namespace fs = std::filesystem;
  const fs::path folder(campaign.folder);
  std::vector<std::string> files{"campaign.toml"};
  if (!campaign.table_files.empty()) {
    files.insert(files.end(), campaign.table_files.begin(), campaign.table_files.end());
    return joined(files, "、");
  }
  for (const char* table : {"indicators", "units", "records"})
    for (const char* extension : {".csv", ".xlsx"}) {
      const std::string name = std::string(table) + extension;
      std::error_code ignored;
      if (fs::is_regular_file(folder / name, ignored)) {
        files.push_back(name);
        break;
      }
    }
  return joined(files, "、");
}

std::vector<Entry> facts(const WorkbookContext& context) {
  const model::Campaign& campaign = context.campaign;
  std::vector<Entry> entries{{"活动名称", campaign.title}, {"组织单位", campaign.organization}};
  if (!campaign.region.empty()) entries.emplace_back("地区", campaign.region);
  entries.emplace_back("活动时间", wording::word_date(campaign.start) + "至" + wording::word_date(campaign.end));
  std::vector<std::string> programs;
  for (const model::Program& program : campaign.programs) programs.push_back(program.name);
  if (!programs.empty()) entries.emplace_back("工程", joined(programs, "、"));
  std::string sources = "活动数据目录（" + source_files(campaign) + "）";
  if (!campaign.source.empty()) sources = campaign.source + "；" + sources;
  entries.emplace_back("数据来源", sources);
  entries.emplace_back("数据截至", wording::word_date(context.as_of));
  if (campaign.published) entries.emplace_back("发布日期", wording::word_date(*campaign.published));
  if (!campaign.editors.empty()) entries.emplace_back("责任编辑", joined(campaign.editors, "、"));
  entries.emplace_back("数据规模", fmt::format("{}个指标，{}个单位，{}条记录", campaign.indicators.size(),
                                               campaign.units.size(), campaign.records.size()));
  return entries;
}

std::vector<Entry> notes(const WorkbookContext& context) {
  std::vector<Entry> entries{
      {"数值",
       "「数值」列为确切数值，以指标的计量单位计（30.6万人记为306000人，320万元记为320万元），"
       "可直接求和、筛选；「表述」列给出报告中的写法。"},
      {"近似数",
       "「修饰」列标明原始数据的近似说法：余、多、以上、逾、超过、不少于表示下限（10余场即至少10场），"
       "近、约、左右、不到表示约数。汇总时各项均为确切数时合计才是确切数；下限相加仍为下限"
       "（10余 + 5 = 15余）；只要有一项为约数，合计即为约数（约）。"},
      {"公式",
       "「汇总」各值为对「明细」的公式（求和、最大值、平均值），并保存了计算结果，"
       "不重新计算的查看器也显示数值；按最新时期取值的指标直接写入数值。"},
      {"打印", "各表均为A4纸、按页宽缩放、每页重复表头，页脚为页码。"},
  };
  if (context.constant_memory)
    entries.emplace_back("大数据量",
                         "本工作簿记录较多，以省内存方式写出：图表不含缓存数据，"
                         "由Excel、WPS或LibreOffice打开时计算显示。");
  return entries;
}

constexpr double label_column_units = 10;  // 数据来源, 组织单位...
constexpr double value_column_units = 64;  // long values wrap within a portrait page

lxw_row_t write_entries(SheetWriter& sheet, Formats& formats, lxw_row_t row,
                        const std::vector<Entry>& entries) {
  for (const auto& [label, value] : entries) {
    sheet.text(row, 0, label, formats.get(Style::label));
    sheet.text(row, 1, value, formats.get(Style::plain));
    ++row;
  }
  return row;
}

}  // namespace

bool write_cover_sheet(WorkbookContext& context) {
  SheetWriter* sheet = context.add_sheet("封面");
  if (sheet == nullptr) return false;
  Formats& formats = context.formats;
  sheet->limit_widths(label_column_units, label_column_units);
  sheet->limit_column(1, value_column_units);
  sheet->widen(0, label_column_units);
  sheet->widen(1, value_column_units);
  sheet->title_block(0, 0, 1, context.campaign.title, formats.get(Style::title_block),
                     label_column_units + value_column_units, title_points);
  sheet->across(1, 0, 1, "统计工作簿", formats.get(Style::subtitle));
  lxw_row_t row = write_entries(*sheet, formats, 3, facts(context));
  sheet->text(++row, 0, "说明", formats.get(Style::label));
  write_entries(*sheet, formats, ++row, notes(context));
  sheet->apply_widths();
  sheet->check(apply_page_setup(sheet->handle(), {}), 0, 0);
  return true;
}

}  // namespace cr::xlsx
