#include "sign/identity.hpp"

#include <cstring>
#include <fstream>
#include <sstream>
#include <utility>

#include <fmt/format.h>
#include <openssl/bio.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

namespace cr::sign {
namespace {

std::optional<std::string> read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

void refuse(diag::Diagnostics& diagnostics, const std::string& file, const std::string& code, const std::string& zh,
            const std::string& en) {
  diagnostics.error(file, 0, 0, code, zh, en);
}

// The password callback: the given password, never a prompt on the terminal.
int give_password(char* buffer, int size, int, void* user) {
  const auto* password = static_cast<const std::string*>(user);
  if (password == nullptr || password->size() > static_cast<std::size_t>(size)) return -1;
  std::memcpy(buffer, password->data(), password->size());
  return static_cast<int>(password->size());
}

std::vector<X509*> read_certificates(const std::string& pem) {
  std::vector<X509*> out;
  BIO* bio = BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size()));
  while (X509* cert = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr)) out.push_back(cert);
  BIO_free(bio);
  ERR_clear_error();
  return out;
}

EVP_PKEY* read_key(const std::string& pem, const std::string* password) {
  BIO* bio = BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size()));
  EVP_PKEY* key = PEM_read_bio_PrivateKey(bio, nullptr, give_password, const_cast<std::string*>(password));
  BIO_free(bio);
  ERR_clear_error();
  return key;
}

std::optional<std::string> first_line(const std::string& path) {
  auto text = read_file(path);
  if (!text) return std::nullopt;
  std::string line = text->substr(0, text->find_first_of("\r\n"));
  OPENSSL_cleanse(text->data(), text->size());
  return line;
}

}  // namespace

Identity::~Identity() {
  EVP_PKEY_free(key_);
  X509_free(certificate_);
  for (X509* c : chain_) X509_free(c);
}

Identity::Identity(Identity&& other) noexcept
    : key_(other.key_), certificate_(other.certificate_), chain_(std::move(other.chain_)) {
  other.key_ = nullptr;
  other.certificate_ = nullptr;
  other.chain_.clear();
}

Identity& Identity::operator=(Identity&& other) noexcept {
  std::swap(key_, other.key_);
  std::swap(certificate_, other.certificate_);
  std::swap(chain_, other.chain_);
  return *this;
}

std::optional<Identity> Identity::load(const IdentityFiles& files, diag::Diagnostics& diagnostics) {
  Identity id;
  const auto cert_pem = read_file(files.certificate);
  std::vector<X509*> certs = cert_pem ? read_certificates(*cert_pem) : std::vector<X509*>{};
  if (certs.empty()) {
    refuse(diagnostics, files.certificate, "certificate-unreadable",
           fmt::format("无法读取证书 {}：文件不存在或不是 PEM 格式的 X.509 证书", files.certificate),
           fmt::format("cannot read the certificate {}: missing, or not a PEM X.509 certificate", files.certificate));
    return std::nullopt;
  }
  id.certificate_ = certs.front();
  for (std::size_t i = 1; i < certs.size(); ++i) id.chain_.push_back(certs[i]);
  if (!files.chain.empty()) {
    const auto chain_pem = read_file(files.chain);
    std::vector<X509*> chain = chain_pem ? read_certificates(*chain_pem) : std::vector<X509*>{};
    if (chain.empty()) {
      refuse(diagnostics, files.chain, "certificate-unreadable",
             fmt::format("无法读取证书链 {}：文件不存在或不含 PEM 证书", files.chain),
             fmt::format("cannot read the chain {}: missing, or holds no PEM certificate", files.chain));
      return std::nullopt;
    }
    id.chain_.insert(id.chain_.end(), chain.begin(), chain.end());
  }
  if (X509_cmp_current_time(X509_get0_notAfter(id.certificate_)) < 0 ||
      X509_cmp_current_time(X509_get0_notBefore(id.certificate_)) > 0) {
    refuse(diagnostics, files.certificate, "certificate-not-valid",
           fmt::format("证书 {} 已过期或尚未生效，不能用来签名", files.certificate),
           fmt::format("the certificate {} has expired or is not valid yet; it cannot sign", files.certificate));
    return std::nullopt;
  }
  std::optional<std::string> password;
  if (!files.password_file.empty() && !(password = first_line(files.password_file))) {
    refuse(diagnostics, files.password_file, "key-password-unreadable",
           fmt::format("无法读取私钥口令文件 {}", files.password_file),
           fmt::format("cannot read the key's password file {}", files.password_file));
    return std::nullopt;
  }
  auto key_pem = read_file(files.key);
  if (key_pem) id.key_ = read_key(*key_pem, password ? &*password : nullptr);
  if (key_pem) OPENSSL_cleanse(key_pem->data(), key_pem->size());
  if (password) OPENSSL_cleanse(password->data(), password->size());
  if (id.key_ == nullptr) {
    refuse(diagnostics, files.key, "key-unreadable",
           fmt::format("无法读取私钥 {}：文件不存在、不是 PEM 私钥，或口令不对（--key-pass-file）", files.key),
           fmt::format("cannot read the private key {}: missing, not a PEM private key, or a wrong password "
                       "(--key-pass-file)",
                       files.key));
    return std::nullopt;
  }
  if (X509_check_private_key(id.certificate_, id.key_) != 1) {
    ERR_clear_error();
    refuse(diagnostics, files.key, "key-certificate-mismatch",
           fmt::format("私钥 {} 与证书 {} 不配对", files.key, files.certificate),
           fmt::format("the private key {} does not match the certificate {}", files.key, files.certificate));
    return std::nullopt;
  }
  return id;
}

std::string Identity::signer_name() const {
  X509_NAME* subject = X509_get_subject_name(certificate_);
  const int at = X509_NAME_get_index_by_NID(subject, NID_commonName, -1);
  if (at < 0) return {};
  unsigned char* utf8 = nullptr;
  const int length = ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(X509_NAME_get_entry(subject, at)));
  if (length < 0) return {};
  std::string name(reinterpret_cast<char*>(utf8), static_cast<std::size_t>(length));
  OPENSSL_free(utf8);
  return name;
}

}  // namespace cr::sign
