#include "sign/pdf_signature.hpp"

#include <stdexcept>

#include <fmt/format.h>
#include <podofo/podofo.h>

#include "pdf/document_info.hpp"
#include "sign/cms.hpp"

namespace cr::sign {
namespace {

using namespace PoDoFo;

constexpr std::size_t signature_room = 16384;  // bytes kept for the CMS (a chain of a few certificates)

PdfString text_string(const std::string& utf8) {
  return PdfString(reinterpret_cast<const pdf_utf8*>(utf8.c_str()));
}

void add_field(PdfMemDocument& document, PdfSignOutputDevice& signer, const SignatureRequest& request) {
  PdfAcroForm* form = document.GetAcroForm(true, ePdfAcroFormDefaultAppearance_None);
  form->GetObject()->GetDictionary().AddKey("SigFlags", PdfObject(static_cast<pdf_int64>(3)));
  // Invisible: an empty appearance (PDF/A-1 wants one on every widget, even an invisible one).
  // /N is the stream itself: PoDoFo's SetAppearanceStream writes a dictionary of states.
  PdfObject* appearance = nullptr;
  BoxPlacement box;
  if (request.visible) {
    const auto lines = box_lines(request.identity.signer_name(), request.timestamp);
    appearance = write_box(document, *request.visible, lines, request.cid_set, box);
  } else {
    PdfXObject empty(PdfRect(0, 0, 0, 0), &document);
    TVecFilters none;
    empty.GetObject()->GetStream()->Set("q Q", 3, none);  // a stream needs a body to be written as one
    appearance = empty.GetObject();
  }
  PdfPage* page = document.GetPage(request.visible ? static_cast<int>(request.visible->page) : 0);
  PdfAnnotation* widget =
      page->CreateAnnotation(ePdfAnnotation_Widget, PdfRect(box.left, box.bottom, box.width, box.height));
  widget->SetFlags(ePdfAnnotationFlags_Print);
  PdfSignatureField field(widget, form, &document);
  PdfDictionary appearances;
  appearances.AddKey("N", appearance->Reference());
  widget->GetObject()->GetDictionary().AddKey("AP", appearances);
  // PoDoFo stamps the widget and the Info dictionary with the clock: the document's time instead.
  const PdfString when(pdf::pdf_date(request.timestamp));
  widget->GetObject()->GetDictionary().AddKey("M", when);
  document.GetInfo()->GetObject()->GetDictionary().AddKey("ModDate", when);
  field.SetFieldName(PdfString("Signature1"));
  if (!request.reason.empty()) field.SetSignatureReason(text_string(request.reason));
  if (!request.location.empty()) field.SetSignatureLocation(text_string(request.location));
  field.SetSignature(*signer.GetSignatureBeacon());
  PdfDictionary& signature = field.GetSignatureObject()->GetDictionary();
  signature.AddKey("SubFilter", PdfName("ETSI.CAdES.detached"));
  signature.AddKey("M", when);
  const std::string name = request.identity.signer_name();
  if (!name.empty()) signature.AddKey("Name", text_string(name));
}

std::string signed_bytes(PdfSignOutputDevice& signer) {
  signer.AdjustByteRange();
  signer.Seek(0);
  std::string data;
  char buffer[65536];
  while (std::size_t n = signer.ReadForSignature(buffer, sizeof buffer)) data.append(buffer, n);
  return data;
}

void report(diag::Diagnostics& diagnostics, const std::string& zh, const std::string& en) {
  diagnostics.error("", 0, 0, "pdf-sign-failed", fmt::format("无法签名 PDF：{}", zh),
                    fmt::format("cannot sign the PDF: {}", en));
}

}  // namespace

bool sign_pdf(std::string& pdf, const SignatureRequest& request, diag::Diagnostics& diagnostics) {
  // PoDoFo's parser prints the trailer it reads on stderr unless told not to (once, for all threads).
  static const bool quiet = [] {
    PdfError::EnableDebug(false);
    PdfError::EnableLogging(false);
    return true;
  }();
  (void)quiet;
  try {
    PdfMemDocument document;
    document.LoadFromBuffer(pdf.data(), static_cast<long>(pdf.size()), true);
    if (request.archival) document.SetWriteMode(ePdfWriteMode_Clean);
    // A buffer, not a std::iostream: the signing device reads back what it wrote, and PoDoFo
    // moves only an iostream's write position when it seeks.
    PdfRefCountedBuffer buffer;
    PdfOutputDevice device(&buffer);
    PdfSignOutputDevice signer(&device);
    signer.SetSignatureSize(signature_room);
    add_field(document, signer, request);
    document.WriteUpdate(&signer, true);
    if (!signer.HasSignaturePosition()) {
      report(diagnostics, "PoDoFo 未写出签名位置", "PoDoFo wrote no place for the signature");
      return false;
    }
    const auto cms = detached_cms(signed_bytes(signer), request.identity);
    if (!cms || cms->size() > signature_room) {
      report(diagnostics, "OpenSSL 未能生成 CMS 签名", "OpenSSL could not make the CMS signature");
      return false;
    }
    signer.SetSignature(PdfData(cms->data(), cms->size()));
    signer.Flush();
    pdf.assign(buffer.GetBuffer(), device.GetLength());
    return true;
  } catch (const std::runtime_error& e) {
    report(diagnostics, fmt::format("签名框无法绘制：{}", e.what()), fmt::format("cannot draw the signature box: {}", e.what()));
  } catch (const PdfError& e) {
    report(diagnostics, fmt::format("PoDoFo 错误 {}", static_cast<int>(e.GetError())),
           fmt::format("PoDoFo error {}", static_cast<int>(e.GetError())));
  }
  return false;
}

}  // namespace cr::sign
