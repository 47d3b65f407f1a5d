#!/usr/bin/env python3
"""pySBD golden rules: pass count of `claimdesk sentences` and of pysbd (PyPI) on the same 53 cases.

A case passes when the list of sentences equals the expected list exactly (pySBD's convention; segments are
stripped). Reads the fixture copy under Tests/ClaimDeskKitTests/Fixtures/sbd-golden/.

Usage: python3 Evaluation/sbd_golden.py [--bin PATH]
"""
import argparse
import json
import os
import subprocess


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.dirname(here)
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", default=os.path.join(repo, ".build-release/release/claimdesk"))
    args = parser.parse_args()
    path = os.path.join(repo, "Tests", "ClaimDeskKitTests", "Fixtures", "sbd-golden", "golden_rules.jsonl")
    cases = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    import pysbd

    ours = {"en": [0, 0], "fr": [0, 0]}
    theirs = {"en": [0, 0], "fr": [0, 0]}
    for case in cases:
        lang = case["lang"]
        out = subprocess.run([args.bin, "sentences", "--lang", lang, "-"], input=case["text"].encode("utf-8"),
                             capture_output=True, check=True).stdout.decode("utf-8").splitlines()
        ok = out == case["expected"]
        ours[lang][0] += ok
        ours[lang][1] += 1
        seg = pysbd.Segmenter(language=lang, clean=False)
        ref = [s.strip() for s in seg.segment(case["text"]) if s.strip()]
        theirs[lang][0] += ref == case["expected"]
        theirs[lang][1] += 1
        if not ok:
            print(f"claimdesk FAIL {case['id']}: {out!r}")
    for lang in ["en", "fr"]:
        print(f"{lang}: claimdesk {ours[lang][0]}/{ours[lang][1]}, pysbd {theirs[lang][0]}/{theirs[lang][1]}")


if __name__ == "__main__":
    main()
