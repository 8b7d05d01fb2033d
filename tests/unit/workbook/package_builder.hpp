#pragma once
// Builds .xlsx packages part by part with libzip, so that each test states the XML it reads, and
// so that damaged packages (bombs, entities, traversal names) can be made on purpose.
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include <zip.h>

#include "../input/temp_folder.hpp"

using Parts = std::vector<std::pair<std::string, std::string>>;

inline void write_package(const std::filesystem::path& path, const Parts& parts) {
  int error = 0;
  zip_t* archive = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
  for (const auto& [name, text] : parts) {
    zip_source_t* source = zip_source_buffer(archive, text.data(), text.size(), 0);
    zip_file_add(archive, name.c_str(), source, ZIP_FL_OVERWRITE | ZIP_FL_ENC_UTF_8);
  }
  zip_close(archive);
}

constexpr const char* main_ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

// A one-sheet workbook named `sheet` whose worksheet XML holds `sheet_body` (inside <worksheet>),
// with `strings` as its shared strings and `styles` (inside <styleSheet>).
inline Parts one_sheet(const std::string& sheet, const std::string& sheet_body, const std::vector<std::string>& strings = {},
                       const std::string& styles = "") {
  std::string sst = std::string("<?xml version=\"1.0\"?><sst xmlns=\"") + main_ns + "\">";
  for (const auto& s : strings) sst += "<si><t>" + s + "</t></si>";
  sst += "</sst>";
  const std::string rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  return {
      {"[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"},
      {"_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                      "<Relationship Id=\"rId1\" Type=\"" + rel + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"},
      {"xl/workbook.xml", std::string("<?xml version=\"1.0\"?><workbook xmlns=\"") + main_ns + "\" xmlns:r=\"" + rel +
                              "\"><sheets><sheet name=\"" + sheet + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"},
      {"xl/_rels/workbook.xml.rels",
       "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
       "<Relationship Id=\"rId1\" Type=\"" + rel + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
       "<Relationship Id=\"rId2\" Type=\"" + rel + "/sharedStrings\" Target=\"sharedStrings.xml\"/>"
       "<Relationship Id=\"rId3\" Type=\"" + rel + "/styles\" Target=\"styles.xml\"/></Relationships>"},
      {"xl/worksheets/sheet1.xml", std::string("<?xml version=\"1.0\"?><worksheet xmlns=\"") + main_ns + "\">" + sheet_body + "</worksheet>"},
      {"xl/sharedStrings.xml", sst},
      {"xl/styles.xml", std::string("<?xml version=\"1.0\"?><styleSheet xmlns=\"") + main_ns + "\">" + styles + "</styleSheet>"},
  };
}
