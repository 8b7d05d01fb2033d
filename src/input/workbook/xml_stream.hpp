#pragma once
// Expat, fed piece by piece, calling a handler with element names stripped of their namespace
// prefix (Office writes <c>, some libraries <x:c>; the parts read here never mix vocabularies).
// A document type declaration is refused outright: OOXML never has one, and refusing it closes
// the door on entity expansion ("billion laughs") and on external entities.
#include <string>
#include <string_view>

#include <expat.h>

namespace cr::input::workbook {

class XmlHandler {
 public:
  // `attributes` is expat's list: name, value, name, value..., then nullptr.
  virtual void start(std::string_view name, const char** attributes) = 0;
  virtual void end(std::string_view name) = 0;
  virtual void text(std::string_view) {}

 protected:
  ~XmlHandler() = default;
};

// The value of attribute `name` (prefix ignored), or nullptr.
const char* attribute(const char** attributes, std::string_view name);

class XmlStream {
 public:
  explicit XmlStream(XmlHandler& handler);
  ~XmlStream();
  XmlStream(const XmlStream&) = delete;
  XmlStream& operator=(const XmlStream&) = delete;

  // Parses the next piece; `last` for the final one. False on malformed XML, or after stop().
  bool feed(std::string_view piece, bool last);
  // Whether text() is called: a handler that wants text only inside some elements turns it on
  // there, so that expat need not report the rest.
  void want_text(bool wanted);
  // Ends parsing from inside a handler; feed() then returns false with stopped() true.
  void stop();
  bool stopped() const { return stopped_; }
  // Whether parsing stopped at a document type declaration.
  bool refused() const { return doctype_; }
  // Why parsing failed, in Chinese and English, with the line of the part.
  std::string problem_zh() const;
  std::string problem_en() const;

 private:
  static void on_start(void* self, const XML_Char* name, const XML_Char** attributes);
  static void on_end(void* self, const XML_Char* name);
  static void on_text(void* self, const XML_Char* text, int length);
  static void on_doctype(void* self, const XML_Char*, const XML_Char*, const XML_Char*, int);

  XML_Parser parser_;
  XmlHandler& handler_;
  bool stopped_ = false, doctype_ = false;
};

}  // namespace cr::input::workbook
