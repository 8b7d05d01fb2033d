#pragma once
// [document] of campaign.toml: the parts of a 公文 around its body (model/official_document.hpp).
// Each value is checked as GB/T 9704-2012 writes it (份号 six digits, 〔2024〕 in 六角括号, a
// number without a leading zero, 密级 and 紧急程度 from the standard's words), and each problem is a
// diagnostic at its line and column. Files it names (narratives, the seal) are checked once the
// folder is read (check_document_files).
#include <filesystem>

#include <toml++/toml.h>

#include "diag/diagnostic.hpp"
#include "model/campaign.hpp"

namespace cr::input {

// Reads [document] into campaign.document; leaves it empty when the table is absent. The
// programs must be read first: an attachment may name a program's table.
void read_document(const toml::table& root, model::Campaign& campaign, diag::Diagnostics& diagnostics);

// After the narratives are read: each attachment's narrative file and the seal's image exist
// inside the campaign folder `root`, and the seal is a PNG image, whose bytes it reads.
void check_document_files(const std::filesystem::path& root, model::Campaign& campaign,
                          diag::Diagnostics& diagnostics);

// Whether `number` is a 发文字号 as the standard writes it: 代字〔年份〕序号号, 绥发〔2024〕3号.
bool valid_document_number(std::string_view number);

}  // namespace cr::input
