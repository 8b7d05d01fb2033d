#include "pdf/outline.hpp"

#include <podofo/podofo.h>

namespace cr::pdf {
namespace {

using namespace PoDoFo;

PdfString text_string(const std::string& utf8) {
  return PdfString(reinterpret_cast<const pdf_utf8*>(utf8.c_str()));
}

// Number of entries below `entry` (all open).
pdf_int64 descendants(const std::vector<OutlineEntry>& entries, std::optional<std::size_t> entry) {
  pdf_int64 n = 0;
  for (std::size_t i = 0; i < entries.size(); ++i)
    if (entries[i].parent == entry) n += 1 + descendants(entries, i);
  return n;
}

}  // namespace

void write_outlines(PdfMemDocument& document, const std::vector<OutlineEntry>& entries) {
  if (entries.empty()) return;
  auto& objects = document.GetObjects();
  PdfObject* root = objects.CreateObject("Outlines");
  std::vector<PdfObject*> items;
  for (const auto& e : entries) {
    PdfObject* item = objects.CreateObject();
    auto& d = item->GetDictionary();
    d.AddKey("Title", text_string(e.title));
    PdfArray dest;
    dest.push_back(document.GetPage(static_cast<int>(e.page))->GetObject()->Reference());
    dest.push_back(PdfName("XYZ"));
    dest.push_back(PdfObject(static_cast<pdf_int64>(0)));
    dest.push_back(PdfObject(static_cast<pdf_int64>(static_cast<long>(e.top))));
    dest.push_back(PdfVariant::NullValue);
    d.AddKey("Dest", dest);
    items.push_back(item);
  }
  auto link_children = [&](std::optional<std::size_t> parent, PdfObject* parent_object) {
    PdfObject* previous = nullptr;
    for (std::size_t i = 0; i < entries.size(); ++i) {
      if (entries[i].parent != parent) continue;
      auto& d = items[i]->GetDictionary();
      d.AddKey("Parent", parent_object->Reference());
      if (!previous)
        parent_object->GetDictionary().AddKey("First", items[i]->Reference());
      else {
        d.AddKey("Prev", previous->Reference());
        previous->GetDictionary().AddKey("Next", items[i]->Reference());
      }
      previous = items[i];
    }
    if (previous) {
      parent_object->GetDictionary().AddKey("Last", previous->Reference());
      parent_object->GetDictionary().AddKey("Count", PdfObject(descendants(entries, parent)));
    }
  };
  link_children(std::nullopt, root);
  for (std::size_t i = 0; i < entries.size(); ++i) link_children(i, items[i]);
  document.GetCatalog()->GetDictionary().AddKey("Outlines", root->Reference());
  document.GetCatalog()->GetDictionary().AddKey("PageMode", PdfName("UseOutlines"));
}

}  // namespace cr::pdf
