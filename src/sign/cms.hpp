#pragma once
// The CMS (RFC 5652) of a PAdES baseline B-B signature: detached, SHA-256, RSA PKCS#1 v1.5 (so
// the same data and key give the same bytes), with the signer's certificate and chain, and
// exactly three signed attributes: content-type, message-digest and signing-certificate-v2.
// No signing-time: the PDF's /M says when (PAdES forbids the attribute); OpenSSL's CMS_final
// would add one, so the signed attributes are signed here instead.
#include <optional>
#include <string>
#include <string_view>

#include "sign/identity.hpp"

namespace cr::sign {

// The DER of the CMS ContentInfo over `data`; nullopt when OpenSSL fails.
std::optional<std::string> detached_cms(std::string_view data, const Identity& identity);

}  // namespace cr::sign
