# Sourced by the API checks: starts `serve` with the sample data on 127.0.0.1:$PORT in a
# fresh data directory ($DATA), stops it and removes the directory on exit, and returns
# once it answers /readyz. Needs BIN and PORT.
DATA="$(mktemp -d)"
"$BIN" serve --bind "127.0.0.1:$PORT" --data-dir "$DATA" >"$DATA/serve.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true; rm -rf "$DATA"' EXIT
for _ in $(seq 1 100); do
  curl -fsS "http://127.0.0.1:$PORT/readyz" >/dev/null 2>&1 && break
  sleep 0.2
done
curl -fsS "http://127.0.0.1:$PORT/readyz" >/dev/null
