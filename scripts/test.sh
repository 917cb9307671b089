#!/usr/bin/env bash
# Sets up, builds (warnings are errors) and runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
# Benchmarks are not tests: not built here (see bench/README.md).
cmake -S . -B build-test -G Ninja -DCMAKE_BUILD_TYPE=Debug -DPARALLAX_WERROR=ON -DPARALLAX_BUILD_BENCH=OFF
cmake --build build-test
QT_QPA_PLATFORM=offscreen ctest --test-dir build-test --output-on-failure --timeout 600 -j2
