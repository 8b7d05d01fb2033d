#include "pdf/attachments.hpp"

#include <algorithm>

#include <podofo/podofo.h>

#include "pdf/document_info.hpp"
#include "pdf/flate_stream.hpp"

namespace cr::pdf {
namespace {

using namespace PoDoFo;

PdfString text_string(const std::string& utf8) {
  return PdfString(reinterpret_cast<const pdf_utf8*>(utf8.c_str()));
}

PdfObject* embedded_file(PdfMemDocument& document, const AttachedFile& file, std::int64_t modified) {
  PdfObject* stream = document.GetObjects().CreateObject("EmbeddedFile");
  set_flate_stream(*stream, file.data);
  stream->GetDictionary().AddKey("Subtype", PdfName(mime_type(file.name)));
  PdfDictionary params;
  params.AddKey("ModDate", PdfString(pdf_date(modified)));
  params.AddKey("Size", PdfObject(static_cast<pdf_int64>(file.data.size())));
  stream->GetDictionary().AddKey("Params", params);
  return stream;
}

PdfObject* file_spec(PdfMemDocument& document, const AttachedFile& file, std::int64_t modified) {
  PdfObject* stream = embedded_file(document, file, modified);
  PdfObject* spec = document.GetObjects().CreateObject("Filespec");
  auto& d = spec->GetDictionary();
  d.AddKey("F", text_string(file.name));
  d.AddKey("UF", text_string(file.name));
  d.AddKey("Desc", text_string("本报告的源数据 source data of this report"));
  d.AddKey("AFRelationship", PdfName("Source"));
  PdfDictionary ef;
  ef.AddKey("F", stream->Reference());
  ef.AddKey("UF", stream->Reference());
  d.AddKey("EF", ef);
  return spec;
}

}  // namespace

void write_attachments(PdfMemDocument& document, const std::vector<AttachedFile>& files, std::int64_t modified) {
  if (files.empty()) return;
  std::vector<const AttachedFile*> sorted;
  for (const AttachedFile& file : files) sorted.push_back(&file);
  // A name tree's keys are byte strings compared bytewise: the UTF-16 keys written below sort
  // as their UTF-8 names do for every character of the Basic Multilingual Plane.
  std::sort(sorted.begin(), sorted.end(), [](const AttachedFile* a, const AttachedFile* b) { return a->name < b->name; });
  PdfArray af, names;
  for (const AttachedFile* file : sorted) {
    PdfObject* spec = file_spec(document, *file, modified);
    af.push_back(spec->Reference());
    names.push_back(text_string(file->name));
    names.push_back(spec->Reference());
  }
  PdfDictionary tree;
  tree.AddKey("Names", names);
  PdfDictionary name_dictionary;
  name_dictionary.AddKey("EmbeddedFiles", tree);
  auto& catalog = document.GetCatalog()->GetDictionary();
  catalog.AddKey("Names", name_dictionary);
  catalog.AddKey("AF", af);
}

}  // namespace cr::pdf
