#!/usr/bin/env bash
# Builds the libFuzzer targets and runs each on a seed corpus made from the tests (Fuzz/README.md).
#   Fuzz/run.sh [SECONDS] [TARGET...]     default: 1800 s each, all six targets, all at once (niced)
# Corpora, logs and crash inputs go to Fuzz/.work/ (not committed). Exit status 1 when any target crashed.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-1800}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(FuzzExtractor FuzzValues FuzzHTML FuzzLedger FuzzURL FuzzWARC)
work=Fuzz/.work
# The Swift backtracer is slow under AddressSanitizer; libFuzzer prints its own stack.
export SWIFT_BACKTRACE=enable=no
mkdir -p "$work"

echo "== building the fuzz targets with --sanitize=fuzzer --sanitize=address (release)" >&2
flags=(-c release --scratch-path .build-fuzz --sanitize=fuzzer --sanitize=address)
CLAIMDESK_FUZZ=1 swift build "${flags[@]}" >&2
bin=$(CLAIMDESK_FUZZ=1 swift build "${flags[@]}" --show-bin-path)

python3 Fuzz/seeds.py "$work/seeds"
for target in "${targets[@]}"; do
    mkdir -p "$work/corpus/$target" "$work/crashes/$target"
    cp -n "$work/seeds/$target"/* "$work/corpus/$target/" 2>/dev/null || true
    # max_len: documents and pages need room; a timeout or an out-of-memory counts as a crash.
    nice -n 15 "$bin/$target" "$work/corpus/$target" -max_total_time="$seconds" -max_len=16384 -timeout=20 \
        -rss_limit_mb=3072 -print_final_stats=1 -artifact_prefix="$work/crashes/$target/" \
        >"$work/$target.log" 2>&1 &
done
wait || true

status=0
printf '%-14s %8s %12s %8s %8s %8s %8s %6s\n' target seconds executions exec/s corpus rss_mb crashes slow
for target in "${targets[@]}"; do
    log="$work/$target.log"
    runs=$(grep -o 'stat::number_of_executed_units: [0-9]*' "$log" | awk '{print $2}' | tail -1)
    rate=$(grep 'stat::average_exec_per_sec:' "$log" | awk '{print $2}' | tail -1)
    rss=$(grep 'stat::peak_rss_mb:' "$log" | awk '{print $2}' | tail -1)
    corpus=$(ls "$work/corpus/$target" | wc -l)
    # crash-, leak-, timeout- and oom- inputs are failures; a slow-unit (over 10 s once) is reported apart:
    # on a loaded machine it is often a stall, so replay it (`$bin/TARGET FILE` prints the time it takes).
    crashes=$(ls "$work/crashes/$target" | grep -cv '^slow-unit-' || true)
    slow=$(ls "$work/crashes/$target" | grep -c '^slow-unit-' || true)
    [ "$crashes" = 0 ] || status=1
    printf '%-14s %8s %12s %8s %8s %8s %8s %6s\n' "$target" "$seconds" "${runs:-?}" "${rate:-?}" "$corpus" "${rss:-?}" \
        "$crashes" "$slow"
done
[ $status = 0 ] || echo "crash inputs: $work/crashes/ (reproduce: $bin/TARGET FILE)"
exit $status
