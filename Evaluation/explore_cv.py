#!/usr/bin/env python3
"""Offline experiments for the check-worthiness model, scored by 4-fold CV on CLEF-2019 training/ only.

Reads each training debate's features from the hidden `claimdesk checkworthiness --dump-features` (the Swift
named signals and hashed n-gram buckets), then tries learners and context features with scikit-learn. It never
reads test_annotated/. The shipped model is still trained by `claimdesk train-checkworthiness`; this script only
says which ideas were worth porting. Needs scikit-learn (pip install scikit-learn).

Usage: python3 Evaluation/explore_cv.py [--bin PATH] [--data DIR]
"""
import argparse
import os
import re
import subprocess
import sys

import numpy as np
import scipy.sparse as sp
from sklearn.linear_model import LogisticRegression

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from clef2019_map import average_precision  # noqa: E402

NAMES = ["number", "percent_or_currency", "large_number", "date", "full_date", "entity", "entities_3plus",
         "reporting_verb", "quote", "hedged", "comparison", "future", "past", "first_person", "second_person",
         "opinion", "negation", "question", "exclamation", "short", "long", "speaker", "words_8_15", "words_16_30",
         "year", "plain_number", "number_word", "superlative"]
BUCKETS = 1 << 17
LEXICON = {
    "record": r"\b(voted|vote for|vote against|supported|opposed|signed|approved)\b", "percent": r"\b(percent|%)",
    "than": r"\bthan\b", "superlative": r"\b(largest|biggest|highest|lowest|most|least|worst|best|only|never|ever|record)\b",
    "money": r"(\$|\bdollars?\b|\bbillion\b|\bmillion\b|\btrillion\b)", "third_person": r"\b(he|she|they|his|her|their)\b",
    "you_record": r"\b(you|your) (voted|said|supported|called|wanted|did)\b",
    "change": r"\b(up|down|increase[sd]?|decrease[sd]?|rose|fell|doubled|tripled|grew|cut|raised)\b",
}


def load(folder, name, binary):
    rows = [l.split("\t") for l in open(os.path.join(folder, name), encoding="utf-8").read().replace("\r\n", "\n").split("\n") if l.strip()]
    texts = [r[2].replace("\n", " ") for r in rows]
    payload = "\n".join(t if t.strip() else "." for t in texts) + "\n"
    out = subprocess.run([binary, "checkworthiness", "--lang", "en", "--dump-features", "-"],
                         input=payload.encode(), capture_output=True, check=True).stdout.decode().split("\n")
    named = np.zeros((len(texts), len(NAMES)))
    r, c, v = [], [], []
    for i, line in enumerate(out[:len(texts)]):
        names, hashed = line.split("\t")
        for n in filter(None, names.split(",")):
            named[i, NAMES.index(n)] = 1
        hashed = [int(x) for x in hashed.split()]
        for j in hashed:
            r.append(i), c.append(j), v.append(1 / np.sqrt(len(hashed)))
    ngrams = sp.csr_matrix((v, (r, c)), shape=(len(texts), BUCKETS))
    return dict(texts=texts, speakers=[r[1] for r in rows], y=np.array([int(r[3]) for r in rows]), named=named, ngrams=ngrams)


def shift(m, k):
    out = np.zeros_like(m)
    if k > 0:
        out[k:] = m[:-k]
    else:
        out[:k] = m[-k:]
    return out


def blend(z, weight=0.3, window=2):
    n = len(z)
    total, count = np.zeros(n), np.zeros(n)
    for k in range(-window, window + 1):
        if k:
            idx = np.arange(n) + k
            ok = (idx >= 0) & (idx < n)
            total[ok] += z[idx[ok]]
            count[ok] += 1
    return np.where(count > 0, (1 - weight) * z + weight * total / np.maximum(count, 1), z)


def lexicon(d):
    return np.array([[1.0 if re.search(p, t, re.I) else 0.0 for p in LEXICON.values()] for t in d["texts"]])


def neighbour_signals(d):
    return np.hstack([shift(d["named"], 1), shift(d["named"], -1)])


def turn(d):
    s, q = d["speakers"], d["named"][:, NAMES.index("question")]
    n = len(s)
    rate = {x: np.mean([q[i] for i in range(n) if s[i] == x]) for x in set(s)}
    f = np.zeros((n, 3))
    for i in range(n):
        f[i] = [rate[s[i]], i == 0 or s[i] != s[i - 1], i == n - 1 or s[i] != s[i + 1]]
    return f


def matrix(d, extra):
    return sp.hstack([sp.csr_matrix(d["named"]), d["ngrams"]] + [sp.csr_matrix(e(d)) for e in extra]).tocsr()


def fit(xs, ys, c, pairs=0):
    if pairs:
        rng = np.random.default_rng(0)
        diffs = []
        for x, y in zip(xs, ys):
            negatives = np.where(y == 0)[0]
            for p in np.where(y == 1)[0]:
                sample = rng.choice(negatives, min(len(negatives), pairs), replace=False)
                diffs.append(x[[p] * len(sample)] - x[sample])
        d = sp.vstack(diffs)
        d = sp.vstack([d, -d])
        t = np.r_[np.ones(d.shape[0] // 2), np.zeros(d.shape[0] // 2)]
        return LogisticRegression(C=c, fit_intercept=False, solver="liblinear", max_iter=2000).fit(d, t)
    return LogisticRegression(C=c, class_weight={0: 1, 1: 8}, solver="liblinear", max_iter=3000).fit(sp.vstack(xs), np.concatenate(ys))


def cv(debates, extra=(), c=0.3, pairs=0, context=True):
    folds = [list(range(i, len(debates), 4)) for i in range(4)]
    xs = [matrix(d, extra) for d in debates]
    aps = []
    for held in folds:
        train = [i for i in range(len(debates)) if i not in held]
        model = fit([xs[i] for i in train], [debates[i]["y"] for i in train], c, pairs)
        for i in held:
            z = model.decision_function(xs[i])
            aps.append(average_precision(list(blend(z) if context else z), list(debates[i]["y"])))
    return np.mean(aps)


def main():
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", default=os.path.join(repo, ".build-release/release/claimdesk"))
    parser.add_argument("--data", default=os.path.join(repo, "..", "shared", "data", "clef2019-checkthat-task1-en", "training"))
    args = parser.parse_args()
    debates = [load(args.data, f, args.bin) for f in sorted(os.listdir(args.data)) if f.endswith(".tsv")]
    runs = [
        ("L2 logistic regression to convergence (liblinear, C=0.3, positives x8)", dict(context=False)),
        ("  + neighbour blend (weight 0.3, window 2)", {}),
        ("pairwise logistic loss per debate (30 negatives per positive)", dict(pairs=30, context=False)),
        ("  + neighbour blend", dict(pairs=30)),
        ("+ neighbours' named signals (+-1)", dict(extra=[neighbour_signals], context=False)),
        ("  + neighbour blend", dict(extra=[neighbour_signals])),
        ("+ lexical signals (record verbs, percent, than, superlatives, money, change)", dict(extra=[lexicon])),
        ("+ speaker-turn signals (speaker's question rate, first/last in turn)", dict(extra=[turn])),
    ]
    for label, options in runs:
        print(f"{cv(debates, **options):.4f}  {label}", flush=True)


if __name__ == "__main__":
    main()
