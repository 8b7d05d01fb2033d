#!/usr/bin/env bash
# docs/architecture.md shows the module graph that scripts/module-graph draws from the CMake
# targets now: fails, with the difference, when a module or a declared use changed and the
# picture was not redrawn.
set -euo pipefail
root=$1
documented=$(sed -n '/^```mermaid$/,/^```$/p' "$root/docs/architecture.md")
if ! diff <(echo "$documented") <(bash "$root/scripts/module-graph"); then
  echo "FAIL: docs/architecture.md's module graph is not scripts/module-graph's output; paste it there"
  exit 1
fi
echo "docs/architecture.md shows the declared module graph"
