#pragma once
// The document outline (bookmarks), nested, written as plain PDF objects so that /Count,
// /First, /Last, /Prev and /Next are exactly what the specification asks.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace PoDoFo {
class PdfMemDocument;
}

namespace cr::pdf {

struct OutlineEntry {
  std::string title;  // UTF-8
  std::size_t page = 0;
  double top = 0;  // PDF y coordinate of the destination's top
  std::optional<std::size_t> parent;
};

// Adds /Outlines to the catalog of `document`, whose pages must all exist.
void write_outlines(PoDoFo::PdfMemDocument& document, const std::vector<OutlineEntry>& entries);

}  // namespace cr::pdf
