#!/usr/bin/env python3
"""Cross-validation on CLEF-2019 training/ only (never the test set), to choose training settings.

Splits the 19 training debates into 4 folds, trains on 3 with `claimdesk train-checkworthiness`, scores the
held-out fold with a scorer built from those weights, and prints the mean per-debate AP.

Usage: python3 Evaluation/tune_cv.py [--bin PATH] [train options, e.g. --epochs 4 --l2 1e-4]
"""
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from clef2019_map import average_precision  # noqa: E402


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.dirname(here)
    argv = sys.argv[1:]
    binary = os.path.join(repo, ".build-release/release/claimdesk")
    if argv[:1] == ["--bin"]:
        binary, argv = argv[1], argv[2:]
    data = os.path.join(repo, "..", "shared", "data", "clef2019-checkthat-task1-en", "training")
    files = sorted(f for f in os.listdir(data) if f.endswith(".tsv"))
    folds = [files[i::4] for i in range(4)]
    aps = []
    for k, held in enumerate(folds):
        with tempfile.TemporaryDirectory() as tmp:
            train_dir = os.path.join(tmp, "train")
            os.mkdir(train_dir)
            for f in files:
                if f not in held:
                    shutil.copy(os.path.join(data, f), train_dir)
            model = os.path.join(tmp, "model.json")
            subprocess.run([binary, "train-checkworthiness", "--data", train_dir, "--out", model] + argv,
                           check=True, capture_output=True)
            for f in held:
                rows = [l.split("\t") for l in open(os.path.join(data, f), encoding="utf-8").read().splitlines() if l.strip()]
                payload = "\n".join(r[2] if r[2].strip() else "." for r in rows) + "\n"
                out = subprocess.run([binary, "checkworthiness", "--lang", "en", "--model", model, "-"],
                                     input=payload.encode(), capture_output=True, check=True).stdout.decode().split()
                aps.append(average_precision([float(x) for x in out], [int(r[3]) for r in rows]))
                if os.environ.get("CV_VERBOSE"):
                    print(f"{f:32s} AP={aps[-1]:.4f}")
    print(f"CV MAP={sum(aps) / len(aps):.4f} over {len(aps)} held-out training debates ({' '.join(argv)})")


if __name__ == "__main__":
    main()
