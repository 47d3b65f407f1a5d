#!/usr/bin/env python3
"""CLEF-2019 CheckThat! Task 1 (English): MAP of `claimdesk checkworthiness` on test_annotated/.

Computed the way the lab does: per debate, rank the sentences by score (ties keep document order),
average precision over the check-worthy sentences, then the mean over the 7 debates.

Usage: python3 Evaluation/clef2019_map.py [--bin PATH] [--data DIR] [--split test_annotated]
"""
import argparse
import os
import subprocess
import sys


def average_precision(scores, labels):
    order = sorted(range(len(scores)), key=lambda i: (-scores[i], i))
    hits = 0
    total = 0.0
    for rank, i in enumerate(order, start=1):
        if labels[i]:
            hits += 1
            total += hits / rank
    positives = sum(labels)
    return total / positives if positives else 0.0


def precision_at(scores, labels, k):
    order = sorted(range(len(scores)), key=lambda i: (-scores[i], i))
    return sum(labels[i] for i in order[:k]) / k


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.dirname(here)
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", default=os.path.join(repo, ".build-release/release/claimdesk"))
    parser.add_argument("--data", default=os.path.join(repo, "..", "shared", "data", "clef2019-checkthat-task1-en"))
    parser.add_argument("--split", default="test_annotated")
    args = parser.parse_args()
    folder = os.path.join(args.data, args.split)
    files = sorted(f for f in os.listdir(folder) if f.endswith(".tsv"))
    aps = []
    p5s = []
    for name in files:
        texts, labels = [], []
        with open(os.path.join(folder, name), encoding="utf-8", newline="") as handle:
            for line in handle.read().replace("\r\n", "\n").split("\n"):
                if not line.strip():
                    continue
                fields = line.split("\t")
                texts.append(fields[2].replace("\n", " "))
                labels.append(int(fields[3].strip()))
        payload = "\n".join(t if t.strip() else "." for t in texts) + "\n"
        out = subprocess.run(
            [args.bin, "checkworthiness", "--lang", "en", "-"],
            input=payload.encode("utf-8"), capture_output=True, check=True,
        ).stdout.decode("utf-8").split()
        scores = [float(x) for x in out]
        if len(scores) != len(texts):
            sys.exit(f"{name}: {len(scores)} scores for {len(texts)} sentences")
        ap = average_precision(scores, labels)
        aps.append(ap)
        p5s.append(precision_at(scores, labels, 5))
        print(f"{name:32s} sentences={len(texts):5d} positives={sum(labels):3d} AP={ap:.4f} P@5={p5s[-1]:.2f}")
    print(f"MAP={sum(aps) / len(aps):.4f} over {len(aps)} debates (mean P@5={sum(p5s) / len(p5s):.3f})")


if __name__ == "__main__":
    main()
