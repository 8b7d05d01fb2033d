#pragma once
// What an archival (PDF/A) PDF adds to the writer's ordinary output: the conformance level, the
// sRGB profile of its output intent, and (PDF/A-3b only) the files it was made from, attached
// as associated source files. Without a level the writer's output is exactly as before.
//
//   pdf::Archival archival{pdf::PdfaLevel::a3b, icc_bytes, {{"campaign.toml", toml_bytes}}};
//   writer.set_archival(archival);   // read at write(); must outlive it
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cr::pdf {

enum class PdfaLevel { none, a1b, a2b, a3b };

// "1b", "2b", "3b"; nullopt for anything else.
std::optional<PdfaLevel> parse_pdfa_level(std::string_view text);
// 1, 2 or 3 (pdfaid:part); 0 for none.
int pdfa_part(PdfaLevel level);

struct AttachedFile {
  std::string name;  // UTF-8, as it is named in the campaign folder: "campaign.toml", "narrative/x.md"
  std::string data;  // the file's bytes, unchanged
};

struct Archival {
  PdfaLevel level = PdfaLevel::none;
  std::string icc_profile;          // an ICC (version 2) sRGB profile: the output intent
  std::vector<AttachedFile> files;  // attached at 3b only
};

// The MIME type an attachment is marked with, from its name's extension.
std::string mime_type(std::string_view name);

}  // namespace cr::pdf
