#pragma once
// Who signs (docs/submission.md): a private key, its certificate and the chain up to the issuer,
// read from PEM files. The key lives only in memory, is never written nor logged, and is freed
// when the identity goes.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "diag/diagnostic.hpp"

using EVP_PKEY = struct evp_pkey_st;
using X509 = struct x509_st;

namespace cr::sign {

struct IdentityFiles {
  std::string key, certificate, chain;  // PEM files; chain may be empty
  std::string password_file;            // the key's password on its first line; empty: none
};

class Identity {
 public:
  ~Identity();
  Identity(Identity&&) noexcept;
  Identity& operator=(Identity&&) noexcept;
  Identity(const Identity&) = delete;

  // nullopt, with a diagnostic, when a file cannot be read, the password is wrong, the key does
  // not match the certificate, or the certificate is expired or not yet valid now.
  static std::optional<Identity> load(const IdentityFiles& files, diag::Diagnostics& diagnostics);

  EVP_PKEY* key() const { return key_; }
  X509* certificate() const { return certificate_; }
  const std::vector<X509*>& chain() const { return chain_; }
  // The certificate subject's common name (CN), UTF-8: who the signature names.
  std::string signer_name() const;

 private:
  Identity() = default;
  EVP_PKEY* key_ = nullptr;
  X509* certificate_ = nullptr;
  std::vector<X509*> chain_;
};

}  // namespace cr::sign
