#include "cli/app.hpp"

#include <exception>
#include <new>

#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include "build_info.hpp"
#include "cli/commands.hpp"
#include "cli/environment.hpp"
#include "cli/exit_code.hpp"
#include "diag/excerpt.hpp"
#include "layout/page_style.hpp"
#include "stats/aggregate.hpp"

namespace cr::cli {
namespace {

constexpr const char* exit_code_help =
    "退出码 / exit codes:\n"
    "  0  完成（无 --strict 时允许警告） done (warnings allowed unless --strict)\n"
    "  1  活动数据有错误 the campaign data has errors\n"
    "  2  用法错误 usage error\n"
    "  3  输出无法写入 an output could not be written\n"
    "  4  另一运行正持有输出目录的锁（见 --wait） another run holds the lock on the output (see --wait)\n"
    "  5  --per-unit 运行中部分单位失败，其余已写出 a --per-unit run finished with some units failed\n"
    "  70 内部错误（请报告） internal error (please report it)\n";

void add_common(CLI::App& command, CommonOptions& options) {
  command.add_option("--lang", options.lang, "消息语言 message language: zh (default) or en")
      ->transform(CLI::CheckedTransformer(
          std::map<std::string, diag::Language>{{"zh", diag::Language::zh}, {"en", diag::Language::en}}));
  command.add_flag("--strict", options.strict, "警告也算错误 warnings count as errors");
  command.add_flag("--json", options.json, "标准输出为 JSON 行 stdout carries JSON lines");
  command.add_flag("-q,--quiet", options.quiet, "只报告错误 report errors only");
  command.add_option("--resources", options.resources, "模板与字体目录 folder of templates/ and fonts/");
}

int dispatch(int argc, char** argv) {
  CLI::App app{
      "campaign-report：由活动数据生成统计工作簿与 PDF 报告\n"
      "campaign-report: statistics workbooks and PDF reports from campaign data",
      "campaign-report"};
  app.footer(exit_code_help);
  app.set_version_flag("--version", fmt::format("campaign-report {}", build_info::version));
  app.require_subcommand(1);

  CommonOptions options;
  std::string folder;

  auto* validate =
      app.add_subcommand("validate", "检查活动数据并列出全部问题 check a campaign, print every diagnostic");
  validate->add_option("DIR", folder, "活动目录 campaign folder")->required();
  ReportSelection validate_selection;
  add_selection_options(*validate, validate_selection);

  auto* summary =
      app.add_subcommand("summary", "以公文措辞输出统计 print the statistics in official wording");
  summary->add_option("DIR", folder, "活动目录 campaign folder")->required();

  FontsOptions fonts;
  auto* fonts_cmd = app.add_subcommand(
      "fonts", "各版式中各字体角色及覆盖情况 each font role's face per page style, and coverage");
  fonts_cmd->add_option("DIR", fonts.folder, "活动目录 campaign folder")->required();
  fonts_cmd->add_option("--specimen", fonts.specimen, "写出字样 PDF write a specimen PDF");

  BuildOptions build;
  auto* build_cmd =
      app.add_subcommand("build", "生成 PDF 报告与 Excel 工作簿 write the PDF report and the workbook");
  build_cmd->add_option("DIR", build.folder, "活动目录 campaign folder")->required();
  build_cmd->add_option("-o,--output", build.output_dir, "输出目录 output folder (default ./out)");
  build_cmd->add_option("--format", build.formats, "pdf,xlsx (default both)")
      ->delimiter(',')
      ->check(CLI::IsMember({"pdf", "xlsx"}));
  build_cmd->add_option("--style", build.style, "版式 page style: case | gbt9704")
      ->check(CLI::IsMember(layout::page_style_names()));
  build_cmd->add_flag(
      "--allow-missing-glyphs", build.allow_missing_glyphs,
      "无字形的字符以〓代替并警告（默认报错） draw 〓 for characters no font covers, with a warning");
  add_selection_options(*build_cmd, build.selection);
  build_cmd->add_flag("--per-unit", build.per_unit, "每个单位另出一份报告 a report for each unit too");
  build_cmd->add_option("--unit-type", build.unit_type,
                        "为此类型的各单位出报告（默认：根单位的直属单位） units of this type (default: the root's children)");
  build_cmd->add_option("--units", build.units, "只为这些单位编码出报告 only these unit ids")->delimiter(',');
  build_cmd->add_flag("--no-overall", build.no_overall, "不写全活动的报告 no campaign-wide report");
  build_cmd->add_option("--jobs", build.jobs, "并行数（默认：CPU 核数） reports built at once (default: cores)")
      ->check(CLI::Range(1u, 1024u));
  build_cmd->add_option("--shard", build.shard, "只做第 i 片（共 N 片，i 从 0 起） build shard i of N (i from 0)");
  build_cmd->add_option("--wait", build.wait_seconds,
                        "输出目录被另一运行锁定时最多等待的秒数（默认 0） seconds to wait for another run's lock")
      ->check(CLI::Range(0.0, 86400.0));
  build_cmd->add_flag("--if-changed", build.if_changed,
                      "输入未变的报告不重做（据 manifest） skip reports whose inputs are unchanged");
  build_cmd->add_option("--pdfa", build.pdfa, "写出 PDF/A（1b、2b 或 3b） write PDF/A of this level")
      ->check(CLI::IsMember({"1b", "2b", "3b"}));
  build_cmd->add_flag("--no-attach", build.no_attach,
                      "PDF/A-3b 不附带源数据文件 no source data files in a PDF/A-3b");
  auto* sign_option = build_cmd->add_option("--sign", build.sign_key, "用此私钥（PEM）对 PDF 签名 sign the PDFs with this key");
  auto* cert_option = build_cmd->add_option("--cert", build.sign_cert, "签名者证书（PEM） the signer's certificate");
  sign_option->needs(cert_option);
  cert_option->needs(sign_option);
  build_cmd->add_option("--chain", build.sign_chain, "签发者证书链（PEM） the issuers' certificates")->needs(sign_option);
  build_cmd->add_option("--key-pass-file", build.key_pass_file, "私钥口令文件（首行） the key's password, first line")
      ->needs(sign_option);
  build_cmd->add_flag("--sign-visible", build.sign_visible,
                      "在落款旁画出签名者与时间 draw the signer and the time in a box by the 落款")
      ->needs(sign_option);

  std::string manifest_folder;
  auto* manifest_cmd = app.add_subcommand(
      "manifest", "合并各分片的 manifest 为 manifest.json merge the shards' manifests into manifest.json");
  manifest_cmd->add_option("OUTDIR", manifest_folder, "输出目录 output folder")->required();


  FormOptions form;
  auto* form_cmd = app.add_subcommand(
      "form", "写出各单位填写的数据填报表 write the fill-in form (workbook) each unit returns");
  form_cmd->add_option("DIR", form.folder, "活动目录 campaign folder")->required();
  form_cmd->add_option("-o,--output", form.output,
                       "填报表文件（给出 --unit 时），否则为输出目录 the form file with --unit, else a folder")
      ->required();
  form_cmd->add_option("--unit", form.unit, "只写这个单位的填报表 the form of this unit only (unit id)");

  CollectOptions collect;
  auto* collect_cmd = app.add_subcommand(
      "collect", "把交回的填报表汇总到数据记录中 merge the returned forms into the records");
  collect_cmd->add_option("DIR", collect.folder, "活动目录 campaign folder")->required();
  collect_cmd->add_option("FORM", collect.forms, "填好的填报表 the filled-in forms (.xlsx)")->required();

  InitOptions init;
  auto* init_cmd = app.add_subcommand(
      "init", "新建活动目录：带说明的 campaign.toml、空表和叙述文件 write a new campaign folder to fill in");
  init_cmd->add_option("DIR", init.folder, "新的（或空的）活动目录 a new or empty folder")->required();
  init_cmd->add_option("--template", init.template_name, "报告模板 report template (default year-end)");
  init_cmd->add_option("--year", init.year, "年度 the year the campaign covers")->check(CLI::Range(1000, 9999));

  for (auto* command : {validate, summary, fonts_cmd, build_cmd, manifest_cmd, form_cmd, collect_cmd, init_cmd}) {
    add_common(*command, options);
    command->footer(exit_code_help);
  }

  try {
    app.parse(argc, argv);
  } catch (const CLI::Success& e) {
    return app.exit(e);  // --help, --version
  } catch (const CLI::ParseError& e) {
    // CLI11 words its errors in English; say in both languages that this is a usage error.
    fmt::print(stderr,
               "campaign-report: 用法错误 (usage error): {}\n查看用法 (see usage): campaign-report --help\n",
               e.what());
    return exit_usage;
  }

  // Read once, here, whatever the command: no command nor module reads the environment itself.
  const Environment environment = Environment::read(options);
  if (validate->parsed()) return run_validate(options, environment, folder, validate_selection);
  if (summary->parsed()) return run_summary(options, folder);
  if (fonts_cmd->parsed()) return run_fonts(options, environment, fonts);
  if (manifest_cmd->parsed()) return run_manifest(options, manifest_folder);
  if (form_cmd->parsed()) return run_form(options, environment, form);
  if (collect_cmd->parsed()) return run_collect(options, collect);
  if (init_cmd->parsed()) return run_init(options, environment, init);
  return run_build(options, environment, build);
}

}  // namespace

int run(int argc, char** argv) {
  try {
    return dispatch(argc, argv);
  } catch (const stats::FigureOverflow& e) {
    // Unreachable for data the loader passed; if ever reached, no wrong figure is printed.
    fmt::print(stderr,
               "campaign-report: 错误: 指标“{}”（{}）的数值超出了可精确计算的范围，运行已中止\n"
               "campaign-report: error: the figures of indicator '{}' pass what is computed exactly; "
               "the run stopped\n",
               diag::terminal_safe(e.indicator_id), diag::terminal_safe(e.indicator_name),
               diag::terminal_safe(e.indicator_id));
    return exit_data_error;
  } catch (const std::bad_alloc&) {
    // A library's allocation failed (xlsx/allocated.hpp): outputs go through AtomicFile, so
    // nothing half-written is left.
    fmt::print(stderr, "campaign-report: 错误: 内存不足，运行已中止；未留下写了一半的文件\n"
                       "campaign-report: error: out of memory; the run stopped, leaving no half-written file\n");
    return exit_output_error;
  } catch (const std::exception& e) {
    fmt::print(stderr, "campaign-report: 内部错误，请报告此问题 internal error, please report it: {}\n",
               e.what());
  } catch (...) {
    fmt::print(stderr, "campaign-report: 内部错误，请报告此问题 internal error, please report it\n");
  }
  return exit_internal;
}

}  // namespace cr::cli
