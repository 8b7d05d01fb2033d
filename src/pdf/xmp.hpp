#pragma once
// The XMP metadata packet of the catalog: the Info dictionary's title, author, subject,
// keywords and dates again, as XML, for archives and readers that look there first.
#include <string>

#include "pdf/document_info.hpp"

namespace cr::pdf {

std::string xmp_packet(const DocumentInfo& info, const std::string& producer);

}  // namespace cr::pdf
