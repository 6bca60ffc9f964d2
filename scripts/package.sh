#!/usr/bin/env bash
# Builds the Debian package dist/dateline_VERSION_ARCH.deb (install it with
# `sudo apt install ./dist/dateline_*.deb`). Uses its own Release build in build-package/ with only
# what gets installed (no tests); dependencies come from dpkg-shlibdeps.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD_DIR=${DATELINE_PACKAGE_BUILD_DIR:-$ROOT/build-package}
OUT_DIR=${DATELINE_PACKAGE_DIR:-$ROOT/dist}

# The manual pages carry a date: the last commit's, so the same commit gives the same package.
if [ -z "${SOURCE_DATE_EPOCH:-}" ] && git -C "$ROOT" rev-parse --git-dir >/dev/null 2>&1; then
    SOURCE_DATE_EPOCH=$(git -C "$ROOT" log -1 --format=%ct)
    export SOURCE_DATE_EPOCH
fi

DATELINE_BUILD_DIR=$BUILD_DIR "$ROOT/scripts/setup.sh" \
    --target dateline dateline-cli dateline-icons dateline-manpages
mkdir -p "$OUT_DIR"
cpack --config "$BUILD_DIR/CPackConfig.cmake" -B "$OUT_DIR"
rm -rf "$OUT_DIR/_CPack_Packages"
ls -l "$OUT_DIR"/dateline_*.deb
