#!/usr/bin/env bash
# The whole benchmark suite, side by side with the peers, in one run:
#   1. extraction throughput vs pysbd segmentation (Evaluation/speed_benchmark.py; 1x, 4x, 16x)
#   2. bulk ingest of 10 000 and 100 000 synthetic articles vs a raw sqlite3 insert of the same rows,
#      and p50/p95 latency of interactive commands on the largest workspace (Benchmarks/bench.py)
#   3. fetching 200 loopback URLs (20 ms each) vs curl --parallel (Benchmarks/fetch.sh)
#   4. report / export / import times (Benchmarks/report_export.sh)
# Peak memory comes from /usr/bin/time -v in each. Usage: Benchmarks/run.sh [--quick]
# (--quick: 1 000 and 10 000 articles, fewer runs). Needs python3 (pysbd), hyperfine and sqlite3.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=10000,100000
runs=3
fetch_runs=20
if [ "${1:-}" = "--quick" ]; then sizes=1000,10000; runs=1; fetch_runs=10; fi

python3 -c 'import pysbd' 2>/dev/null || pip install -q pysbd
command -v hyperfine >/dev/null || apt-get install -y -qq hyperfine
command -v sqlite3 >/dev/null || apt-get install -y -qq sqlite3

echo "== building the release binary" >&2
swift build -c release --scratch-path .build-release --product claimdesk >&2
export CLAIMDESK_BIN=$PWD/.build-release/release/claimdesk

echo "== machine: $(nproc) cores, $(free -g | awk '/Mem/{print $2}') GiB, load $(cut -d' ' -f1-3 /proc/loadavg), $(swift --version 2>&1 | head -1)"
echo
echo "== 1. extraction vs pysbd"
python3 Evaluation/speed_benchmark.py --bin "$CLAIMDESK_BIN"
echo
echo "== 2. bulk ingest vs raw sqlite3, and command latency"
python3 Benchmarks/bench.py --sizes "$sizes" --runs "$runs"
echo
echo "== 3. fetch vs curl --parallel"
bash Benchmarks/fetch.sh "$fetch_runs"
echo
echo "== 4. report, exports, import"
bash Benchmarks/report_export.sh 1000 "$CLAIMDESK_BIN"
