#!/usr/bin/env python3
"""Scores `claimdesk extract --json` on the hand-written development set.

The passages and their expected claims live in Tests/ClaimDeskKitTests/Fixtures/devset/{en,fr}.json. Every
4th passage (index 3, 7, 11, ... in each file) is held out: it is scored only with `--part heldout` (or
`all`), and was not looked at while tuning the rules. `--part fresh` scores {en,fr}-fresh.json, a second set
written later (2026-12-02) to measure on passages no rule was ever written for; its first score is reported
before any change made because of it. `--part quotes` scores {en,fr}-quotes.json (2026-12-02, later): long
quotations that mix checkable sentences with the speaker's characterisations and judgements ("It's a question of
fairness", "too important to be…", "play a vital role"), and checkable sentences of the same shapes; its first
score too is reported before the rule written for it.

Per class:
  recall      expected claims found (a claim with an occurrence containing the expected text)
  precision   extracted claims that are an expected claim
  non-claims  headlines, bylines, promos, opinion and feelings that do not come out as a claim of their own
              (a headline that is an extra occurrence of an expected claim counts as excluded)
  speaker     found claims whose speaker is the expected one (null included), and on attributed claims only
  kind        found attributed claims whose speaker_kind is the expected one
  hedged      found claims whose `hedged` is the expected one (hedged_pos: on the claims expected hedged)
  hedge words found hedged claims whose `hedge` contains the expected hedging words
  numbers     found claims whose numbers equal the expected ones (value, unit, range; sign when given)
  dates       found claims whose dates equal the expected ones (as a set)
  ranking     (rank.json, longer articles, never held out) key claims among the five best-scored claims

    python3 Evaluation/devset_score.py [--bin PATH] [--part dev|heldout|all|fresh|quotes] [--lang en|fr] [-v]
"""

import argparse
import json
import os
import subprocess
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIXTURES = os.path.join(ROOT, "Tests", "ClaimDeskKitTests", "Fixtures", "devset")
DETERMINERS = ("the ", "le ", "la ", "les ", "l'", "l’", "mr. ", "mrs. ", "ms. ", "dr. ", "m. ", "mme ")


def norm_speaker(value):
    if value is None:
        return None
    text = unicodedata.normalize("NFC", value).strip().lower().rstrip(".,")
    changed = True
    while changed:
        changed = False
        for d in DETERMINERS:
            if text.startswith(d):
                text = text[len(d):].strip()
                changed = True
    return text


def speaker_ok(expected, got):
    options = expected if isinstance(expected, list) else [expected]
    return any(norm_speaker(o) == norm_speaker(got) for o in options)


def close(a, b):
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def number_ok(exp, got):
    if not close(exp["value"], got.get("value", float("nan"))):
        return False
    if exp.get("unit") != got.get("unit"):
        return False
    er, gr = exp.get("range"), got.get("range")
    if (er is None) != (gr is None):
        return False
    if er is not None and not (close(er[0], gr["from"]) and close(er[1], gr["to"])):
        return False
    if "sign" in exp and exp["sign"] != got.get("sign"):
        return False
    return True


def numbers_ok(expected, got):
    remaining = list(got)
    for exp in expected:
        match = next((g for g in remaining if number_ok(exp, g)), None)
        if match is None:
            return False
        remaining.remove(match)
    return not remaining


def extract(binary, passage, lang):
    cmd = [binary, "extract", "--lang", lang, "--json", "-"]
    if passage.get("date"):
        cmd[2:2] = ["--date", passage["date"]]
    out = subprocess.run(cmd, input=passage["text"].encode(), capture_output=True, check=True)
    return json.loads(out.stdout)


def occurrences(claim):
    return [o["exact"] for o in claim.get("occurrences", [])] or [claim["text"]]


class Tally:
    def __init__(self):
        self.counts = {}

    def add(self, name, ok):
        good, total = self.counts.get(name, (0, 0))
        self.counts[name] = (good + (1 if ok else 0), total + 1)

    def line(self, name):
        good, total = self.counts.get(name, (0, 0))
        rate = good / total if total else float("nan")
        return f"{name:<12} {rate:6.3f}  ({good}/{total})"


def score(binary, lang, passages, tally, verbose):
    for p in passages:
        claims = extract(binary, p, lang)
        matched = set()
        for exp in p["claims"]:
            index = next((i for i, c in enumerate(claims) if any(exp["text"] in o for o in occurrences(c))), None)
            tally.add("recall", index is not None)
            if index is None:
                if verbose:
                    print(f"{p['id']}: MISSED «{exp['text']}»")
                continue
            matched.add(index)
            got = claims[index]
            checks = []
            if "speaker" in exp:
                ok = speaker_ok(exp["speaker"], got.get("speaker"))
                tally.add("speaker", ok)
                if exp["speaker"] is not None:
                    tally.add("speaker_attr", ok)
                checks.append(("speaker", ok, exp["speaker"], got.get("speaker")))
            if "speaker_kind" in exp:
                ok = exp["speaker_kind"] == got.get("speaker_kind")
                tally.add("kind", ok)
                checks.append(("kind", ok, exp["speaker_kind"], got.get("speaker_kind")))
            hedged = exp.get("hedged", False)
            ok = hedged == got.get("hedged")
            tally.add("hedged", ok)
            if hedged:
                tally.add("hedged_pos", ok)
            checks.append(("hedged", ok, hedged, got.get("hedged")))
            if "hedge" in exp and ok:
                words = (got.get("hedge") or "").lower()
                ok_words = exp["hedge"].lower() in words
                tally.add("hedge_words", ok_words)
                checks.append(("hedge", ok_words, exp["hedge"], got.get("hedge")))
            ok = numbers_ok(exp.get("numbers", []), got.get("numbers", []))
            tally.add("numbers", ok)
            checks.append(("numbers", ok, exp.get("numbers", []), got.get("numbers", [])))
            ok = sorted(exp.get("dates", [])) == sorted(d["value"] for d in got.get("dates", []))
            tally.add("dates", ok)
            checks.append(("dates", ok, exp.get("dates", []), [d["value"] for d in got.get("dates", [])]))
            if verbose:
                for name, good, e, g in checks:
                    if not good:
                        print(f"{p['id']}: {name} expected {json.dumps(e, ensure_ascii=False)} "
                              f"got {json.dumps(g, ensure_ascii=False)}  «{exp['text']}»")
        for i, c in enumerate(claims):
            ok = i in matched
            tally.add("precision", ok)
            if verbose and not ok:
                print(f"{p['id']}: EXTRA «{c['text']}»")
        for text in p.get("non_claims", []):
            hit = any(text in o for i, c in enumerate(claims) if i not in matched for o in occurrences(c))
            tally.add("non_claims", not hit)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", default=os.path.join(ROOT, ".build-release", "release", "claimdesk"))
    ap.add_argument("--part", choices=["dev", "heldout", "all", "fresh", "quotes"], default="dev")
    ap.add_argument("--lang", choices=["en", "fr"], action="append")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    langs = args.lang or ["en", "fr"]
    total = Tally()
    for lang in langs:
        name = f"{lang}-{args.part}.json" if args.part in ("fresh", "quotes") else f"{lang}.json"
        with open(os.path.join(FIXTURES, name), encoding="utf-8") as f:
            passages = json.load(f)
        if args.part == "dev":
            passages = [p for i, p in enumerate(passages) if i % 4 != 3]
        elif args.part == "heldout":
            passages = [p for i, p in enumerate(passages) if i % 4 == 3]
        tally = Tally()
        score(args.bin, lang, passages, tally, args.verbose)
        for name, (good, n) in tally.counts.items():
            g0, n0 = total.counts.get(name, (0, 0))
            total.counts[name] = (g0 + good, n0 + n)
        print(f"== {lang} ({args.part}, {len(passages)} passages)")
        for name in ["recall", "precision", "non_claims", "speaker", "speaker_attr", "kind", "hedged",
                     "hedged_pos", "hedge_words", "numbers", "dates"]:
            print("  " + tally.line(name))
    rank = Tally()
    with open(os.path.join(FIXTURES, "rank.json"), encoding="utf-8") as f:
        for p in json.load(f):
            if p["lang"] not in langs:
                continue
            claims = extract(args.bin, p, p["lang"])
            top = sorted(range(len(claims)), key=lambda i: -claims[i]["score"])[:5]
            for key in p["key"]:
                ok = any(key in o for i in top for o in occurrences(claims[i]))
                rank.add("ranking", ok)
                if args.verbose and not ok:
                    print(f"{p['id']}: key claim not in top 5 «{key}»")
    print("== ranking (rank.json)")
    print("  " + rank.line("ranking"))
    if len(langs) > 1:
        print(f"== all ({args.part})")
        for name in ["recall", "precision", "non_claims", "speaker", "speaker_attr", "kind", "hedged",
                     "hedged_pos", "hedge_words", "numbers", "dates"]:
            print("  " + total.line(name))


if __name__ == "__main__":
    sys.exit(main())
