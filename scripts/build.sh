#!/usr/bin/env bash
# Configure and build Baartal with a CMake preset (default: dev -> build/dev, Ninja, Debug).
#   scripts/build.sh                     # configure + build everything
#   scripts/build.sh --target format     # extra arguments go to `cmake --build`
# Environment: BAARTAL_PRESET (dev|release|asan), BAARTAL_JOBS (default: nproc).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

preset="${BAARTAL_PRESET:-dev}"
jobs="${BAARTAL_JOBS:-$(nproc)}"

cmake --preset "$preset"
cmake --build --preset "$preset" -j "$jobs" "$@"
