#!/usr/bin/env bash
# Configures (Ninja, RelWithDebInfo) and builds Lotsen. Usage: scripts/build.sh [BUILD_DIR]  (default: build)
# CI=true adds -DLOTSEN_WERROR=ON; otherwise LOTSEN_WERROR from the environment (default OFF).
set -euo pipefail

build_dir=$(realpath -m "${1:-build}")
cd "$(dirname "$0")/.."

werror=${LOTSEN_WERROR:-OFF}
[[ ${CI:-} != true ]] || werror=ON

if [[ -f $build_dir/CMakeCache.txt ]] && ! grep -q '^CMAKE_GENERATOR:INTERNAL=Ninja$' "$build_dir/CMakeCache.txt"; then
    echo "build: $build_dir was configured with another generator; remove it or pass another directory" >&2
    exit 1
fi

cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLOTSEN_WERROR="$werror"
cmake --build "$build_dir" --parallel "$(nproc)"
