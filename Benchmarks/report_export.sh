#!/usr/bin/env bash
# Times `report`, `export ledger|csv|json|claimreview` and `import` over N synthetic articles (default 200).
# Usage: Benchmarks/report_export.sh [N] [BIN]   (BIN defaults to $CLAIMDESK_BIN, else .build-release/release/claimdesk, else debug)
set -euo pipefail
n=${1:-200}
root=$(cd "$(dirname "$0")/.." && pwd)
bin=${2:-${CLAIMDESK_BIN:-$root/.build-release/release/claimdesk}}
[ -x "$bin" ] || bin=$root/.build/debug/claimdesk
work=$root/Benchmarks/.work/report-$n
rm -rf "$work" && mkdir -p "$work" && cd "$work"
export CLAIMDESK_DB=$work/claimdesk.sqlite CLAIMDESK_NOW=2026-03-10T09:00:00Z CLAIMDESK_REVIEWER=bench
python3 "$root/Benchmarks/make_corpus.py" "$n" corpus >/dev/null
"$bin" init --organisation Bench --organisation-url https://bench.example/ >/dev/null
"$bin" ingest corpus/* >/dev/null
"$bin" export ledger >/dev/null
hyperfine -N -w 1 -r 5 \
    "$bin report" \
    "$bin export ledger" \
    "$bin export csv --out $work/claims.csv" \
    "$bin export json --out $work/claims.json" \
    "$bin export claimreview --out $work/claimreview.json"
hyperfine -N -r 5 --prepare "rm -f $work/fresh.sqlite $work/fresh.sqlite-wal $work/fresh.sqlite-shm" \
    "$bin import $work/Claims --db $work/fresh.sqlite"
"$bin" export ledger "$work/Claims2" --db "$work/fresh.sqlite" >/dev/null
diff -r "$work/Claims" "$work/Claims2" && echo "export -> import -> export: byte-identical ($(ls Claims | wc -l) files)"
