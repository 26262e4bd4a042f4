#!/usr/bin/env bash
# Installs dependencies, builds, checks formatting and runs the whole test suite.
# Tests that need root, the SSH test bed or Docker skip elsewhere; with CI=true they must run
# (LOTSEN_REQUIRE_ALL=1 turns a skip into a failure). Run as root: `sudo ./scripts/test.sh`.
# LOTSEN_BUILD_DIR picks another build directory (default: build).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
build_dir=${LOTSEN_BUILD_DIR:-build}
bash scripts/build.sh "$build_dir"

status=0

format_dirs=()
for dir in core remote gui cli tests bench; do
    [[ -d $dir ]] && format_dirs+=("$dir")
done
bad_format=()
if ((${#format_dirs[@]} > 0)); then
    while IFS= read -r -d '' file; do
        clang-format --dry-run -Werror "$file" >/dev/null 2>&1 || bad_format+=("$file")
    done < <(find "${format_dirs[@]}" -type f \( -name '*.cpp' -o -name '*.h' \) -print0 | sort -z)
fi
if ((${#bad_format[@]} > 0)); then
    echo "test: these files are not clang-formatted (fix: clang-format -i FILE):"
    printf '  %s\n' "${bad_format[@]}"
    status=1
fi

if [[ ${CI:-} == true ]]; then
    export LOTSEN_REQUIRE_ALL=1
fi
ctest --test-dir "$build_dir" --output-on-failure --no-tests=error -j2 --timeout 900 || status=1

if ((${#bad_format[@]} > 0)); then
    echo "test: FAILED formatting check (${#bad_format[@]} files, listed above)"
fi
exit "$status"
