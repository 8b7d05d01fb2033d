#pragma once
// The catalog's /OutputIntents of a PDF/A file: one GTS_PDFA1 intent whose destination profile
// is the sRGB ICC profile given, so that the DeviceRGB colours of the pages have a defined meaning.
#include <string>

namespace PoDoFo {
class PdfMemDocument;
}

namespace cr::pdf {

void write_output_intent(PoDoFo::PdfMemDocument& document, const std::string& icc_profile);

}  // namespace cr::pdf
