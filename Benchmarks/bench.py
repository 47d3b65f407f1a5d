#!/usr/bin/env python3
"""ClaimDesk benchmark suite: bulk ingest vs a raw sqlite3 insert, and interactive-command latency.

Usage: Benchmarks/bench.py [--sizes 10000,100000] [--runs 5] [--work DIR]
Builds nothing itself: run it through Benchmarks/run.sh, which builds the release binary first.
Prints a Markdown table of medians and ratios; raw numbers go to DIR/results.json.
"""
import argparse
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
BIN = os.environ.get("CLAIMDESK_BIN", os.path.join(ROOT, ".build-release", "release", "claimdesk"))
ENV = dict(os.environ, CLAIMDESK_REVIEWER="bench", CLAIMDESK_NOW="2026-03-10T09:00:00Z")
CORE_TABLES = ["document", "claim", "occurrence", "claimKey", "claimLink", "event"]


def run(args, cwd, stdin=None, capture=True):
    return subprocess.run(args, cwd=cwd, env=ENV, input=stdin, capture_output=capture, check=True)


def timed(args, cwd):
    """Runs a command under /usr/bin/time -v; returns (seconds, peak RSS in KiB, CPU seconds: user + system)."""
    start = time.perf_counter()
    result = subprocess.run(["/usr/bin/time", "-v"] + args, cwd=cwd, env=ENV, capture_output=True, text=True, check=True)
    seconds = time.perf_counter() - start
    return seconds, *usage(result.stderr)


def usage(report):
    """The peak RSS (KiB) and CPU seconds (user + system) in a /usr/bin/time -v report."""
    fields = dict(line.strip().rsplit(": ", 1) for line in report.splitlines() if ": " in line)
    cpu = float(fields["User time (seconds)"]) + float(fields["System time (seconds)"])
    return int(fields["Maximum resident set size (kbytes)"]), cpu


def ingest(corpus, workspace):
    """Ingests every file of corpus into a new workspace, 2000 files per process; returns (seconds, peak KiB, the
    seconds of each process: how the cost of an insert moves as the workspace grows, CPU seconds)."""
    if os.path.exists(workspace):
        shutil.rmtree(workspace)
    os.makedirs(workspace)
    run([BIN, "init"], workspace)
    files = sorted(os.path.join(corpus, f) for f in os.listdir(corpus))
    total, peak, chunks, cpu = 0.0, 0, [], 0.0
    for start in range(0, len(files), 2000):
        seconds, rss, process_cpu = timed([BIN, "ingest"] + files[start:start + 2000], workspace)
        total += seconds
        cpu += process_cpu
        peak = max(peak, rss)
        chunks.append(round(seconds, 2))
        load = open("/proc/loadavg").read().split()[0]
        print(f"  ingested {start + len(files[start:start + 2000])} files: this process {seconds:.1f} s "
              f"({len(files[start:start + 2000]) / seconds:.0f} articles/s, CPU {process_cpu:.1f} s), load {load}",
              file=sys.stderr, flush=True)
    return total, peak, chunks, cpu


def counts(workspace):
    db = sqlite3.connect(os.path.join(workspace, "claimdesk.sqlite"))
    return {t: db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in CORE_TABLES}


def raw_insert(workspace, scratch):
    """Replays ClaimDesk's own rows into an empty database of the same schema through the sqlite3 shell, in one
    transaction; returns (seconds, peak KiB, CPU seconds)."""
    source = os.path.join(workspace, "claimdesk.sqlite")
    target = os.path.join(scratch, "raw.sqlite")
    dump = os.path.join(scratch, "rows.sql")
    for path in (target, dump):
        if os.path.exists(path):
            os.remove(path)
    schema = subprocess.run(["sqlite3", source, ".schema"], capture_output=True, text=True, check=True).stdout
    # Same schema, FTS table included (its triggers fire on the raw inserts as on ClaimDesk's).
    subprocess.run(["sqlite3", target], input=schema.replace("CREATE TABLE sqlite_sequence(name,seq);", ""),
                   text=True, check=True)
    with open(dump, "w") as out:
        out.write("PRAGMA journal_mode=WAL;\nBEGIN;\n")
        out.flush()
        for table in CORE_TABLES:
            subprocess.run(["sqlite3", source, f".mode insert {table}", f"SELECT * FROM {table};"], stdout=out, check=True)
        out.write("COMMIT;\n")
    start = time.perf_counter()
    result = subprocess.run(["/usr/bin/time", "-v", "sqlite3", target, f".read {dump}"], capture_output=True, text=True,
                            check=True)
    seconds = time.perf_counter() - start
    return seconds, *usage(result.stderr)


def latency(workspace, command, runs):
    """Runs command `runs` times; returns (p50, p95) in milliseconds and peak KiB."""
    samples, peak = [], 0
    for _ in range(runs):
        seconds, rss, _ = timed([BIN] + command, workspace)
        samples.append(seconds * 1000)
        peak = max(peak, rss)
    samples.sort()
    p95 = samples[min(len(samples) - 1, int(round(0.95 * (len(samples) - 1))))]
    return statistics.median(samples), p95, peak


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--latency-runs", type=int, default=20)
    parser.add_argument("--work", default=os.path.join(HERE, ".work"))
    parser.add_argument("--latency-only", metavar="WORKSPACE", help="only time the commands on an existing workspace")
    args = parser.parse_args()
    os.makedirs(args.work, exist_ok=True)
    results = {"ingest": [], "latency": []}
    largest = args.latency_only
    sizes = [] if args.latency_only else [int(s) for s in args.sizes.split(",")]
    for size in sizes:
        corpus = os.path.join(args.work, f"corpus-{size}")
        if not os.path.isdir(corpus) or len(os.listdir(corpus)) != size:
            shutil.rmtree(corpus, ignore_errors=True)
            subprocess.run([sys.executable, os.path.join(HERE, "make_corpus.py"), str(size), corpus], check=True)
        megabytes = sum(os.path.getsize(os.path.join(corpus, f)) for f in os.listdir(corpus)) / 1e6
        workspace = os.path.join(args.work, f"ws-{size}")
        ours, raws, peak, raw_peak, chunks, cpus, raw_cpus = [], [], 0, 0, [], [], []
        runs = args.runs if size <= 20000 else 1
        for _ in range(runs):
            seconds, rss, chunks, cpu = ingest(corpus, workspace)
            ours.append(seconds)
            cpus.append(cpu)
            peak = max(peak, rss)
            raw_seconds, raw_rss, raw_cpu = raw_insert(workspace, args.work)
            raws.append(raw_seconds)
            raw_cpus.append(raw_cpu)
            raw_peak = max(raw_peak, raw_rss)
        rows = counts(workspace)
        entry = {
            "articles": size, "megabytes": round(megabytes, 1), "runs": runs,
            "claimdesk_seconds": statistics.median(ours), "raw_sqlite_seconds": statistics.median(raws),
            "claims": rows["claim"], "rows": rows, "peak_kib": peak, "raw_peak_kib": raw_peak,
            "first_chunk_articles_per_s": round(len(chunks) and min(2000, size) / chunks[0], 1),
            "last_chunk_articles_per_s": round(len(chunks) and (size - 2000 * (len(chunks) - 1)) / chunks[-1], 1),
            "chunk_seconds": chunks,
            "claimdesk_cpu_seconds": statistics.median(cpus), "raw_cpu_seconds": statistics.median(raw_cpus),
        }
        entry["articles_per_s"] = size / entry["claimdesk_seconds"]
        entry["claims_per_s"] = rows["claim"] / entry["claimdesk_seconds"]
        entry["raw_articles_per_s"] = size / entry["raw_sqlite_seconds"]
        entry["ratio_to_raw"] = entry["articles_per_s"] / entry["raw_articles_per_s"]
        # Wall time on a shared machine moves with the other work; CPU time (user + system) much less.
        entry["cpu_ratio_to_raw"] = entry["raw_cpu_seconds"] / entry["claimdesk_cpu_seconds"]
        entry["cores_used"] = entry["claimdesk_cpu_seconds"] / entry["claimdesk_seconds"]
        results["ingest"].append(entry)
        print(json.dumps(entry), flush=True)
        largest = workspace
    if largest:
        rows = counts(largest)
        document = "d%d" % max(1, rows["document"] // 2)
        claim = "c%d" % max(1, rows["claim"] // 2)
        commands = {}
        if rows["claim"] <= 500_000:  # beyond that the full listing is a bulk export of hundreds of MB, not interactive
            commands["claims list --json (all)"] = ["claims", "list", "--json"]
        commands |= {
            f"claims list --doc {document} --json": ["claims", "list", "--doc", document, "--json"],
            "claims list --status verified --json": ["claims", "list", "--status", "verified", "--json"],
            "claims search 'abonnés plateforme'": ["claims", "search", "abonnés plateforme"],
            "claims search --json budget": ["claims", "search", "budget", "--json"],
            f"claims show {claim}": ["claims", "show", claim],
            f"report --doc {document} --out -": ["report", "--doc", document, "--out", "-"],
        }
        for name, command in commands.items():
            runs = 3 if command == ["claims", "list", "--json"] else args.latency_runs
            try:
                p50, p95, rss = latency(largest, command, runs)
            except subprocess.CalledProcessError as error:
                print(f"skipped {name}: {error}", file=sys.stderr)
                continue
            entry = {"command": name, "runs": runs, "p50_ms": round(p50, 1), "p95_ms": round(p95, 1), "peak_kib": rss}
            results["latency"].append(entry)
            print(json.dumps(entry), flush=True)
    name = "latency.json" if args.latency_only else "results.json"
    with open(os.path.join(args.work, name), "w") as out:
        json.dump(results, out, indent=2)
    print("\n| articles | MB | ClaimDesk s | articles/s | first / last 2 000 articles/s | claims/s | raw sqlite3 s | "
          "ratio to raw | CPU s ClaimDesk / raw | CPU ratio | cores used | peak RSS MiB |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for e in results["ingest"]:
        print(f"| {e['articles']} | {e['megabytes']} | {e['claimdesk_seconds']:.1f} | {e['articles_per_s']:.0f} | "
              f"{e['first_chunk_articles_per_s']:.0f} / {e['last_chunk_articles_per_s']:.0f} | "
              f"{e['claims_per_s']:.0f} | {e['raw_sqlite_seconds']:.1f} | {e['ratio_to_raw']:.2f} | "
              f"{e['claimdesk_cpu_seconds']:.0f} / {e['raw_cpu_seconds']:.0f} | {e['cpu_ratio_to_raw']:.2f} | "
              f"{e['cores_used']:.2f} | {e['peak_kib'] / 1024:.0f} |")
    print("\n| command | runs | p50 ms | p95 ms | peak RSS MiB |")
    print("| --- | --- | --- | --- | --- |")
    for e in results["latency"]:
        print(f"| `{e['command']}` | {e['runs']} | {e['p50_ms']} | {e['p95_ms']} | {e['peak_kib'] / 1024:.0f} |")


if __name__ == "__main__":
    main()
