#pragma once
// /PageLabels: the page numbers viewers show (i, ii, 1, 2...), a number tree in the catalog.
#include <vector>

#include "pdf/writer.hpp"

namespace PoDoFo {
class PdfMemDocument;
}

namespace cr::pdf {

void write_page_labels(PoDoFo::PdfMemDocument& document, const std::vector<PageLabelRange>& ranges);

}  // namespace cr::pdf
