#!/usr/bin/env python3
"""French coverage on the CLEF-2025 CheckThat! Task 2 claim-normalisation pairs (train + dev).

For each post: run `claimdesk extract --lang fr --json` on it and report
  1. for how many posts at least one claim is found;
  2. among posts whose gold normalised claim holds a number or a date (as `claimdesk values` reads it),
     how often at least one / all of those values appear among the extracted claims' normalised values;
  3. the same restricted to posts whose own text contains one of the gold values (the gold claim often
     states a value the post never writes, e.g. a date the fact-checker added).

Usage: python3 Evaluation/clef2025_fr_coverage.py [--bin PATH] [--data DIR]
"""
import argparse
import csv
import json
import os
import shutil
import subprocess
import tempfile
from concurrent.futures import ThreadPoolExecutor


def run(binary, args, text):
    done = subprocess.run([binary] + args + ["-"], input=text.encode("utf-8"), capture_output=True)
    if done.returncode != 0:
        return None
    return json.loads(done.stdout.decode("utf-8"))


def keys(numbers, dates):
    out = set()
    for n in numbers:
        out.add(("n", round(float(n["value"]), 6), n.get("unit")))
    for d in dates:
        out.add(("d", d["value"]))
    return out


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.dirname(here)
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", default=os.path.join(repo, ".build-release/release/claimdesk"))
    parser.add_argument("--data", default=os.path.join(repo, "..", "shared", "data", "checkthat2025-task2-claimnorm-fr"))
    args = parser.parse_args()
    # Run a private copy, so a rebuild during the run cannot disturb it.
    tmp = tempfile.mkdtemp()
    binary = os.path.join(tmp, "claimdesk")
    shutil.copy(args.bin, binary)
    bundle = os.path.join(os.path.dirname(args.bin), "ClaimDesk_ClaimDeskExtraction.resources")
    if os.path.isdir(bundle):
        shutil.copytree(bundle, os.path.join(tmp, "ClaimDesk_ClaimDeskExtraction.resources"))
    args.bin = binary

    def one(row):
        claims = run(args.bin, ["extract", "--lang", "fr", "--json"], row["post"]) or []
        gold = run(args.bin, ["values", "--lang", "fr"], row["normalized claim"]) or {"numbers": [], "dates": []}
        post_values = run(args.bin, ["values", "--lang", "fr"], row["post"]) or {"numbers": [], "dates": []}
        return claims, gold, post_values

    for split in ["train-fra.csv", "dev-fra.csv"]:
        rows = list(csv.DictReader(open(os.path.join(args.data, split), encoding="utf-8")))
        posts = with_claim = gold_with_values = any_hit = all_hit = in_post = in_post_hit = 0
        with ThreadPoolExecutor(max_workers=4) as pool:
            results = list(pool.map(one, rows))
        for claims, gold, post_values in results:
            posts += 1
            if claims:
                with_claim += 1
            gold_keys = keys(gold["numbers"], gold["dates"])
            if not gold_keys:
                continue
            gold_with_values += 1
            found = set()
            for claim in claims:
                found |= keys(claim["numbers"], claim["dates"])
            if gold_keys & found:
                any_hit += 1
            if gold_keys & keys(post_values["numbers"], post_values["dates"]):
                in_post += 1
                if gold_keys & found:
                    in_post_hit += 1
            if gold_keys <= found:
                all_hit += 1
        pct = lambda a, b: f"{100 * a / b:.1f}%" if b else "n/a"
        print(f"{split}: posts={posts} with>=1 claim={with_claim} ({pct(with_claim, posts)}); "
              f"gold claims with a number/date={gold_with_values}; one of them found={any_hit} "
              f"({pct(any_hit, gold_with_values)}); all found={all_hit} ({pct(all_hit, gold_with_values)}); "
              f"gold value written in the post={in_post}, of which in an extracted claim={in_post_hit} "
              f"({pct(in_post_hit, in_post)})")
    shutil.rmtree(tmp)


if __name__ == "__main__":
    main()
