#include "pdf/xmp.hpp"

#include <fmt/format.h>

namespace cr::pdf {
namespace {

std::string escape(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '&')
      out += "&amp;";
    else if (c == '<')
      out += "&lt;";
    else if (c == '>')
      out += "&gt;";
    else if (c == '"')
      out += "&quot;";
    else
      out += c;
  }
  return out;
}

}  // namespace

std::string xmp_packet(const DocumentInfo& info, const std::string& producer, int pdfa_part) {
  std::string date = iso_date(info.timestamp);
  std::string pdfa_id;
  if (pdfa_part > 0)
    pdfa_id = fmt::format(
        "<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
        "<pdfaid:part>{}</pdfaid:part>\n<pdfaid:conformance>B</pdfaid:conformance>\n"
        "</rdf:Description>\n",
        pdfa_part);
  return fmt::format(
      "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
      "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
      "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
      "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
      "xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
      "<dc:format>application/pdf</dc:format>\n"
      "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">{}</rdf:li></rdf:Alt></dc:title>\n"
      "<dc:creator><rdf:Seq><rdf:li>{}</rdf:li></rdf:Seq></dc:creator>\n"
      "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">{}</rdf:li></rdf:Alt></dc:description>\n"
      "<pdf:Keywords>{}</pdf:Keywords>\n"
      "<pdf:Producer>{}</pdf:Producer>\n"
      "<xmp:CreatorTool>{}</xmp:CreatorTool>\n"
      "<xmp:CreateDate>{}</xmp:CreateDate>\n"
      "<xmp:ModifyDate>{}</xmp:ModifyDate>\n"
      "<xmp:MetadataDate>{}</xmp:MetadataDate>\n"
      "</rdf:Description>\n"
      "{}"
      "</rdf:RDF>\n"
      "</x:xmpmeta>\n"
      "<?xpacket end=\"r\"?>",
      escape(info.title), escape(info.author), escape(info.subject), escape(info.keywords), escape(producer),
      escape(info.creator), date, date, date, pdfa_id);
}

}  // namespace cr::pdf
