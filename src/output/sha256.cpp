#include "output/sha256.hpp"

#include <openssl/evp.h>

#include <array>
#include <fstream>
#include <stdexcept>

#include <fmt/format.h>

namespace cr::output {
namespace {
EVP_MD_CTX* ctx(void* p) { return static_cast<EVP_MD_CTX*>(p); }
}  // namespace

Sha256::Sha256() : context_(EVP_MD_CTX_new()) {
  if (context_ == nullptr || EVP_DigestInit_ex(ctx(context_), EVP_sha256(), nullptr) != 1)
    throw std::runtime_error("SHA-256 is not available");
}

Sha256::~Sha256() { EVP_MD_CTX_free(ctx(context_)); }

void Sha256::add(std::string_view bytes) { EVP_DigestUpdate(ctx(context_), bytes.data(), bytes.size()); }

void Sha256::add_field(std::string_view bytes) {
  add(fmt::format("{}:", bytes.size()));
  add(bytes);
}

bool Sha256::add_file(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return false;
  std::array<char, 1 << 16> buffer{};
  while (in) {
    in.read(buffer.data(), buffer.size());
    add(std::string_view(buffer.data(), static_cast<std::size_t>(in.gcount())));
  }
  return in.eof();
}

std::string Sha256::hex() {
  std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
  unsigned int length = 0;
  EVP_DigestFinal_ex(ctx(context_), digest.data(), &length);
  std::string text;
  for (unsigned int i = 0; i < length; ++i) text += fmt::format("{:02x}", digest[i]);
  return text;
}

std::string sha256_hex(std::string_view bytes) {
  Sha256 digest;
  digest.add(bytes);
  return digest.hex();
}

std::optional<std::string> sha256_file(const std::filesystem::path& file) {
  Sha256 digest;
  if (!digest.add_file(file)) return std::nullopt;
  return digest.hex();
}

}  // namespace cr::output
