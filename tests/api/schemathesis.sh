#!/usr/bin/env bash
# Property-based API checks: schemathesis generates requests from the OpenAPI document
# of a running `serve` (sample data) and fails on any server error or any answer the
# document does not describe (status, content type, body schema).
# Needs `pip install schemathesis` and a built binary (BERATUNGSNETZ_BIN).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
BIN="${BERATUNGSNETZ_BIN:-target/debug/beratungsnetz}"
PORT="${SCHEMATHESIS_PORT:-18090}"
# shellcheck source=tests/api/serve.sh
source "$HERE/serve.sh"
schemathesis run "http://127.0.0.1:$PORT/api/v1/openapi.json" \
  --checks not_a_server_error,response_schema_conformance,status_code_conformance,content_type_conformance \
  --max-examples 60 --generation-deterministic --no-color
