#!/usr/bin/env bash
# Builds the whole project with AddressSanitizer + UndefinedBehaviorSanitizer (the "asan" preset of
# CMakePresets.json: gcc, -O1 -g, build-asan/) and runs the whole ctest suite under it. Any memory
# error, leak or undefined behaviour fails the test that hit it. Extra arguments go to ctest
# (e.g. scripts/sanitize.sh -R tst_edtf). See docs/fuzzing.md for what it found and how long it takes.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

# What the build needs (scripts/setup.sh lists what the tests use too); g++ brings libasan and libubsan;
# the preset compiles through ccache.
PACKAGES=(cmake ninja-build g++ ccache pkg-config qt6-base-dev qt6-svg-dev libgl-dev libsqlite3-dev zlib1g-dev)
missing=()
for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    sudo=()
    [ "$(id -u)" -ne 0 ] && sudo=(sudo)
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

start=$(date +%s)
[ -f build-asan/build.ninja ] || cmake --preset asan
# Programs run at build time (icon renderer, manual page from dateline-cli --help) are
# instrumented too, so the build already runs under the sanitizers' options.
cmake --build --preset asan -j"$(nproc)"
built=$(date +%s)
status=0
ctest --preset asan -j"${DATELINE_SANITIZE_JOBS:-$(nproc)}" "$@" || status=$?
end=$(date +%s)
echo "sanitize: build $((built - start)) s, tests $((end - built)) s, ctest exit $status"
exit $status
