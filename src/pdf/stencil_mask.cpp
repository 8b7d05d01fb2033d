#include "pdf/stencil_mask.hpp"

#include <podofo/podofo.h>

#include "pdf/flate_stream.hpp"

namespace cr::pdf {

using namespace PoDoFo;

std::string stencil_row(const unsigned char* alpha, std::size_t width) {
  std::string row((width + 7) / 8, '\0');
  for (std::size_t x = 0; x < width; ++x)
    if (alpha[x] < 128) row[x / 8] = static_cast<char>(row[x / 8] | (0x80 >> (x % 8)));
  return row;
}

void replace_soft_mask(PdfMemDocument& document, PdfObject& image) {
  PdfDictionary& dict = image.GetDictionary();
  PdfObject* soft = dict.HasKey("SMask") ? document.GetObjects().GetObject(dict.GetKey("SMask")->GetReference())
                                         : nullptr;
  if (soft == nullptr || !soft->HasStream()) return;
  const auto width = static_cast<std::size_t>(soft->GetDictionary().GetKey("Width")->GetNumber());
  const auto height = static_cast<std::size_t>(soft->GetDictionary().GetKey("Height")->GetNumber());
  char* samples = nullptr;
  pdf_long length = 0;
  soft->GetStream()->GetFilteredCopy(&samples, &length);
  std::string bits;
  if (static_cast<std::size_t>(length) >= width * height)
    for (std::size_t y = 0; y < height; ++y)
      bits += stencil_row(reinterpret_cast<const unsigned char*>(samples) + y * width, width);
  podofo_free(samples);
  const PdfReference soft_reference = soft->Reference();
  dict.RemoveKey("SMask");
  delete document.GetObjects().RemoveObject(soft_reference);  // the caller owns what RemoveObject gives back
  if (bits.empty()) return;  // samples shorter than the image says: draw it without a mask
  PdfObject* mask = document.GetObjects().CreateObject("XObject");
  PdfDictionary& mask_dict = mask->GetDictionary();
  mask_dict.AddKey("Subtype", PdfName("Image"));
  mask_dict.AddKey("Width", static_cast<pdf_int64>(width));
  mask_dict.AddKey("Height", static_cast<pdf_int64>(height));
  mask_dict.AddKey("ImageMask", true);
  mask_dict.AddKey("BitsPerComponent", static_cast<pdf_int64>(1));
  set_flate_stream(*mask, bits);
  dict.AddKey("Mask", mask->Reference());
}

}  // namespace cr::pdf
