#!/usr/bin/env bash
# Builds the libFuzzer targets in fuzz/ with clang-14 (ASan + UBSan) in build-fuzz/ and runs each for
# a bounded time on a copy of its seed corpus. Exits non-zero if any target found a crash, leak,
# timeout or out-of-memory; prints a table of per-target figures, also written to
# build-fuzz/fuzz-report.txt. The committed corpora in fuzz/corpus/ are never modified: new inputs
# go to build-fuzz/corpus/<target>/, findings to build-fuzz/findings/<target>/.
#
#   scripts/fuzz.sh [seconds-per-target]     (default 60)
#   FUZZ_TARGETS="worddiff alignment" scripts/fuzz.sh 30    # a subset
#   FUZZ_BUILD_TYPE=Debug scripts/fuzz.sh 10                 # quicker to build, much slower to run
#   FUZZ_TIMEOUT=30 scripts/fuzz.sh 10                       # seconds one input may take (default 10)
#
# Reproduce a finding: build-fuzz/fuzz/fuzz_<target> build-fuzz/findings/<target>/crash-…
set -euo pipefail

seconds="${1:-60}"
timeout="${FUZZ_TIMEOUT:-10}"
if ! [[ "$seconds" =~ ^[0-9]+$ ]] || [ "$seconds" -eq 0 ]; then
    echo "usage: $0 [seconds-per-target]" >&2
    exit 2
fi

root="$(cd "$(dirname "$0")/.." && pwd)"
build="$root/build-fuzz"
jobs="${PARALLAX_JOBS:-2}"
all_targets=(textdecoder htmlextractor docxreader pdfextractor importer structureparser indicatorextractor worddiff alignment anchoring)
read -r -a targets <<< "${FUZZ_TARGETS:-${all_targets[*]}}"

"$root/scripts/install-deps.sh"

CC=clang-14 CXX=clang++-14 cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE="${FUZZ_BUILD_TYPE:-RelWithDebInfo}" \
    -DPARALLAX_WERROR=OFF -DPARALLAX_BUILD_FUZZERS=ON -DPARALLAX_BUILD_TESTS=OFF -DPARALLAX_BUILD_BENCH=OFF >/dev/null
ninja -C "$build" -j "$jobs" $(printf 'fuzz_%s ' "${targets[@]}")

# Extra seeds copied at run time, so the committed corpora stay small.
extra_seeds() {
    case "$1" in
    pdfextractor) echo "$root/tests/data/formats/hello.pdf $root/tests/data/bad/encrypted.pdf" ;;
    importer) echo "$root/tests/data/formats/hello.pdf $root/tests/data/bad/encrypted.pdf $root/fuzz/corpus/htmlextractor $root/fuzz/corpus/docxreader" ;;
    textdecoder | structureparser | indicatorextractor) echo "$root/resources/samples/xinjiang_2025_work-report-summary.txt" ;;
    esac
}

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}"
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$root/fuzz/lsan.supp:print_suppressions=0}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8

report="$build/fuzz-report.txt"
rows=()
failed=0
for target in "${targets[@]}"; do
    binary="$build/fuzz/fuzz_$target"
    corpus="$build/corpus/$target"
    findings="$build/findings/$target"
    log="$build/fuzz-$target.log"
    rm -rf "$findings"
    mkdir -p "$corpus" "$findings"
    cp -f "$root/fuzz/corpus/$target"/* "$corpus"/
    for seed in $(extra_seeds "$target"); do
        if [ -d "$seed" ]; then cp -f "$seed"/* "$corpus"/; else cp -f "$seed" "$corpus"/; fi
    done
    # The inputs tst_fuzzregressions replays are seeds too.
    find "$root/tests/data/fuzz" -maxdepth 1 -type f -name "$target-*" -exec cp -f {} "$corpus"/ \;
    # The harness ignores inputs above its MaxInputBytes; libFuzzer should not generate them.
    max_len="$(sed -n 's/.*constexpr size_t MaxInputBytes = \([0-9]*\);.*/\1/p' "$root/fuzz/fuzz_$target.cpp")"
    dict=()
    if [ -f "$root/fuzz/$target.dict" ]; then
        dict=(-dict="$root/fuzz/$target.dict")
    fi

    echo "== fuzz_$target: ${seconds}s, max_len ${max_len}"
    status=0
    "$binary" "$corpus" "${dict[@]}" -max_len="$max_len" -max_total_time="$seconds" -timeout="$timeout" -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$findings/" >"$log" 2>&1 || status=$?

    # A run that stopped early prints no "Done" line; every figure may be missing.
    final_stat() { sed -n "s/^stat::$1: *\([0-9]*\)/\1/p" "$log" | tail -n 1; }
    runs="$(final_stat number_of_executed_units)"
    rate="$(final_stat average_exec_per_sec)"
    elapsed="$( (grep -o 'Done [0-9]* runs in [0-9]* second' "$log" || true) | awk '{print $5}' | tail -n 1)"
    coverage="$( (grep -o 'cov: [0-9]*' "$log" || true) | tail -n 1 | awk '{print $2}')"
    features="$( (grep -o 'ft: [0-9]*' "$log" || true) | tail -n 1 | awk '{print $2}')"
    artifacts="$(find "$findings" -type f \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' -o -name 'oom-*' \) | wc -l)"
    result="ok"
    if [ "$status" -ne 0 ] || [ "$artifacts" -gt 0 ]; then
        result="FAILED"
        failed=1
        kind="$(grep -o -m 1 'ERROR: libFuzzer: [a-z-]*\|ERROR: [A-Za-z]*Sanitizer: [a-z-]*\|runtime error\|check failed' "$log" || true)"
        echo "   ${kind:-exit status $status}; log: $log; inputs: $findings"
    fi
    rows+=("$(printf '%-20s %12s %9s %8s %8s %8s %9s  %s' "$target" "${runs:--}" "${rate:--}" "${elapsed:--}" \
        "${coverage:--}" "${features:--}" "$artifacts" "$result")")
done

{
    printf '%-20s %12s %9s %8s %8s %8s %9s  %s\n' target executions exec/s seconds coverage features findings result
    printf '%s\n' "${rows[@]}"
} | tee "$report"
echo "report: $report"
exit "$failed"
