#pragma once
// Signing a finished PDF, as an incremental update written with PoDoFo: an invisible signature
// field on the first page (or, `visible`, a box with the signer and the time near the 落款 on
// the last page), whose /Contents is a PAdES B-B CMS (cms.hpp) over the whole file but itself,
// /SubFilter /ETSI.CAdES.detached, /M the document's time, /Reason and /Location as given.
#include <cstdint>
#include <optional>
#include <string>

#include "diag/diagnostic.hpp"
#include "sign/identity.hpp"
#include "sign/signature_box.hpp"

namespace cr::sign {

struct SignatureRequest {
  const Identity& identity;
  std::string reason, location;  // UTF-8; empty: left out
  std::int64_t timestamp = 0;    // seconds since 1970: /M (never the clock)
  bool archival = false;         // a PDF/A file: object headers on lines of their own
  bool cid_set = false;          // PDF/A-1b: the box's font lists its CIDs
  std::optional<BoxAnchor> visible;  // --sign-visible: the box beside the 落款; none: invisible
};

// Appends the signature to `pdf`. False, with a diagnostic (`pdf` then unchanged), when PoDoFo
// or OpenSSL fails.
bool sign_pdf(std::string& pdf, const SignatureRequest& request, diag::Diagnostics& diagnostics);

}  // namespace cr::sign
