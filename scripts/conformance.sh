#!/usr/bin/env bash
# The official MCP conformance suite (@modelcontextprotocol/conformance) against the built app's /mcp, on a
# fresh embedded database: the server scenarios that apply to a read-only tools-and-resources server, at
# each protocol revision they cover. The README lists what is run and what is left out, and why.
# Needs `npm run build` first. CONFORMANCE_PORT picks the port (default 3500).
set -euo pipefail
cd "$(dirname "$0")/.."
port="${CONFORMANCE_PORT:-3500}"
url="http://127.0.0.1:$port/mcp"
log=$(mktemp)

# "<scenario> <revision>" pairs.
scenarios=(
  "server-initialize 2025-11-25"
  "ping 2025-11-25"
  "tools-list 2025-11-25"
  "resources-list 2025-11-25"
  "dns-rebinding-protection 2025-11-25"
  "server-stateless 2026-07-28"
  "tools-list 2026-07-28"
  "resources-list 2026-07-28"
  "sep-2164-resource-not-found 2026-07-28"
  "dns-rebinding-protection 2026-07-28"
  "caching 2026-07-28"
  "http-header-validation 2026-07-28"
)

setsid bash scripts/e2e-server.sh "$port" >"$log" 2>&1 &
server=$!
trap 'kill -- -"$server" 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 1 120); do
  curl -fsS "http://127.0.0.1:$port/api/health" >/dev/null 2>&1 && break
  kill -0 "$server" 2>/dev/null || { cat "$log"; echo "The portal did not start."; exit 1; }
  sleep 1
done

failed=0
out=$(mktemp)
for pair in "${scenarios[@]}"; do
  read -r scenario revision <<<"$pair"
  echo "=== $scenario at $revision"
  # The suite imports fs.globSync (Node 22); the preload supplies it on Node 20 (see the file).
  status=0
  node --import ./scripts/conformance/node20-fs-glob.mjs node_modules/@modelcontextprotocol/conformance/dist/index.js \
    server --url "$url" --scenario "$scenario" --spec-version "$revision" \
    --expected-failures conformance/expected-failures.yml >"$out" 2>&1 || status=$?
  grep -E "^Passed:" "$out" || true
  if [ "$status" -ne 0 ]; then
    failed=1
    grep -E "FAILURE|WARNING|Error" "$out" | head -20 || true
  fi
done
rm -f "$out"
if [ "$failed" -ne 0 ]; then
  echo "Conformance: unexpected failures above."
  exit 1
fi
echo "Conformance: every chosen scenario passed (expected failures as listed in conformance/expected-failures.yml)."
