#pragma once
// The box a visible signature draws (`build --sign-visible`): a thin frame around two lines, the
// signer's name and the signing time, set in the report's body face, which the box embeds as a
// subset Type0 font of its own (with a CIDSet in PDF/A-1b), so that it stays PDF/A-valid.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "font/face.hpp"

namespace PoDoFo {
class PdfMemDocument;
class PdfObject;
}  // namespace PoDoFo

namespace cr::sign {

// Where the box goes: beside the 落款, in PDF user space (points from the page's bottom left).
struct BoxAnchor {
  std::size_t page = 0;       // 0-based: the page that carries the 落款
  double right = 0;           // the box's right edge (a little left of the 落款)
  double middle = 0;          // the box's vertical centre (the 落款's)
  double left_limit = 0;      // the text area's left edge: the box does not reach past it
  font::FacePtr face;         // the body face the lines are set in
};

struct BoxPlacement {
  double left = 0, bottom = 0, width = 0, height = 0;
};

// The lines the box shows: "签名：<signer>" and "时间：2024-12-02 08:00 UTC+8" (Beijing time).
std::vector<std::string> box_lines(const std::string& signer, std::int64_t timestamp);

// Writes the box's appearance (form XObject with its own subset font) into `document` and
// returns it with where it goes on the page. Throws std::runtime_error when the face lacks a
// character of `lines` or cannot be subset.
PoDoFo::PdfObject* write_box(PoDoFo::PdfMemDocument& document, const BoxAnchor& anchor,
                             const std::vector<std::string>& lines, bool with_cid_set,
                             BoxPlacement& placement);

}  // namespace cr::sign
