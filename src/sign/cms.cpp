#include "sign/cms.hpp"

#include <algorithm>
#include <memory>
#include <vector>

#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/ess.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/x509.h>

namespace cr::sign {
namespace {

template <typename T, void (*Free)(T*)>
using Owned = std::unique_ptr<T, std::integral_constant<decltype(Free), Free>>;

std::string der_length(std::size_t length) {
  if (length < 0x80) return std::string(1, static_cast<char>(length));
  std::string bytes;
  for (; length > 0; length >>= 8) bytes.insert(bytes.begin(), static_cast<char>(length & 0xff));
  return static_cast<char>(0x80 | bytes.size()) + bytes;
}

// The signed attributes as they are signed: a DER SET OF, its members sorted by their encoding.
std::string signed_attributes(CMS_SignerInfo* si) {
  std::vector<std::string> members;
  for (int i = 0; i < CMS_signed_get_attr_count(si); ++i) {
    unsigned char* der = nullptr;
    const int length = i2d_X509_ATTRIBUTE(CMS_signed_get_attr(si, i), &der);
    if (length <= 0) return {};
    members.emplace_back(reinterpret_cast<char*>(der), static_cast<std::size_t>(length));
    OPENSSL_free(der);
  }
  std::sort(members.begin(), members.end());
  std::string body;
  for (const std::string& m : members) body += m;
  return '\x31' + der_length(body.size()) + body;
}

bool add_signing_certificate_v2(CMS_SignerInfo* si, X509* certificate) {
  Owned<ESS_SIGNING_CERT_V2, ESS_SIGNING_CERT_V2_free> sc(
      OSSL_ESS_signing_cert_v2_new_init(EVP_sha256(), certificate, nullptr, 0));
  if (!sc) return false;
  unsigned char* der = nullptr;
  const int length = i2d_ESS_SIGNING_CERT_V2(sc.get(), &der);
  if (length <= 0) return false;
  Owned<ASN1_STRING, ASN1_STRING_free> sequence(ASN1_STRING_new());
  const bool set = sequence && ASN1_STRING_set(sequence.get(), der, length) == 1;
  OPENSSL_free(der);
  return set && CMS_signed_add1_attr_by_NID(si, NID_id_smime_aa_signingCertificateV2, V_ASN1_SEQUENCE,
                                            sequence.get(), -1) == 1;
}

bool sign_attributes(CMS_SignerInfo* si, EVP_PKEY* key) {
  const std::string attributes = signed_attributes(si);
  if (attributes.empty()) return false;
  Owned<EVP_MD_CTX, EVP_MD_CTX_free> context(EVP_MD_CTX_new());
  std::size_t length = 0;
  if (!context || EVP_DigestSignInit(context.get(), nullptr, EVP_sha256(), nullptr, key) != 1) return false;
  const auto* data = reinterpret_cast<const unsigned char*>(attributes.data());
  if (EVP_DigestSign(context.get(), nullptr, &length, data, attributes.size()) != 1) return false;
  std::vector<unsigned char> signature(length);
  if (EVP_DigestSign(context.get(), signature.data(), &length, data, attributes.size()) != 1) return false;
  return ASN1_STRING_set(CMS_SignerInfo_get0_signature(si), signature.data(), static_cast<int>(length)) == 1;
}

}  // namespace

std::optional<std::string> detached_cms(std::string_view data, const Identity& identity) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int digest_length = 0;
  if (EVP_Digest(data.data(), data.size(), digest, &digest_length, EVP_sha256(), nullptr) != 1) return std::nullopt;
  constexpr unsigned flags = CMS_DETACHED | CMS_BINARY | CMS_PARTIAL | CMS_NOSMIMECAP;
  Owned<CMS_ContentInfo, CMS_ContentInfo_free> cms(CMS_sign(nullptr, nullptr, nullptr, nullptr, flags));
  if (!cms) return std::nullopt;
  CMS_SignerInfo* si = CMS_add1_signer(cms.get(), identity.certificate(), identity.key(), EVP_sha256(), flags);
  bool made = si != nullptr;
  for (X509* c : identity.chain()) made = made && CMS_add1_cert(cms.get(), c) == 1;
  made = made &&
         CMS_signed_add1_attr_by_NID(si, NID_pkcs9_contentType, V_ASN1_OBJECT, OBJ_nid2obj(NID_pkcs7_data), -1) == 1 &&
         CMS_signed_add1_attr_by_NID(si, NID_pkcs9_messageDigest, V_ASN1_OCTET_STRING, digest,
                                     static_cast<int>(digest_length)) == 1 &&
         add_signing_certificate_v2(si, identity.certificate()) && sign_attributes(si, identity.key());
  unsigned char* der = nullptr;
  const int length = made ? i2d_CMS_ContentInfo(cms.get(), &der) : 0;
  ERR_clear_error();
  if (length <= 0) return std::nullopt;
  std::string out(reinterpret_cast<char*>(der), static_cast<std::size_t>(length));
  OPENSSL_free(der);
  return out;
}

}  // namespace cr::sign
