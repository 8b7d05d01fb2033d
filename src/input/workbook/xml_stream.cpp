#include "input/workbook/xml_stream.hpp"

#include <cstring>
#include <limits>

#include <fmt/format.h>

namespace cr::input::workbook {
namespace {

// One scan, no strlen: called for every element of sheets with millions of them.
std::string_view local_name(const char* name) {
  const char* start = name;
  const char* end = name;
  for (; *end != '\0'; ++end)
    if (*end == ':') start = end + 1;
  return {start, static_cast<std::size_t>(end - start)};
}

}  // namespace

const char* attribute(const char** attributes, std::string_view name) {
  for (const char** a = attributes; *a != nullptr; a += 2)
    if (local_name(a[0]) == name) return a[1];
  return nullptr;
}

XmlStream::XmlStream(XmlHandler& handler) : parser_(XML_ParserCreate("UTF-8")), handler_(handler) {
  XML_SetUserData(parser_, this);
  XML_SetElementHandler(parser_, on_start, on_end);
  XML_SetCharacterDataHandler(parser_, on_text);
  XML_SetStartDoctypeDeclHandler(parser_, on_doctype);
  XML_SetParamEntityParsing(parser_, XML_PARAM_ENTITY_PARSING_NEVER);
}

XmlStream::~XmlStream() { XML_ParserFree(parser_); }

bool XmlStream::feed(std::string_view piece, bool last) {
  if (stopped_) return false;
  while (piece.size() > static_cast<std::size_t>(std::numeric_limits<int>::max() / 2)) {
    const std::size_t half = std::numeric_limits<int>::max() / 2;
    if (!feed(piece.substr(0, half), false)) return false;
    piece.remove_prefix(half);
  }
  const auto status = XML_Parse(parser_, piece.data(), static_cast<int>(piece.size()), last ? 1 : 0);
  return status == XML_STATUS_OK && !stopped_;
}

void XmlStream::want_text(bool wanted) { XML_SetCharacterDataHandler(parser_, wanted ? on_text : nullptr); }

void XmlStream::stop() {
  if (stopped_) return;
  stopped_ = true;
  XML_StopParser(parser_, XML_FALSE);
}

std::string XmlStream::problem_zh() const {
  const auto line = XML_GetCurrentLineNumber(parser_);
  if (doctype_) return fmt::format("第 {} 行带有文档类型声明（DTD），正常的 Excel/WPS 文件不会有，已拒绝读取", line);
  return fmt::format("XML 在第 {} 行有错：{}", line, XML_ErrorString(XML_GetErrorCode(parser_)));
}

std::string XmlStream::problem_en() const {
  const auto line = XML_GetCurrentLineNumber(parser_);
  if (doctype_) return fmt::format("line {} holds a document type declaration (DTD), which no Excel or WPS file has; refused", line);
  return fmt::format("malformed XML at line {}: {}", line, XML_ErrorString(XML_GetErrorCode(parser_)));
}

void XmlStream::on_start(void* self, const XML_Char* name, const XML_Char** attributes) {
  auto* stream = static_cast<XmlStream*>(self);
  if (!stream->stopped_) stream->handler_.start(local_name(name), attributes);
}

void XmlStream::on_end(void* self, const XML_Char* name) {
  auto* stream = static_cast<XmlStream*>(self);
  if (!stream->stopped_) stream->handler_.end(local_name(name));
}

void XmlStream::on_text(void* self, const XML_Char* text, int length) {
  auto* stream = static_cast<XmlStream*>(self);
  if (!stream->stopped_) stream->handler_.text(std::string_view(text, static_cast<std::size_t>(length)));
}

// Refuses any DTD before its entities are even declared.
void XmlStream::on_doctype(void* self, const XML_Char*, const XML_Char*, const XML_Char*, int) {
  auto* stream = static_cast<XmlStream*>(self);
  stream->doctype_ = true;
  stream->stop();
}

}  // namespace cr::input::workbook
