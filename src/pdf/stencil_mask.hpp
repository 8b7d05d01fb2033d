#pragma once
// PDF/A-1 forbids soft masks (ISO 19005-1, 6.4), so an image with an alpha channel, such as the
// office's seal, is written there with a stencil mask instead: a 1-bit image mask that paints
// where the alpha is at least half and leaves the page as it is elsewhere.

#include <cstddef>
#include <string>

namespace PoDoFo {
class PdfMemDocument;
class PdfObject;
}  // namespace PoDoFo

namespace cr::pdf {

// One row of 8-bit alpha samples as image-mask bits, padded to a whole byte: 0 paints, 1 masks out.
std::string stencil_row(const unsigned char* alpha, std::size_t width);

// Replaces `image`'s /SMask by a stencil /Mask made from the soft mask's samples, and removes the
// soft mask from the document. An image without a soft mask is left as it is.
void replace_soft_mask(PoDoFo::PdfMemDocument& document, PoDoFo::PdfObject& image);

}  // namespace cr::pdf
