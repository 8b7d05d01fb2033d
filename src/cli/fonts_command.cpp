// `fonts DIR [--specimen FILE.pdf]`: which face each font role resolves to (file, face index,
// family, style, where it was found), whether the faces cover every character the campaign's
// texts will set, every uncovered character with its place, and on request an A4 specimen.
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "cli/commands.hpp"
#include "cli/exit_code.hpp"
#include "cli/reporting.hpp"
#include "diag/json.hpp"
#include "font/coverage.hpp"
#include "font/role_fonts.hpp"
#include "font/shaping.hpp"
#include "font/uncovered.hpp"
#include "input/campaign_loader.hpp"
#include "layout/page_style.hpp"
#include "layout/role_texts.hpp"
#include "layout/specimen.hpp"
#include "model/page_style.hpp"
#include "output/atomic_file.hpp"
#include "output/document_date.hpp"
#include "report/builder.hpp"
#include "text/utf8.hpp"

namespace cr::cli {
namespace {

using font::Role;

// The distinct characters a role sets, in order of first use (prose-like order reads better).
struct Characters {
  std::set<char32_t> seen;
  std::string ordered;
  void add(std::string_view text) {
    for (char32_t cp : text::decode(text))
      if (!font::needs_no_glyph(cp) && cp != U' ' && cp != U'\u3000' && seen.insert(cp).second)
        text::append_utf8(ordered, cp);
  }
};

// Where the campaign wrote character `cp` of a text the layout sets: in a narrative, its first
// place from the text's paragraph on (the layout knows the paragraph, not the column); in a text
// of campaign.toml that holds it, that text's place; else the paragraph's own place.
font::TextSource place_of(const model::Campaign& campaign, const layout::RoleText& text, char32_t cp) {
  const model::SourcePosition& origin = text.origin;
  std::string character;
  text::append_utf8(character, cp);
  for (const auto& [section, narrative] : campaign.narratives) {
    if (narrative.file != origin.file || origin.file.empty()) continue;
    std::size_t from = 0;  // the paragraph's first line
    for (int line = 1; line < origin.line && from != std::string::npos; ++line)
      if ((from = narrative.text.find('\n', from)) != std::string::npos) ++from;
    const std::size_t found = narrative.text.find(character, from == std::string::npos ? 0 : from);
    if (found == std::string::npos) return {origin.file, origin.line, origin.column};
    return font::place_in(narrative.text, found, {narrative.file, 1, 1});
  }
  if (origin.file.empty())
    for (const model::PlacedText& placed : campaign.manifest_texts)
      if (placed.text.find(character) != std::string::npos)
        return {placed.position.file, placed.position.line, placed.position.column};
  return {origin.file, origin.line, origin.column};
}

struct RoleCoverage {
  Characters characters;
  std::set<char32_t> uncovered;
};

// Each role's characters as the layout sets them in `style`, and those no face of the role
// has, each reported once at the first place the campaign wrote it.
std::map<Role, RoleCoverage> check_texts(const model::Campaign& campaign, const font::FontSet& fonts,
                                         const std::vector<layout::RoleText>& texts,
                                         diag::Diagnostics& diagnostics) {
  std::map<Role, RoleCoverage> out;
  for (const layout::RoleText& t : texts) {
    RoleCoverage& coverage = out[t.role];
    coverage.characters.add(t.text);
    const font::RoleFonts& role = fonts.role(t.role);
    for (const font::MissingCharacter& m : font::uncovered(role, t.text))
      if (coverage.uncovered.insert(m.code_point).second)
        font::report_uncovered(role, m.code_point, place_of(campaign, t, m.code_point), false, diagnostics);
  }
  return out;
}

// The texts `style` sets, by the layout's own mapping: none when the report cannot be built
// (`validate` and `build` tell why).
std::vector<layout::RoleText> style_texts(const std::optional<report::Document>& document,
                                          const std::string& style, const font::FontSet& fonts) {
  if (!document) return {};
  return layout::role_texts(*document, *layout::make_page_style(style), fonts);
}

std::string_view origin_zh(font::Origin origin) {
  switch (origin) {
    case font::Origin::campaign_folder:
      return "活动目录的 fonts/";
    case font::Origin::fonts_folder:
      return "程序的 fonts/";
    case font::Origin::system:
      return "系统字体（fontconfig）";
  }
  return "";
}

std::string_view origin_en(font::Origin origin) {
  switch (origin) {
    case font::Origin::campaign_folder:
      return "the campaign's fonts/";
    case font::Origin::fonts_folder:
      return "the product's fonts/";
    case font::Origin::system:
      return "system fonts (fontconfig)";
  }
  return "";
}

std::string_view origin_key(font::Origin origin) {
  switch (origin) {
    case font::Origin::campaign_folder:
      return "campaign";
    case font::Origin::fonts_folder:
      return "fonts";
    case font::Origin::system:
      return "system";
  }
  return "";
}

std::string uncovered_list(const std::set<char32_t>& uncovered) {
  std::string out;
  for (char32_t cp : uncovered) {
    std::string ch;
    text::append_utf8(ch, cp);
    out += fmt::format("{}{}（{}）", out.empty() ? "" : " ", ch, font::code_point_label(cp));
  }
  return out;
}

void print_role_human(const CommonOptions& options, const font::RoleFonts& role,
                      const RoleCoverage& coverage) {
  bool zh = options.lang == diag::Language::zh;
  std::string name = zh ? fmt::format("{}（{}）", font::role_name_zh(role.role), font::role_key(role.role))
                        : std::string(font::role_key(role.role));
  if (role.faces.empty()) {
    fmt::print("{}{}{}\n", name, zh ? "：" : ": ", zh ? "找不到字体" : "no font found");
    return;
  }
  const auto& face = *role.faces[0];
  fmt::print("{}{}{} {}\n", name, zh ? "：" : ": ", face.family(), face.style());
  fmt::print(
      fmt::runtime(zh ? "  文件：{}，字体索引 {}，来源：{}\n" : "  file: {}, face index {}, found in {}\n"),
      face.file().string(), face.index(), zh ? origin_zh(face.origin()) : origin_en(face.origin()));
  for (std::size_t i = 1; i < role.faces.size(); ++i)
    fmt::print(fmt::runtime(zh ? "  后备字体：{} {}（{}，索引 {}）\n" : "  fallback: {} {} ({}, index {})\n"),
               role.faces[i]->family(), role.faces[i]->style(), role.faces[i]->file().string(),
               role.faces[i]->index());
  if (!role.official_face && !role.official.empty())
    fmt::print(
        fmt::runtime(
            zh ? "  说明：未找到授权的“{}”字体，以 {} 代替；把授权字体文件放入 fonts/ 可得正式公文字形\n"
               : "  note: no licensed {} face found, {} stands in; put a licensed font file into fonts/ for "
                 "the "
                 "official look\n"),
        role.official, face.family());
  std::size_t count = coverage.characters.seen.size();
  if (coverage.uncovered.empty())
    fmt::print(fmt::runtime(zh ? "  覆盖：用字 {} 个，全部有字形\n"
                               : "  coverage: {} distinct characters, all covered\n"),
               count);
  else
    fmt::print(fmt::runtime(zh ? "  覆盖：用字 {} 个，{} 个没有字形：{}\n"
                               : "  coverage: {} distinct characters, {} not covered: {}\n"),
               count, coverage.uncovered.size(), uncovered_list(coverage.uncovered));
}

void print_role_json(const std::string& style, const font::RoleFonts& role, const RoleCoverage& coverage) {
  if (role.faces.empty()) {
    fmt::print("{}\n", diag::json_line({{"kind", "font-role"},
                                        {"page_style", style},
                                        {"role", font::role_key(role.role)},
                                        {"found", false}}));
    return;
  }
  std::vector<std::string> fallbacks;
  for (std::size_t i = 1; i < role.faces.size(); ++i) fallbacks.push_back(role.faces[i]->family());
  const auto& face = *role.faces[0];
  fmt::print("{}\n", diag::json_line({{"kind", "font-role"},
                                      {"page_style", style},
                                      {"role", font::role_key(role.role)},
                                      {"found", true},
                                      {"family", face.family()},
                                      {"style", face.style()},
                                      {"file", face.file().string()},
                                      {"index", face.index()},
                                      {"origin", origin_key(face.origin())},
                                      {"official", role.official_face},
                                      {"fallbacks", fallbacks},
                                      {"characters", coverage.characters.seen.size()},
                                      {"uncovered", coverage.uncovered.size()}}));
}


std::vector<layout::SpecimenSection> specimen_sections(const font::FontSet& fonts,
                                                       const std::map<Role, RoleCoverage>& coverage) {
  std::vector<layout::SpecimenSection> sections;
  for (Role role : font::all_roles) {
    const auto& r = fonts.role(role);
    if (r.faces.empty()) continue;
    auto found = coverage.find(role);
    std::string characters = found == coverage.end() ? std::string() : found->second.characters.ordered;
    sections.push_back(
        {role, fmt::format("{}　{} {}", font::role_name_zh(role), r.faces[0]->family(), r.faces[0]->style()),
         characters});
  }
  return sections;
}

int write_specimen_file(const CommonOptions& options, const Environment& environment,
                        const FontsOptions& request,
                        const model::Campaign& campaign, const font::FontSet& fonts,
                        const std::map<Role, RoleCoverage>& coverage, diag::Diagnostics& diagnostics) {
  pdf::DocumentInfo info{fmt::format("字体样张：{}", campaign.title),
                         campaign.organization,
                         "字体样张",
                         "字体,样张,campaign-report",
                         "campaign-report",
                         output::document_time(campaign, environment.source_date_epoch(diagnostics))};
  std::string bytes;
  if (!layout::render_specimen(fonts, specimen_sections(fonts, coverage), info, {}, false, bytes,
                               diagnostics) ||
      !output::write_file_atomically(request.specimen, bytes, diagnostics)) {
    print_diagnostics(options, diagnostics);
    return exit_output_error;
  }
  print_diagnostics(options, diagnostics);
  if (!options.quiet && !options.json)
    print_message(options, fmt::format("已写出字体样张 {}", request.specimen),
                  fmt::format("specimen written to {}", request.specimen));
  return exit_done;
}

}  // namespace

int run_fonts(const CommonOptions& options, const Environment& environment, const FontsOptions& request) {
  diag::Diagnostics diagnostics;
  auto campaign = input::load_campaign(request.folder, diagnostics);
  if (!campaign) return finish(options, diagnostics);
  const auto& resources = environment.resources;
  if (!resources)
    print_message(options, "找不到程序的 templates/ 与 fonts/ 目录；请用 --resources 指定",
                  "cannot find the product's templates/ and fonts/ folders; give them with --resources");
  if (!resources) return exit_usage;

  // Every page style sets its roles in faces of its own (公文 faces in gbt9704): each is
  // listed; the campaign's own style (its [report] style) is checked and gives the specimen.
  diag::Diagnostics font_diagnostics;
  const font::FontConfig config = font::load_font_config(request.folder, *resources, font_diagnostics);
  const auto catalogue =
      font::catalogue_for(config, font::font_folders(request.folder, *resources), &font_diagnostics);
  diag::Diagnostics ignored;  // the report's own problems are `validate`'s and `build`'s to tell
  const std::optional<report::Document> document = report::build_report(*resources, *campaign, ignored);
  const std::string own_style(
      model::page_style_name(campaign->report.style.value_or(model::PageStyleId::case_report)));
  std::optional<font::FontSet> own_fonts;
  std::map<Role, RoleCoverage> own_coverage;
  for (const std::string& style : layout::page_style_names()) {
    diag::Diagnostics style_diagnostics;
    font::FontSet fonts = font::FontSet::resolve(config.for_style(style), catalogue, style_diagnostics);
    auto coverage = check_texts(*campaign, fonts, style_texts(document, style, fonts), style_diagnostics);
    if (options.json) {
      for (Role role : font::all_roles) print_role_json(style, fonts.role(role), coverage[role]);
    } else if (!options.quiet) {
      const bool zh = options.lang == diag::Language::zh;
      fmt::print(fmt::runtime(zh ? "版式 {}{}：\n" : "page style {}{}:\n"), style,
                 style != own_style ? "" : zh ? "（本活动所用）" : " (this campaign's)");
      for (Role role : font::all_roles) print_role_human(options, fonts.role(role), coverage[role]);
    }
    if (style != own_style) continue;
    font_diagnostics.append(style_diagnostics);
    own_fonts = std::move(fonts);
    own_coverage = std::move(coverage);
  }
  diagnostics.append(font_diagnostics);
  std::fflush(stdout);
  if (request.specimen.empty() || diagnostics.failed(options.strict) || !own_fonts)
    return finish(options, diagnostics);
  return write_specimen_file(options, environment, request, *campaign, *own_fonts, own_coverage, diagnostics);
}

}  // namespace cr::cli
