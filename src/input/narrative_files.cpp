#include "input/narrative_files.hpp"

#include <algorithm>
#include <array>
#include <vector>

#include <fmt/format.h>

#include "input/safe_path.hpp"
#include "input/text_source.hpp"

namespace cr::input {
namespace fs = std::filesystem;

namespace {

std::vector<std::string> entry_names(const fs::path& folder) {
  std::vector<std::string> names;
  std::error_code ec;
  for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec))
    names.push_back(it->path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

// Paragraph layout weighs every break against the others: a paragraph of a whole book's length
// would take minutes. No report needs a paragraph near this long.
constexpr std::size_t max_paragraph_characters = 10000;

// Reports the first paragraph (lines between blank lines) longer than the limit.
bool paragraphs_fit(const std::string& text, const std::string& relative, diag::Diagnostics& diagnostics) {
  std::size_t characters = 0, line = 1, paragraph_line = 1;
  bool line_blank = true;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    const char c = i < text.size() ? text[i] : '\n';
    if (c == '\n') {
      if (line_blank) characters = 0, paragraph_line = line + 1;
      ++line;
      line_blank = true;
      continue;
    }
    if (c != ' ' && c != '\t') line_blank = false;
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80 && ++characters > max_paragraph_characters) {
      diagnostics.error(
          relative, static_cast<int>(paragraph_line), 0, "paragraph-too-long",
          fmt::format("从这一行起的段落超过了 {} 个字符；请在段落之间留空行分段", max_paragraph_characters),
          fmt::format("the paragraph from this line on passes {} characters; leave a blank line between "
                      "paragraphs",
                      max_paragraph_characters));
      return false;
    }
  }
  return true;
}

void read_one(const fs::path& root, const std::string& name, model::Campaign& campaign,
              diag::Diagnostics& diagnostics) {
  const std::string relative = "narrative/" + name;
  const std::string section = name.substr(0, name.size() - 3);
  const ResolvedPath resolved = resolve_inside(root, relative);
  if (!report_unsafe(resolved, relative, diagnostics)) return;
  auto text = read_text(resolved.path, relative, diagnostics);
  if (!text || !paragraphs_fit(*text, relative, diagnostics)) return;
  if (!known_narrative_section(section, campaign))
    diagnostics.warning(
        relative, 0, 0, "unknown-narrative",
        fmt::format("campaign.toml 中没有编码为“{}”的工程，这个文件不会被使用", section.substr(8)),
        fmt::format("campaign.toml has no program '{}', so this file is not used", section.substr(8)));
  campaign.narratives[section] = model::Narrative{section, relative, std::move(*text)};
}

}  // namespace

// Which other sections exist is the template's business (a template may add any section): the
// report builder warns of a file its template does not use (`unused-narrative`). A program's file
// is checked here, against the programs of campaign.toml.
bool known_narrative_section(std::string_view section, const model::Campaign& campaign) {
  if (!section.starts_with("program-")) return true;
  return campaign.find_program(std::string(section.substr(8))) != nullptr;
}

void read_narratives(const fs::path& root, model::Campaign& campaign, diag::Diagnostics& diagnostics) {
  const ResolvedPath folder = resolve_inside(root, "narrative", true);
  if (!report_unsafe(folder, "narrative", diagnostics)) return;
  for (const std::string& name : entry_names(folder.path)) {
    if (name.size() > 3 && name.ends_with(".md")) {
      read_one(root, name, campaign, diagnostics);
    } else if (!name.starts_with(".")) {
      diagnostics.warning("narrative/" + name, 0, 0, "ignored-file",
                          "叙述文字须是 .md 文件（UTF-8 纯文本），这个文件将被忽略",
                          "narrative texts are .md files (plain UTF-8 text); this file is ignored");
    }
  }
}

}  // namespace cr::input
