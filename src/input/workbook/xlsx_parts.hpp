#pragma once
// The parts of an .xlsx package that say where things are and how numbers look: the
// relationships, workbook.xml (the sheets and the date system) and styles.xml (each cell style's
// number format).
#include <map>
#include <string>
#include <vector>

#include "diag/diagnostic.hpp"
#include "input/workbook/cell_text.hpp"
#include "input/workbook/xml_stream.hpp"
#include "input/workbook/zip_package.hpp"

namespace cr::input::workbook {

// Parses part `name` of `package` with `handler`, within `limit` bytes. False, with a
// "bad-workbook" diagnostic, when the part is missing, damaged or not well-formed XML.
bool parse_part(const ZipPackage& package, const std::string& name, std::uint64_t limit, const std::string& sheet,
                XmlHandler& handler, diag::Diagnostics& diagnostics);

// The folder of part `name`, with its slash: "xl/" for "xl/workbook.xml".
std::string folder_of(const std::string& name);
// The relationships part of part `name`: "xl/_rels/workbook.xml.rels".
std::string relationships_of(const std::string& name);

// A relationships part: target part by relationship id, and by type's last word
// ("officeDocument", "sharedStrings", "styles").
struct Relationships final : XmlHandler {
  std::string base;  // the folder targets are relative to
  std::map<std::string, std::string> by_id, by_type;
  bool escapes = false;  // a target climbs out of the package

  void start(std::string_view name, const char** attributes) override;
  void end(std::string_view) override {}
};

struct SheetEntry {
  std::string name, relationship;
};

// workbook.xml: the sheets in order, and whether dates count from 1904.
struct WorkbookPart final : XmlHandler {
  std::vector<SheetEntry> sheets;
  bool date1904 = false;

  void start(std::string_view name, const char** attributes) override;
  void end(std::string_view) override {}
};

// styles.xml: the number kind of each cell format (<cellXfs>), by the index cells give in s="".
struct StylesPart final : XmlHandler {
  std::map<int, NumberKind> custom;  // numFmtId -> kind, for the <numFmts> the file defines
  std::vector<NumberKind> cell_formats;
  bool in_cell_formats = false;

  void start(std::string_view name, const char** attributes) override;
  void end(std::string_view name) override;
  NumberKind kind(std::size_t style) const {
    return style < cell_formats.size() ? cell_formats[style] : NumberKind::plain;
  }
};

}  // namespace cr::input::workbook
