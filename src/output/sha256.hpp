#pragma once
// SHA-256 digests, in lower-case hex: what the manifest records for every output and input.
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace cr::output {

class Sha256 {
 public:
  Sha256();
  ~Sha256();
  Sha256(const Sha256&) = delete;
  Sha256& operator=(const Sha256&) = delete;

  void add(std::string_view bytes);
  // A length-prefixed field, so that ("ab","c") and ("a","bc") never digest alike.
  void add_field(std::string_view bytes);
  // Adds the file's bytes; false when it cannot be read.
  bool add_file(const std::filesystem::path& file);
  std::string hex();  // finishes the digest

 private:
  void* context_;
};

std::string sha256_hex(std::string_view bytes);
// The digest of a file's bytes, or nullopt when it cannot be read.
std::optional<std::string> sha256_file(const std::filesystem::path& file);

}  // namespace cr::output
