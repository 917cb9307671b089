#!/usr/bin/env bash
# The test suite under AddressSanitizer + UndefinedBehaviorSanitizer (gcc, -DPARALLAX_SANITIZE=ON) in
# build-sanitize/. Arguments are ctest -R patterns (default: every test), e.g.
#   scripts/test-sanitized.sh                      # everything (a second full build: slow on 2 cores)
#   scripts/test-sanitized.sh 'tst_(anchoring|annotationstore|worddiff)'
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build-sanitize -G Ninja -DCMAKE_BUILD_TYPE=Debug -DPARALLAX_WERROR=ON -DPARALLAX_SANITIZE=ON \
    -DPARALLAX_BUILD_BENCH=OFF
cmake --build build-sanitize
# Qt and fontconfig keep process-lifetime allocations that LeakSanitizer reports; the suppressions
# are the fuzzers' (fuzz/lsan.supp) — none of them is in Parallax's code.
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0"
export LSAN_OPTIONS="suppressions=$PWD/fuzz/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
QT_QPA_PLATFORM=offscreen ctest --test-dir build-sanitize --output-on-failure --timeout 900 -j2 ${1:+-R "$1"}
