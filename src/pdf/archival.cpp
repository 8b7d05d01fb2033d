#include "pdf/archival.hpp"

#include <array>
#include <utility>

namespace cr::pdf {

std::optional<PdfaLevel> parse_pdfa_level(std::string_view text) {
  if (text == "1b") return PdfaLevel::a1b;
  if (text == "2b") return PdfaLevel::a2b;
  if (text == "3b") return PdfaLevel::a3b;
  return std::nullopt;
}

int pdfa_part(PdfaLevel level) {
  switch (level) {
    case PdfaLevel::a1b: return 1;
    case PdfaLevel::a2b: return 2;
    case PdfaLevel::a3b: return 3;
    case PdfaLevel::none: break;
  }
  return 0;
}

std::string mime_type(std::string_view name) {
  static const std::array<std::pair<std::string_view, std::string_view>, 6> types{{
      {".toml", "application/toml"},
      {".csv", "text/csv"},
      {".md", "text/markdown"},
      {".txt", "text/plain"},
      {".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
      {".xls", "application/vnd.ms-excel"},
  }};
  for (const auto& [extension, type] : types)
    if (name.size() >= extension.size() && name.substr(name.size() - extension.size()) == extension)
      return std::string(type);
  return "application/octet-stream";
}

}  // namespace cr::pdf
