// `form DIR -o FORM.xlsx --unit ID`: the fill-in form of one unit; `form DIR -o FOLDER`: one form
// per unit that fills it in ([form] level, else the units without sub-units), named by unit.
// Forms are made from data without errors only: a form built on a wrong indicator table would
// send the wrong questions to every township.
#include <filesystem>
#include <map>
#include <string>
#include <system_error>

#include <fmt/format.h>

#include "cli/commands.hpp"
#include "cli/exit_code.hpp"
#include "cli/form_campaign.hpp"
#include "cli/reporting.hpp"
#include "diag/json.hpp"
#include "form/form_plan.hpp"
#include "form/form_writer.hpp"
#include "output/atomic_file.hpp"

namespace cr::cli {
namespace {

// A unit's name as a file name: characters that no file system takes become full-width or _.
std::string file_stem(const std::string& name) {
  std::string stem;
  for (char c : name) {
    if (c == '/' || c == '\\') stem += "／";
    else if (static_cast<unsigned char>(c) < 0x20 || std::string_view(":*?\"<>|").find(c) != std::string_view::npos)
      stem += '_';
    else stem += c;
  }
  return stem.empty() || stem == "." || stem == ".." ? "_" : stem;
}

// OUTDIR/<name>.xlsx for each unit; <name>-<id>.xlsx when two units share a name.
std::map<std::size_t, std::filesystem::path> form_files(const model::Campaign& campaign, const form::FormPlan& plan,
                                                        const std::filesystem::path& folder) {
  std::map<std::string, int> uses;
  for (std::size_t unit : plan.respondents) ++uses[campaign.units[unit].name];
  std::map<std::size_t, std::filesystem::path> files;
  for (std::size_t unit : plan.respondents) {
    const model::OrgUnit& u = campaign.units[unit];
    files[unit] = folder / (file_stem(uses[u.name] > 1 ? u.name + "-" + u.id : u.name) + ".xlsx");
  }
  return files;
}

bool write_one(const model::Campaign& campaign, const form::FormPlan& plan, std::size_t unit,
               const std::filesystem::path& target, const form::FormSettings& settings,
               diag::Diagnostics& diagnostics) {
  std::optional<output::AtomicFile> file = output::AtomicFile::open(target, diagnostics);
  if (!file) return false;
  if (!form::write_form(campaign, plan, unit, file->library_path(), settings, diagnostics)) return false;
  return file->commit(diagnostics);
}

void say_written(const CommonOptions& options, const model::OrgUnit& unit, const std::filesystem::path& target,
                 std::size_t rows) {
  if (options.json) {
    fmt::print(stdout, "{}\n",
               diag::json_line({{"kind", "form"}, {"unit", unit.id}, {"name", unit.name}, {"file", target.string()},
                                {"rows", rows}}));
  } else if (!options.quiet) {
    print_message(options, fmt::format("已写出 {}（{}，{} 行）", target.string(), unit.name, rows),
                  fmt::format("wrote {} ({}, {} rows)", target.string(), unit.id, rows));
  }
}

bool prepare(const std::filesystem::path& folder, diag::Diagnostics& diagnostics) {
  std::error_code error;
  if (std::filesystem::create_directories(folder, error) || std::filesystem::is_directory(folder, error)) return true;
  diagnostics.error("", 0, 0, "output-not-writable", fmt::format("无法创建输出目录 {}", folder.string()),
                    fmt::format("cannot create the output folder {}", folder.string()));
  return false;
}

int write_forms(const CommonOptions& options, const Environment& environment, const FormOptions& request,
                const model::Campaign& campaign, const form::FormPlan& plan, diag::Diagnostics& diagnostics) {
  form::FormSettings settings;
  settings.source_date_epoch = environment.source_date_epoch(diagnostics);
  std::map<std::size_t, std::filesystem::path> files;
  if (!request.unit.empty()) {
    const model::OrgUnit* unit = campaign.find_unit(request.unit);
    if (unit == nullptr) {
      print_message(options, fmt::format("用法错误：没有编码为“{}”的单位", request.unit),
                    fmt::format("usage error: no unit has the id '{}'", request.unit));
      return exit_usage;
    }
    files[static_cast<std::size_t>(unit - campaign.units.data())] = request.output;
  } else {
    if (!prepare(request.output, diagnostics)) {
      print_diagnostics(options, diagnostics);
      return exit_output_error;
    }
    files = form_files(campaign, plan, request.output);
  }
  bool all = true;
  std::vector<std::pair<std::size_t, std::filesystem::path>> written;
  for (const auto& [unit, target] : files) {
    if (write_one(campaign, plan, unit, target, settings, diagnostics)) written.emplace_back(unit, target);
    else all = false;
  }
  print_diagnostics(options, diagnostics);
  for (const auto& [unit, target] : written) say_written(options, campaign.units[unit], target, plan.rows.size());
  return all ? exit_done : exit_output_error;
}

}  // namespace

int run_form(const CommonOptions& options, const Environment& environment, const FormOptions& request) {
  diag::Diagnostics diagnostics;
  int code = 0;
  const std::optional<FormCampaign> loaded = load_form_campaign(options, request.folder, diagnostics, code);
  if (!loaded) return code;
  return write_forms(options, environment, request, loaded->campaign, loaded->plan, diagnostics);
}

}  // namespace cr::cli
