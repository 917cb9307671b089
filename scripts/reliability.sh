#!/usr/bin/env bash
# Reliability figures in one report: a fuzz session (executions and findings per target), the
# kill tests (runs, kills, integrity), the inputs that once failed and are now replayed, and the
# hostile-input suites. Exits non-zero if any part failed. Writes build-test/reliability.txt.
#
#   scripts/reliability.sh [fuzz-seconds-per-target]     (default 60)
set -uo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
status=0

scripts/fuzz.sh "$seconds" || status=1
scripts/test.sh 'tst_(crashsafety|fuzzregressions|importer|formats|textdecoder|annotationstore)' >/dev/null || status=1

export ASAN_OPTIONS="detect_leaks=1" LSAN_OPTIONS="suppressions=$PWD/fuzz/lsan.supp:print_suppressions=0"
export QT_QPA_PLATFORM=offscreen
report=build-test/reliability.txt
{
    echo "== Fuzzing ($seconds s per target; libFuzzer, ASan + UBSan)"
    cat build-fuzz/fuzz-report.txt
    echo
    echo "== Kill tests (SIGKILL at random moments; PRAGMA integrity_check after each)"
    build-test/tests/tst_crashsafety 2>&1 | grep -E "QINFO|Totals" | sed 's/^QINFO *: */  /'
    echo
    echo "== Inputs replayed by tst_fuzzregressions (fuzz findings and hostile seeds): $(find tests/data/fuzz -type f | wc -l)"
    find tests/data/fuzz -type f -printf '  %f\n' | sort
    build-test/tests/tst_fuzzregressions 2>&1 | grep Totals | sed 's/^/  /'
    echo
    echo "== Hostile and malformed inputs (bad files, bombs, deep nesting, invalid encodings)"
    for suite in tst_importer tst_formats tst_textdecoder tst_annotationstore; do
        [ -x "build-test/tests/$suite" ] && printf '  %-18s %s\n' "$suite" "$(build-test/tests/$suite 2>&1 | grep Totals)"
    done
} | tee "$report"
echo "report: $report"
exit "$status"
