#!/usr/bin/env bash
# Sets up, builds and runs every test — the README's test command and the core of CI (.ci/run).
# The build is Debug with warnings as errors and AddressSanitizer + UndefinedBehaviorSanitizer
# (-DPARALLAX_SANITIZE=ON), so every suite also runs under the sanitizers, leaks included. It costs
# no more build time than a plain Debug build with full debug information (-g1: line tables only).
#
#   scripts/test.sh                 # everything, in build-test/
#   scripts/test.sh 'tst_(anchoring|worddiff)'   # some suites (a ctest -R pattern)
#   PARALLAX_SANITIZE=OFF scripts/test.sh        # a plain Debug build, in build-test-plain/
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
sanitize="${PARALLAX_SANITIZE:-ON}"
build=build-test
[ "$sanitize" = ON ] || build=build-test-plain
# Benchmarks are not tests: not built here (see bench/README.md).
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG=-g1 -DPARALLAX_WERROR=ON \
    -DPARALLAX_SANITIZE="$sanitize" -DPARALLAX_BUILD_BENCH=OFF
cmake --build "$build"
# Leaks fail a test; the one suppression is inside QtPdf (see fuzz/lsan.supp).
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:strict_string_checks=1:detect_stack_use_after_return=0"
export LSAN_OPTIONS="suppressions=$PWD/fuzz/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
QT_QPA_PLATFORM=offscreen ctest --test-dir "$build" --output-on-failure --timeout 900 -j2 ${1:+-R "$1"}
