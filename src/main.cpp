#include "cli/app.hpp"

int main(int argc, char** argv) { return cr::cli::run(argc, argv); }
