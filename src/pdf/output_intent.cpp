#include "pdf/output_intent.hpp"

#include <podofo/podofo.h>

#include "pdf/flate_stream.hpp"

namespace cr::pdf {

using namespace PoDoFo;

void write_output_intent(PdfMemDocument& document, const std::string& icc_profile) {
  PdfObject* profile = document.GetObjects().CreateObject();
  set_flate_stream(*profile, icc_profile);
  profile->GetDictionary().AddKey("N", PdfObject(static_cast<pdf_int64>(3)));

  PdfObject* intent = document.GetObjects().CreateObject("OutputIntent");
  auto& d = intent->GetDictionary();
  d.AddKey("S", PdfName("GTS_PDFA1"));
  d.AddKey("OutputConditionIdentifier", PdfString("sRGB IEC61966-2.1"));
  d.AddKey("RegistryName", PdfString("http://www.color.org"));
  d.AddKey("Info", PdfString("sRGB IEC61966-2.1"));
  d.AddKey("DestOutputProfile", profile->Reference());

  PdfArray intents;
  intents.push_back(intent->Reference());
  document.GetCatalog()->GetDictionary().AddKey("OutputIntents", intents);
}

}  // namespace cr::pdf
