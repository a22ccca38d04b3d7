#!/usr/bin/env bash
# HSDS conformance: schemathesis generates requests from the *official* HSDS 3.1 API
# description (tests/fixtures/hsds-3.1/schema/openapi.json) and runs them against the HSDS
# API of a running `serve` (sample data) under its base path /hsds, failing on any server
# error or any answer the description does not allow (status, content type, body schema).
# What a third-party HSDS client reads from the description, our server answers.
#
# The official document has defects that would fail any conforming server; a temporary
# copy corrects exactly these, and nothing else:
#  1. Its responses refer to the schemas by URL, on the *3.0* branch
#     (https://raw.githubusercontent.com/openreferral/specification/3.0/schema/...): they
#     point at the 3.1 copies next to it instead (the same file names), so the check needs
#     no network and checks against 3.1.
#  2. GET /service_at_locations/{id} says it answers a `service` (compiled/service.json,
#     which requires `name` and `status`); its own text, the 3.1 example
#     service_at_location_full.json and the API reference say a service_at_location: it
#     refers to compiled/service_at_location.json instead.
#  3. No operation lists any status but 200, yet `/{id}` paths are generated with ids that
#     do not exist, and parameters with values no server can answer (page=-3, per_page=0,
#     format=xml, full=maybe, ids that are not UUIDs): each operation with parameters also
#     lists 400, and each `/{id}` operation 404, both as a JSON object with `error` — the
#     answers the API reference implies and our server gives. All four checks stay on for
#     every operation.
# Needs `pip install schemathesis` and a built binary (BERATUNGSNETZ_BIN).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$(dirname "$0")/../.."
BIN="${BERATUNGSNETZ_BIN:-target/debug/beratungsnetz}"
PORT="${HSDS_CONFORMANCE_PORT:-18091}"
# shellcheck source=tests/api/serve.sh
source "$HERE/serve.sh"
python3 - tests/fixtures/hsds-3.1/schema "$DATA/openapi.json" "http://127.0.0.1:$PORT/hsds" <<'PY'
import json, pathlib, sys, urllib.request

schema_dir, out, base = pathlib.Path(sys.argv[1]).resolve(), sys.argv[2], sys.argv[3]
doc = json.loads((schema_dir / "openapi.json").read_text(encoding="utf-8"))
remote = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/"
error = {"type": "object", "required": ["error"], "properties": {"error": {"type": "object"}}}

def local(node):
    """Defect 1: remote 3.0 references become the local 3.1 files."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(remote):
            target = schema_dir / ref[len(remote):]
            assert target.is_file(), f"no local copy of {ref}"
            node["$ref"] = target.as_uri()
        for v in node.values():
            local(v)
    elif isinstance(node, list):
        for v in node:
            local(v)

local(doc)
# Defect 2: the one response that names the wrong schema.
sal = doc["paths"]["/service_at_locations/{id}"]["get"]["responses"]["200"]
schema = sal["content"]["application/json"]["schema"]
assert schema["$ref"].endswith("/compiled/service.json"), schema
schema["$ref"] = (schema_dir / "compiled" / "service_at_location.json").as_uri()
# Defect 3: the error answers no operation lists.
for path, item in doc["paths"].items():
    for method, op in item.items():
        if method not in ("get", "post"):
            continue
        params = op.get("parameters", []) + item.get("parameters", [])
        if params:
            op["responses"].setdefault("400", {
                "description": "A bad parameter, named in error.parameter.",
                "content": {"application/json": {"schema": error}}})
        if "{id}" in path:
            op["responses"].setdefault("404", {
                "description": "No record with this id.",
                "content": {"application/json": {"schema": error}}})
# Not a correction: an id of the sample data as the example of each `{id}`, so that the
# examples phase checks real records too, not only 404s for generated ids.
for path, item in doc["paths"].items():
    if path.endswith("/{id}"):
        with urllib.request.urlopen(f"{base}{path[:-5]}?per_page=1") as r:
            first = json.load(r)["contents"][0]["id"]
        for p in item.get("parameters", []):
            if p.get("name") == "id":
                p["example"] = first
json.dump(doc, open(out, "w", encoding="utf-8"), indent=1)
PY
schemathesis run "$DATA/openapi.json" --url "http://127.0.0.1:$PORT/hsds" \
  --checks not_a_server_error,response_schema_conformance,status_code_conformance,content_type_conformance \
  --max-examples "${HSDS_CONFORMANCE_EXAMPLES:-60}" --generation-deterministic --no-color
