#!/usr/bin/env bash
# Property-based API checks: schemathesis generates requests from the OpenAPI document
# of a running `serve` (sample data) and fails on any server error or any answer the
# document does not describe (status, content type, body schema).
# Needs `pip install schemathesis` and a built binary (BERATUNGSNETZ_BIN).
set -euo pipefail
BIN="${BERATUNGSNETZ_BIN:-target/debug/beratungsnetz}"
DATA="$(mktemp -d)"
PORT="${SCHEMATHESIS_PORT:-18090}"
"$BIN" serve --bind "127.0.0.1:$PORT" --data-dir "$DATA" >"$DATA/serve.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true; rm -rf "$DATA"' EXIT
for _ in $(seq 1 100); do
  curl -fsS "http://127.0.0.1:$PORT/readyz" >/dev/null 2>&1 && break
  sleep 0.2
done
curl -fsS "http://127.0.0.1:$PORT/readyz" >/dev/null
schemathesis run "http://127.0.0.1:$PORT/api/v1/openapi.json" \
  --checks not_a_server_error,response_schema_conformance,status_code_conformance,content_type_conformance \
  --max-examples 60 --generation-deterministic --no-color
