#include "input/workbook/xlsx_parts.hpp"

#include <cstdlib>
#include <cstring>

#include <fmt/format.h>

namespace cr::input::workbook {
namespace {

int integer(const char* text, int fallback = 0) {
  if (text == nullptr) return fallback;
  char* end = nullptr;
  const long value = std::strtol(text, &end, 10);
  return end == text || value < 0 || value > 1'000'000'000 ? fallback : static_cast<int>(value);
}

bool truthy(const char* text) {
  return text != nullptr && (std::strcmp(text, "1") == 0 || std::strcmp(text, "true") == 0);
}

}  // namespace

bool parse_part(const ZipPackage& package, const std::string& name, std::uint64_t limit, const std::string& sheet,
                XmlHandler& handler, diag::Diagnostics& diagnostics) {
  XmlStream xml(handler);
  bool well_formed = true;
  const bool read = package.read(name, limit, sheet, diagnostics, [&](std::string_view piece) {
    return well_formed = xml.feed(piece, false);
  });
  if (read) well_formed = xml.feed({}, true);
  if (!well_formed) {  // malformed, or refused (a DTD); a package error was reported by read()
    diagnostics.add({package.file(), 0, 0, diag::Severity::error, "bad-workbook",
                     fmt::format("工作簿的组成部分 {} 已损坏：{}", name, xml.problem_zh()),
                     fmt::format("the workbook part {} is damaged: {}", name, xml.problem_en()), sheet});
  }
  return read && well_formed;
}

std::string folder_of(const std::string& name) {
  const auto slash = name.rfind('/');
  return slash == std::string::npos ? std::string() : name.substr(0, slash + 1);
}

std::string relationships_of(const std::string& name) {
  const auto slash = name.rfind('/');
  const std::string file = slash == std::string::npos ? name : name.substr(slash + 1);
  return folder_of(name) + "_rels/" + file + ".rels";
}

void Relationships::start(std::string_view name, const char** attributes) {
  if (name != "Relationship") return;
  const char* id = attribute(attributes, "Id");
  const char* target = attribute(attributes, "Target");
  const char* type = attribute(attributes, "Type");
  const char* mode = attribute(attributes, "TargetMode");
  if (id == nullptr || target == nullptr || (mode != nullptr && std::strcmp(mode, "External") == 0)) return;
  const std::string part = resolve_part(base, target);
  if (part.empty()) {
    escapes = true;
    return;
  }
  by_id[id] = part;
  if (type != nullptr) {
    const std::string_view t(type);
    by_type[std::string(t.substr(t.rfind('/') + 1))] = part;
  }
}

void WorkbookPart::start(std::string_view name, const char** attributes) {
  if (name == "workbookPr") {
    date1904 = truthy(attribute(attributes, "date1904"));
  } else if (name == "sheet") {
    const char* sheet_name = attribute(attributes, "name");
    const char* id = attribute(attributes, "id");  // r:id
    if (sheet_name != nullptr && id != nullptr) sheets.push_back({sheet_name, id});
  }
}

void StylesPart::start(std::string_view name, const char** attributes) {
  if (name == "numFmt") {
    const char* code = attribute(attributes, "formatCode");
    custom[integer(attribute(attributes, "numFmtId"), -1)] = code ? format_kind(code) : NumberKind::plain;
  } else if (name == "cellXfs") {
    in_cell_formats = true;
  } else if (name == "xf" && in_cell_formats) {
    const int id = integer(attribute(attributes, "numFmtId"));
    const auto found = custom.find(id);
    cell_formats.push_back(found != custom.end() ? found->second : builtin_kind(id));
  }
}

void StylesPart::end(std::string_view name) {
  if (name == "cellXfs") in_cell_formats = false;
}

}  // namespace cr::input::workbook
