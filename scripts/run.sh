#!/usr/bin/env bash
# Builds Dateline and opens the desktop app: on the bundled sample timeline, or on the file(s) given.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$ROOT/scripts/setup.sh"
exec "${DATELINE_BUILD_DIR:-$ROOT/build}/app/gui/dateline" "$@"
