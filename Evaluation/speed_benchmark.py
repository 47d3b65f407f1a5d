#!/usr/bin/env python3
"""Speed: ClaimDesk segmentation and full extraction vs pySBD segmentation, on the same >= 5 MB corpus.

The corpus is the CLEF-2019 English sentences (training + test) and the CLEF-2025 French posts, one
paragraph per line, repeated until it reaches 5 MiB (1x); 4x and 16x repeat it. ClaimDesk is timed inside
the process (`claimdesk benchmark`: segmentation, then full extraction on one thread and on every core, after
reading the file) and as a user
runs it (`claimdesk extract --json` on the 1x corpus, the whole process: reading, normalising, extracting and
writing the JSON, with its peak memory); pySBD 0.3.4
(PyPI) segments each line of the 1x corpus (English lines with the English rules, French with the French).

Build first: swift build -c release --scratch-path .build-release
Usage: python3 Evaluation/speed_benchmark.py [--bin PATH] [--sizes 1,4,16] [--pysbd-mb 5]
"""
import argparse
import csv
import json
import os
import subprocess
import tempfile
import time

MIB = 1 << 20


def corpus(shared):
    clef = os.path.join(shared, "data", "clef2019-checkthat-task1-en")
    en, fr = [], []
    for split in ["training", "test_annotated"]:
        for name in sorted(os.listdir(os.path.join(clef, split))):
            if name.endswith(".tsv"):
                for line in open(os.path.join(clef, split, name), encoding="utf-8").read().replace("\r", "").splitlines():
                    fields = line.split("\t")
                    if len(fields) >= 4:
                        en.append(fields[2])
    norm = os.path.join(shared, "data", "checkthat2025-task2-claimnorm-fr")
    for name in ["train-fra.csv", "dev-fra.csv"]:
        for row in csv.DictReader(open(os.path.join(norm, name), encoding="utf-8")):
            fr.extend(p for p in row["post"].splitlines() if p.strip())
    # Group English sentences into paragraphs of 8, like article paragraphs.
    paragraphs = [(" ".join(en[i:i + 8]), "en") for i in range(0, len(en), 8)] + [(p, "fr") for p in fr]
    out, size = [], 0
    while size < 5 * MIB:
        for p in paragraphs:
            out.append(p)
            size += len(p[0].encode("utf-8")) + 1
            if size >= 5 * MIB:
                break
    return out


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.dirname(here)
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", default=os.path.join(repo, ".build-release/release/claimdesk"))
    parser.add_argument("--shared", default=os.path.join(repo, "..", "shared"))
    parser.add_argument("--sizes", default="1,4,16")
    parser.add_argument("--pysbd-mb", type=float, default=5.0, help="how much of the 1x corpus pySBD segments")
    args = parser.parse_args()
    paragraphs = corpus(args.shared)
    text = "\n".join(p for p, _ in paragraphs) + "\n"
    base = len(text.encode("utf-8"))
    print(f"corpus 1x: {base / MIB:.2f} MiB, {len(paragraphs)} paragraphs")
    results = {}
    whole = None
    with tempfile.TemporaryDirectory() as tmp:
        for factor in [int(x) for x in args.sizes.split(",")]:
            path = os.path.join(tmp, f"corpus{factor}.txt")
            with open(path, "w", encoding="utf-8") as handle:
                for _ in range(factor):
                    handle.write(text)
            runs = []
            for _ in range(3 if factor <= 4 else 1):
                out = subprocess.run([args.bin, "benchmark", "--lang", "fr", path], capture_output=True, text=True)
                if out.returncode != 0:
                    break
                runs.append(json.loads(out.stdout))
            if not runs:
                # The text commands refuse input over their size limit (20 MiB): say so and go on.
                print(f"claimdesk {factor:2d}x: skipped: {out.stderr.strip()}")
                continue
            best = min(runs, key=lambda r: r["extract_seconds"])
            mb = best["bytes"] / 1e6
            results[factor] = best
            print(f"claimdesk {factor:2d}x: {mb:7.1f} MB  segmentation {mb / best['segment_seconds']:7.1f} MB/s  "
                  f"full extraction {mb / best['extract_seconds']:6.1f} MB/s  "
                  f"({best['sentences']} sentences, {best['claims']} claims, {best['occurrences']} occurrences)"
                  + (f"; on every core {mb / min(r['extract_parallel_seconds'] for r in runs):6.1f} MB/s"
                     if "extract_parallel_seconds" in best else ""))
            if factor == 1:
                whole = whole_process(args.bin, path)
                print(f"claimdesk  1x: {whole['bytes'] / 1e6:7.1f} MB  extract --json, whole process "
                      f"{whole['bytes'] / 1e6 / whole['seconds']:6.1f} MB/s ({whole['seconds']:.2f} s, "
                      f"{whole['output'] / 1e6:.1f} MB of JSON, peak RSS {whole['peak_kib'] / 1024:.0f} MiB)")
    import pysbd  # PyPI pysbd 0.3.4

    segmenters = {"en": pysbd.Segmenter(language="en", clean=False), "fr": pysbd.Segmenter(language="fr", clean=False)}
    budget = args.pysbd_mb * 1e6
    done_bytes, count = 0, 0
    start = time.perf_counter()
    for paragraph, lang in paragraphs:
        count += len(segmenters[lang].segment(paragraph))
        done_bytes += len(paragraph.encode("utf-8")) + 1
        if done_bytes >= budget:
            break
    seconds = time.perf_counter() - start
    pysbd_speed = done_bytes / 1e6 / seconds
    print(f"pysbd       : {done_bytes / 1e6:7.1f} MB  segmentation {pysbd_speed:7.2f} MB/s ({count} sentences)")
    for factor, best in results.items():
        mb = best["bytes"] / 1e6
        print(f"ratio {factor:2d}x: claimdesk segmentation / pysbd = {mb / best['segment_seconds'] / pysbd_speed:6.1f}x, "
              f"claimdesk full extraction / pysbd segmentation = {mb / best['extract_seconds'] / pysbd_speed:6.1f}x")
    if whole:
        print(f"ratio  1x: claimdesk extract --json (whole process) / pysbd segmentation = "
              f"{whole['bytes'] / 1e6 / whole['seconds'] / pysbd_speed:6.1f}x")


def whole_process(binary, path, runs=3):
    """`claimdesk extract --json` as a user runs it: the best wall time of `runs`, the JSON size, the peak RSS."""
    best = None
    for _ in range(runs):
        with tempfile.TemporaryFile() as out:
            start = time.perf_counter()
            result = subprocess.run(["/usr/bin/time", "-v", binary, "extract", "--lang", "fr", "--json", path],
                                    stdout=out, stderr=subprocess.PIPE, text=True, check=True)
            seconds = time.perf_counter() - start
            size = out.tell()
        peak = next(int(l.split(":")[1]) for l in result.stderr.splitlines() if "Maximum resident set size" in l)
        if best is None or seconds < best["seconds"]:
            best = {"seconds": seconds, "bytes": os.path.getsize(path), "output": size, "peak_kib": peak}
    return best


if __name__ == "__main__":
    main()
