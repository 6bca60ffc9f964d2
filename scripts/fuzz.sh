#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan + UBSan, in build-fuzz/) and runs each for SECONDS
# (default 60) of wall time, seeded from fuzz/corpus/<target>/, with the dictionary fuzz/dict/<target>.dict
# (xml.dict for the two XML formats) where there is one.
#   scripts/fuzz.sh [SECONDS] [TARGET...]     e.g. scripts/fuzz.sh 600 edtf icalendar
# New corpus entries go to build-fuzz/corpus/<target>/, crashing inputs to
# build-fuzz/artifacts/<target>/ (crash-*, leak-*, timeout-*, oom-*). After a crash the target is
# started again on the rest of its time (at most 5 times). Per target it prints CPU seconds,
# executions and crashes, and appends them to build-fuzz/fuzz-runs.tsv. See docs/fuzzing.md.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD_DIR=${DATELINE_FUZZ_BUILD_DIR:-$ROOT/build-fuzz}
SECONDS_EACH=${1:-60}
shift || true
ALL_TARGETS=(edtf nativejson timeindex csv timelinejs thetimelineproj simile icalendar gdelt timex article workbook records)
TARGETS=("$@")
[ ${#TARGETS[@]} -eq 0 ] && TARGETS=("${ALL_TARGETS[@]}")

# clang with compiler-rt (libFuzzer, ASan, UBSan) and what the project itself needs to build.
PACKAGES=(clang libclang-rt-14-dev cmake ninja-build pkg-config qt6-base-dev qt6-svg-dev libgl-dev
          libsqlite3-dev zlib1g-dev)
missing=()
for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing missing packages: ${missing[*]}"
    sudo=()
    [ "$(id -u)" -ne 0 ] && sudo=(sudo)
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

if [ ! -f "$BUILD_DIR/build.ninja" ]; then
    launcher=()
    command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    CC=clang CXX=clang++ cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
        -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g" -DDATELINE_FUZZ=ON -DBUILD_TESTING=OFF "${launcher[@]}"
fi
cmake --build "$BUILD_DIR" -j"$(nproc)" --target "${TARGETS[@]/#/fuzz_}"

# Leaks count as findings; Qt's own one-time allocations at exit are not leaks of ours.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

printf '%-16s %10s %12s %8s\n' target cpu-seconds execs crashes
for t in "${TARGETS[@]}"; do
    corpus=$BUILD_DIR/corpus/$t
    artifacts=$BUILD_DIR/artifacts/$t
    log=$BUILD_DIR/logs/$t.log
    mkdir -p "$corpus" "$artifacts" "$(dirname "$log")"
    case $t in
        simile|thetimelineproj) d=xml ;;
        *) d=$t ;;
    esac
    dict=()
    [ -f "$ROOT/fuzz/dict/$d.dict" ] && dict=(-dict="$ROOT/fuzz/dict/$d.dict")
    : > "$log"
    cpu=0 execs=0 crashes=0 runs=0
    start=$(date +%s)
    while :; do
        left=$(( SECONDS_EACH - ($(date +%s) - start) ))
        [ "$left" -le 0 ] || [ "$runs" -ge 6 ] && break
        runs=$((runs + 1))
        before=$(find "$artifacts" -type f | wc -l)
        TIMEFORMAT='%U %S'
        set +e
        times=$( { time "$BUILD_DIR/fuzz/fuzz_$t" -max_total_time="$left" -timeout=10 -rss_limit_mb=2048 \
                     -max_len=65536 -print_final_stats=1 -artifact_prefix="$artifacts/" "${dict[@]}" \
                     "$corpus" "$ROOT/fuzz/corpus/$t" >"$BUILD_DIR/logs/$t.run.log" 2>&1; } 2>&1 )
        status=$?
        set -e
        cpu=$(awk -v c="$cpu" -v t="$times" 'BEGIN { split(t, a, " "); printf "%.1f", c + a[1] + a[2] }')
        cat "$BUILD_DIR/logs/$t.run.log" >> "$log"
        n=$(grep -o 'stat::number_of_executed_units: [0-9]*' "$BUILD_DIR/logs/$t.run.log" | tail -1 | awk '{print $2}')
        execs=$((execs + ${n:-0}))
        found=$(( $(find "$artifacts" -type f | wc -l) - before ))
        crashes=$((crashes + found))
        [ "$status" -eq 0 ] && break
        [ "$found" -eq 0 ] && { echo "fuzz_$t stopped (status $status) without an artifact; see $log" >&2; break; }
    done
    printf '%-16s %10s %12s %8s\n' "$t" "$cpu" "$execs" "$crashes"
    printf '%s\t%s\t%s\t%s\t%s\n' "$(date -u +%FT%TZ)" "$t" "$cpu" "$execs" "$crashes" >> "$BUILD_DIR/fuzz-runs.tsv"
done
