#!/usr/bin/env bash
# Fetch benchmark: 200 loopback URLs, each answered after 20 ms, fetched by ClaimDesk (`source fetch`, 50 workers)
# and by `curl --parallel --parallel-max 50`, timed by hyperfine in the same run. Prints both medians and the ratio.
# Usage: Benchmarks/fetch.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-20}
COUNT=200
DELAY_MS=20

if [ -n "${CLAIMDESK_BIN:-}" ]; then
    BIN=$CLAIMDESK_BIN
else
    swift build -c release --scratch-path .build-release --product claimdesk >/dev/null
    BIN=.build-release/release/claimdesk
fi

WORK=$(mktemp -d)
python3 scripts/loopback_server.py "$DELAY_MS" "$WORK/port" &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; rm -rf "$WORK"' EXIT
for _ in $(seq 50); do [ -s "$WORK/port" ] && break; sleep 0.1; done
PORT=$(cat "$WORK/port")

for i in $(seq 1 "$COUNT"); do echo "http://127.0.0.1:$PORT/page/$i"; done >"$WORK/urls.txt"
sed 's/.*/url = "&"\noutput = "\/dev\/null"/' "$WORK/urls.txt" >"$WORK/curl.cfg"

# Sanity: both fetch every URL with status 200.
"$BIN" source fetch --allow-private-network --urls-file "$WORK/urls.txt" --concurrency 50 | grep -c "  200  " | grep -qx "$COUNT"
 curl -s --parallel --parallel-max 50 -K "$WORK/curl.cfg" -w '%{http_code}\n' 2>/dev/null | grep -c 200 | grep -qx "$COUNT"

hyperfine --style basic --warmup 3 --runs "$RUNS" --export-json "$WORK/result.json" \
    -n curl "curl -s --parallel --parallel-max 50 -K $WORK/curl.cfg" \
    -n claimdesk "$BIN source fetch --allow-private-network --urls-file $WORK/urls.txt --concurrency 50" >&2

python3 - "$WORK/result.json" <<'PY'
import json, sys
results = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
curl, claimdesk = results["curl"]["median"], results["claimdesk"]["median"]
print(f"fetch {200} URLs x 20 ms, 50 at a time")
print(f"curl --parallel-max 50 median: {curl * 1000:.1f} ms")
print(f"claimdesk source fetch median: {claimdesk * 1000:.1f} ms")
print(f"ratio claimdesk / curl: {claimdesk / curl:.2f} (target <= 1.20)")
PY
