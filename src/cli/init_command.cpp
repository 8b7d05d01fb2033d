// `campaign-report init DIR [--template NAME]`: a new campaign folder an office starts from,
// rather than a copy of a sample: campaign.toml with every key explained in Chinese, the three
// tables with their Chinese headers and no rows, and one narrative file per section of the
// template, holding a line that says what the section should contain. It never writes into a
// folder that holds anything, and never leaves half a folder: the files are written into a
// temporary folder beside DIR, which is then renamed to DIR.
#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>
#include <system_error>
#include <vector>

#include <fmt/format.h>

#include "cli/commands.hpp"
#include "cli/exit_code.hpp"
#include "cli/reporting.hpp"
#include "model/page_style.hpp"
#include "report/template.hpp"

namespace cr::cli {
namespace fs = std::filesystem;
namespace {

struct NewFile {
  std::string name;  // relative to the campaign folder
  std::string text;
};

// The year the new campaign proposes: --year, else SOURCE_DATE_EPOCH's, else this year's.
int proposed_year(const InitOptions& init, const Environment& environment, diag::Diagnostics& diagnostics) {
  if (init.year != 0) return init.year;
  const auto now = environment.today(diagnostics);
  return static_cast<int>(std::chrono::year_month_day(std::chrono::floor<std::chrono::days>(now)).year());
}

// Columns a line takes in a fixed-width editor: two for a Chinese character, one for ASCII.
std::size_t columns(std::string_view text) {
  std::size_t n = 0;
  for (unsigned char c : text)
    if (c < 0x80)
      ++n;
    else if (c >= 0xC0)
      n += 2;
  return n;
}

// `key = value` with its explanation after it, the explanations of a table aligned.
std::string entry(const std::string& assignment, std::string_view explanation) {
  constexpr std::size_t explanation_column = 34;
  const std::size_t used = columns(assignment);
  return assignment + std::string(used < explanation_column ? explanation_column - used : 1, ' ') + "# " +
         std::string(explanation) + "\n";
}

std::string manifest(const std::string& template_id, int year) {
  const std::string y = std::to_string(year);
  std::string out =
      "# 活动清单 campaign.toml，由 campaign-report init 生成。“#”后面是说明，可以保留也可以删去。\n"
      "# 数据格式见 docs/data-format.md；填好三张表和叙述文字后：\n"
      "#   campaign-report validate 本目录           检查数据，列出全部问题\n"
      "#   campaign-report build 本目录 -o 输出目录  生成 PDF 报告和 Excel 统计表\n\n[campaign]\n";
  out += entry("id = \"campaign-" + y + "\"", "活动编码：小写字母、数字和“-”；也是输出文件的默认名称");
  out += entry("title = \"（工作名称）\"", "工作或活动的名称，如“乡村振兴与基层治理工作”");
  out += entry("short_name = \"\"", "简称，可不填");
  out += entry("organization = \"（单位名称）\"", "报告单位，出现在标题和落款中，如“某某县人民政府”");
  out += entry("region = \"\"", "地区名称，可不填");
  out += entry("start = " + y + "-01-01", "起始日期");
  out += entry("end = " + y + "-12-31", "截止日期；数据只到年中时，报告按“1至N月”与上年同期比较");
  out += entry("# published = " + y + "-12-20", "成文日期（落款日期）；不填则用截止日期");
  out += entry("source = \"\"", "资料来源（案例报告文末），可不填");
  out += entry("editors = []", "责任编辑，如 [\"张三\", \"李四\"]，可不填");
  out +=
      "\n# 每项重点工作（工程）写一段 [[program]]，报告中各成一小节，其叙述文字写在\n"
      "# narrative/program-<编码>.md，指标在 indicators.csv 的“所属工程”列填写此编码。\n"
      "# 年度报告计入时期（records.csv 的“时期”列，如 " +
      y + "年3月）在该年度内的记录，不写时期的记录作为截止日期的数字。\n";
  out += "# [[program]]\n";
  out += entry("# id = \"chanye\"", "工程编码：小写字母、数字和“-”");
  out += entry("# name = \"产业发展\"", "工程名称，即小节标题");
  out += entry("# summary = \"\"", "一句话概述，可不填");
  out += "\n[report]\n";
  out += entry("template = \"" + template_id + "\"", "报告模板：year-end（年度工作总结）、case（典型案例）");
  const auto style = template_id == "case" ? model::PageStyleId::case_report : model::PageStyleId::gbt9704;
  out += entry(fmt::format("style = \"{}\"", model::page_style_name(style)),
               "版式：gbt9704（党政机关公文格式）或 case（案例报告）");
  out += entry("year = " + y, "年度报告所属年份：报告中的数字都是这一年的，并与上一年比较");
  out += entry("# as_of = " + y + "-11-30", "数据截至日期，可不填");
  out += entry("# filename = \"\"", "输出文件名（不含扩展名）；不填则用活动编码");
  out += entry("group_digits = false", "数字是否每三位加逗号（15,940）");
  out +=
      "\n# 上年的活动目录（与本目录同样的文件），作为“比上年”的比较基数，相对本目录。指标按编码对应\n"
      "# （改了名的指标在 indicators.csv 的“上年指标编码”列填上年的编码），单位先按编码、再按名称对应。\n"
      "# [compare]\n";
  out += entry("# previous = \"../" + std::to_string(year - 1) + "\"",
               "上年活动目录；也可在 build 时用 --previous 指定");
  return out;
}

// The tables with their Chinese headers and no rows (docs/data-format.md names every column).
std::vector<NewFile> tables() {
  return {{"indicators.csv", "指标编码,指标名称,计量单位,所属工程,汇总方式,写法,说明,上年指标编码\n"},
          {"units.csv", "单位编码,单位名称,单位类型,上级单位\n"},
          {"records.csv", "指标编码,单位编码,时期,数值,修饰,备注\n"}};
}

std::vector<NewFile> narratives(const report::Template& tmpl) {
  std::vector<NewFile> files;
  for (const report::TemplateSection& s : tmpl.sections) {
    if (s.narrative.empty()) continue;
    const std::string hint = s.hint.empty() ? "本节的内容。" : s.hint;
    files.push_back({"narrative/" + s.narrative + ".md", "（请改写本段）" + hint + "\n"});
  }
  return files;
}

bool empty_or_absent(const fs::path& folder) {
  std::error_code ec;
  if (!fs::exists(folder, ec)) return true;
  return fs::is_directory(folder, ec) && fs::is_empty(folder, ec);
}

// Writes every file into a temporary folder beside `target`, then renames it into place.
bool write_folder(const fs::path& target, const std::vector<NewFile>& files, std::string& problem) {
  const fs::path parent = target.has_parent_path() ? target.parent_path() : fs::path(".");
  const fs::path staging = parent / ("." + target.filename().string() + ".init-tmp");
  std::error_code ec;
  fs::remove_all(staging, ec);
  fs::create_directories(staging / "narrative", ec);
  for (const NewFile& f : files) {
    if (ec) break;
    std::ofstream out(staging / f.name, std::ios::binary);
    out << f.text;
    out.flush();
    if (!out) ec = std::make_error_code(std::errc::io_error);
  }
  if (!ec) fs::rename(staging, target, ec);  // replaces an empty target folder
  if (!ec) return true;
  problem = ec.message();
  fs::remove_all(staging, ec);
  return false;
}

}  // namespace

int run_init(const CommonOptions& options, const Environment& environment, const InitOptions& init) {
  diag::Diagnostics diagnostics;
  const fs::path target(init.folder);
  if (!empty_or_absent(target)) {
    diagnostics.error(
        "", 0, 0, "folder-not-empty",
        fmt::format("“{}”已存在且不是空文件夹；init 只在新的或空的文件夹中创建活动", init.folder),
        fmt::format("'{}' exists and is not an empty folder; init only writes a new or empty one",
                    init.folder));
    print_diagnostics(options, diagnostics);
    return exit_usage;
  }
  const auto& resources = environment.resources;
  if (!resources) {
    diagnostics.error("", 0, 0, "resources-not-found", "找不到程序的 templates/ 目录；请用 --resources 指定",
                      "cannot find the product's templates/ folder; give it with --resources");
    return finish(options, diagnostics);
  }
  const auto tmpl = report::load_template(*resources, init.template_name, diagnostics);
  if (!tmpl) return finish(options, diagnostics);
  const int year = proposed_year(init, environment, diagnostics);
  std::vector<NewFile> files{{"campaign.toml", manifest(tmpl->id, year)}};
  for (auto& f : tables()) files.push_back(std::move(f));
  for (auto& f : narratives(*tmpl)) files.push_back(std::move(f));
  std::string problem;
  if (!write_folder(target, files, problem)) {
    diagnostics.error("", 0, 0, "output-not-writable", fmt::format("无法创建“{}”：{}", init.folder, problem),
                      fmt::format("cannot create '{}': {}", init.folder, problem));
    print_diagnostics(options, diagnostics);
    return exit_output_error;
  }
  print_diagnostics(options, diagnostics);
  if (!options.quiet)
    print_message(
        options,
        fmt::format("已创建活动目录 {}（模板 {}）：先填 indicators.csv、units.csv、records.csv 和 "
                    "narrative/ 下的叙述文字，再运行 validate",
                    init.folder, tmpl->id),
        fmt::format("created the campaign folder {} (template {}): fill in the tables and narrative/, "
                    "then run validate",
                    init.folder, tmpl->id));
  return exit_done;
}

}  // namespace cr::cli
