#!/usr/bin/env bash
# Browser tests (headless Chromium + axe-core) of the public web pages.
# Needs a built binary: `cargo build -p beratungsnetz` (or BERATUNGSNETZ_BIN=…).
set -euo pipefail
cd "$(dirname "$0")"
if [ ! -d node_modules ]; then
  npm ci --no-audit --no-fund
fi
exec node --test --test-reporter=spec --test-concurrency=1 run.mjs
