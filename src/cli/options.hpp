#pragma once
// Options every command takes, and the campaign folder most of them read.
#include <string>

#include "diag/diagnostic.hpp"

namespace cr::cli {

struct CommonOptions {
  diag::Language lang = diag::Language::zh;
  bool strict = false;  // warnings count as errors
  bool json = false;    // stdout carries JSON lines only
  bool quiet = false;
  std::string resources;  // --resources DIR
};

}  // namespace cr::cli
