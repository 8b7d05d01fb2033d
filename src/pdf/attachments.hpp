#pragma once
// A PDF/A-3 file's associated source files: each file an embedded file stream (MIME /Subtype,
// /Params with /ModDate and /Size) in a file specification with /F, /UF, /Desc and
// /AFRelationship /Source, listed both in the catalog's /AF array and in the /EmbeddedFiles name
// tree (names sorted, as a name tree requires).
#include <cstdint>
#include <vector>

#include "pdf/archival.hpp"

namespace PoDoFo {
class PdfMemDocument;
}

namespace cr::pdf {

// `modified`: seconds since 1970, every attachment's /ModDate (never a file's mtime).
void write_attachments(PoDoFo::PdfMemDocument& document, const std::vector<AttachedFile>& files,
                       std::int64_t modified);

}  // namespace cr::pdf
