#!/usr/bin/env bash
# Workbench latency under load, measured with wrk against `claimdesk serve` (release build, loopback):
#   1. the example workspace (scripts/demo.sh): the document view and a claim panel, 50 connections, p99
#      (target < 50 ms), then the same while the CLI changes a status every second
#   2. a workspace of N synthetic articles (Benchmarks/make_corpus.py; default 10 000): every list page
#      (documents, a later documents page, search, the review queue), 50 connections, p95 (target < 100 ms)
# Each line also gives the load average when it ran: the machine may be shared.
# Usage: Benchmarks/web.sh [N]   (CLAIMDESK_BIN: the binary; WEB_BENCH_SECONDS: seconds per page, default 10)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
articles=${1:-10000}
seconds=${WEB_BENCH_SECONDS:-10}
bin=${CLAIMDESK_BIN:-$root/.build-release/release/claimdesk}
command -v wrk >/dev/null || apt-get install -y -qq wrk
if [ ! -x "$bin" ]; then swift build -c release --scratch-path .build-release --product claimdesk >&2; fi
scratch=$(mktemp -d)
server=
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$scratch"' EXIT
export CLAIMDESK_REVIEWER=bench CLAIMDESK_NOW=2026-03-10T09:00:00Z

# wrk prints p50/p90/p99 itself; this adds p95 and the error count on one line.
cat > "$scratch/percentiles.lua" <<'LUA'
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT requests=%d rps=%.0f p50=%.1fms p95=%.1fms p99=%.1fms errors=%d\n",
    summary.requests, summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    e.connect + e.read + e.write + e.status + e.timeout))
end
LUA

# Starts the server on workspace $1 and logs in: sets $server, $base and $cookie.
serve() {
    (cd "$1" && exec "$bin" serve --port 0 >serve.log 2>&1) &
    server=$!
    local url=
    for _ in $(seq 100); do
        url=$(grep -o 'http://127\.0\.0\.1:[0-9]*/login?token=[0-9a-f]*' "$1/serve.log" || true)
        [ -n "$url" ] && break
        sleep 0.2
    done
    [ -n "$url" ] || { echo "claimdesk serve did not print its address" >&2; exit 1; }
    base=${url%%/login*}
    cookie=$(curl -s -o /dev/null -D - "$url" | tr -d '\r' | awk 'tolower($1) == "set-cookie:" { split($2, a, ";"); print a[1] }')
}

stop() { kill "$server"; wait "$server" 2>/dev/null || true; server=; }

# measure NAME PATH [STATUS]: 50 connections for $seconds seconds; the page must answer STATUS (200) first.
measure() {
    local status
    status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "$base$2")
    [ "$status" = "${3:-200}" ] || { echo "$1: $2 answered $status, not ${3:-200}" >&2; exit 1; }
    local result
    result=$(wrk -t2 -c50 -d"${seconds}s" -s "$scratch/percentiles.lua" -H "Cookie: $cookie" "$base$2" | grep '^RESULT')
    printf '%-28s %-40s %s load %s\n' "$1" "$2" "${result#RESULT }" "$(cut -d' ' -f1-3 /proc/loadavg)"
}

echo "== machine: $(nproc) cores, $(free -g | awk '/Mem/{print $2}') GiB, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== 1. example workspace (scripts/demo.sh), 50 connections, ${seconds} s each; target p99 < 50 ms"
mkdir -p "$scratch/example"
(cd "$scratch/example" && bash "$root/scripts/demo.sh" "$bin" "$root/Examples/2026-03-09-openai-pentagon.fr.txt" >/dev/null)
serve "$scratch/example"
claim=$(cd "$scratch/example" && CLAIMDESK_DB=claimdesk.sqlite "$bin" claims list --json |
    python3 -c 'import json, sys; print(json.load(sys.stdin)[0]["id"])')
measure "document view" /documents/d1
measure "claim panel" "/claims/$claim"
# The same pages while the CLI changes a claim's status every second (a busy newsroom): each change is a new
# history head, so the next request renders the page again instead of reusing the one rendered at the last head.
(
    cd "$scratch/example"
    while true; do
        for status in in_review unverified; do
            CLAIMDESK_DB=claimdesk.sqlite "$bin" mark "$claim" "$status" --note "bench" >/dev/null 2>&1 || true
            sleep 1
        done
    done
) &
writer=$!
measure "document view, CLI writing" /documents/d1
measure "claim panel, CLI writing" "/claims/$claim"
kill "$writer"; wait "$writer" 2>/dev/null || true
stop

echo "== 2. $articles synthetic articles, 50 connections, ${seconds} s each; target p95 < 100 ms"
python3 Benchmarks/make_corpus.py "$articles" "$scratch/corpus" >/dev/null
mkdir -p "$scratch/large"
(
    cd "$scratch/large"
    "$bin" init >/dev/null
    start=$(date +%s)
    find "$scratch/corpus" -name '*.txt' | sort | xargs -n 2000 "$bin" ingest >/dev/null
    echo "   (ingested in $(($(date +%s) - start)) s)"
)
serve "$scratch/large"
measure "documents, page 1" /documents
measure "documents, page 50" "/documents?page=50"
measure "documents, filtered" "/documents?lang=en&status=unverified"
measure "search" "/search?q=unemployment"
measure "review queue" /queue
measure "review queue, page 100" "/queue?page=100"
measure "next in queue (a redirect)" "/queue/next?after=c1000" 303
stop
