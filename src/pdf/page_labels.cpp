#include "pdf/page_labels.hpp"

#include <algorithm>

#include <podofo/podofo.h>

namespace cr::pdf {

void write_page_labels(PoDoFo::PdfMemDocument& document, const std::vector<PageLabelRange>& ranges) {
  using namespace PoDoFo;
  if (ranges.empty()) return;
  std::vector<PageLabelRange> sorted = ranges;
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const auto& a, const auto& b) { return a.first_page < b.first_page; });
  // A number tree's keys are unique: of two ranges starting on one page the later call wins.
  for (std::size_t i = sorted.size(); i-- > 1;)
    if (sorted[i - 1].first_page == sorted[i].first_page)
      sorted.erase(sorted.begin() + static_cast<std::ptrdiff_t>(i - 1));
  if (sorted.front().first_page != 0)
    sorted.insert(sorted.begin(), PageLabelRange{0, PageNumbering::decimal, "", 1});
  PdfArray nums;
  for (const auto& range : sorted) {
    PdfDictionary label;
    if (range.style == PageNumbering::decimal) label.AddKey("S", PdfName("D"));
    if (range.style == PageNumbering::roman_lower) label.AddKey("S", PdfName("r"));
    if (range.style == PageNumbering::roman_upper) label.AddKey("S", PdfName("R"));
    if (!range.prefix.empty())
      label.AddKey("P", PdfString(reinterpret_cast<const pdf_utf8*>(range.prefix.c_str())));
    if (range.start != 1) label.AddKey("St", PdfObject(static_cast<pdf_int64>(range.start)));
    nums.push_back(PdfObject(static_cast<pdf_int64>(range.first_page)));
    nums.push_back(label);
  }
  PdfDictionary tree;
  tree.AddKey("Nums", nums);
  document.GetCatalog()->GetDictionary().AddKey("PageLabels", tree);
}

}  // namespace cr::pdf
