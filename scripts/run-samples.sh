#!/usr/bin/env bash
# Sets up, builds and opens Parallax on the bundled sample library.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build-release -G Ninja -DCMAKE_BUILD_TYPE=Release -DPARALLAX_BUILD_TESTS=OFF -DPARALLAX_BUILD_BENCH=OFF
cmake --build build-release --target parallax parallax-cli
exec build-release/app/parallax --samples "$@"
