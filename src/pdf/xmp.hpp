#pragma once
// The XMP metadata packet of the catalog: the Info dictionary's title, author, subject,
// keywords and dates again, as XML, for archives and readers that look there first. A PDF/A file
// (`pdfa_part` 1, 2 or 3) also says its part and conformance (B) in the pdfaid schema.
#include <string>

#include "pdf/document_info.hpp"

namespace cr::pdf {

std::string xmp_packet(const DocumentInfo& info, const std::string& producer, int pdfa_part = 0);

}  // namespace cr::pdf
