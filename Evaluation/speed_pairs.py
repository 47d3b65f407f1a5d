#!/usr/bin/env python3
"""Two claimdesk binaries side by side: `claimdesk benchmark` on the same corpus, alternated in pairs.

Runs OLD then NEW, then NEW then OLD, and so on (the order swapped every pair so that neither gains from a warm
cache), and prints each pair's `extract_seconds` and ratio, then the median ratio new/old and the best and median
times. The corpus is one file of text (for example the 5 MiB corpus `speed_benchmark.py` builds).

    python3 Evaluation/speed_pairs.py OLD_BIN NEW_BIN CORPUS [PAIRS] [--lang fr]
"""

import argparse
import json
import statistics
import subprocess


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("old")
    ap.add_argument("new")
    ap.add_argument("corpus")
    ap.add_argument("pairs", type=int, nargs="?", default=12)
    ap.add_argument("--lang", default="fr")
    args = ap.parse_args()
    ratios, olds, news = [], [], []
    for i in range(args.pairs):
        times = {}
        order = [("old", args.old), ("new", args.new)] if i % 2 == 0 else [("new", args.new), ("old", args.old)]
        for name, binary in order:
            out = subprocess.run([binary, "benchmark", "--lang", args.lang, args.corpus],
                                 capture_output=True, text=True, check=True)
            times[name] = json.loads(out.stdout)["extract_seconds"]
        olds.append(times["old"])
        news.append(times["new"])
        ratios.append(times["new"] / times["old"])
        print(f"pair {i + 1}: old {times['old']:.3f} s new {times['new']:.3f} s ratio {ratios[-1]:.3f}", flush=True)
    print(f"median ratio new/old {statistics.median(ratios):.3f}; best old {min(olds):.3f} s new {min(news):.3f} s; "
          f"median old {statistics.median(olds):.3f} new {statistics.median(news):.3f}")


if __name__ == "__main__":
    main()
