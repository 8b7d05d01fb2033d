#pragma once
// The workbook's document properties (文件 > 属性): title, author, company, keywords in Chinese,
// and the only time stamp in the file, which must not come from the wall clock.
#include <cstdint>
#include <ctime>
#include <optional>
#include <string>

#include <xlsxwriter.h>

#include "model/campaign.hpp"

namespace cr::xlsx {

// Owns the strings that lxw_doc_properties points into.
struct DocumentProperties {
  std::string title, subject, author, company, category, keywords, comments;
  lxw_doc_properties fields{};

  DocumentProperties() = default;
  DocumentProperties(const DocumentProperties&) = delete;  // `fields` points into this object
  DocumentProperties& operator=(const DocumentProperties&) = delete;
};

// Fills `properties` (in place: the fields point into it) for the campaign's workbook. Its
// created time is the PDF's: output::document_time.
void fill_document_properties(DocumentProperties& properties, const model::Campaign& campaign,
                              std::optional<std::int64_t> source_date_epoch);

}  // namespace cr::xlsx
