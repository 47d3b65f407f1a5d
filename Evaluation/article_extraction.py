#!/usr/bin/env python3
"""Article-body extraction: `claimdesk ingest URL` vs trafilatura (PyPI) on the Scrapinghub benchmark pages.

Quality. Each page of ../shared/data/article-extraction-benchmark/html/ is served on 127.0.0.1 (a Python
http.server on a free port, `Content-Type: text/html; charset=utf-8`, as the pages are UTF-8) and ingested
with the real path, `claimdesk ingest http://127.0.0.1:PORT/<id>.html` (libcurl fetch, charset, WARC, store) in a
scratch workspace; the stored text is read back with `claimdesk docs show dN --json`. A page ingest refuses
(no article found) scores as an empty text. trafilatura.extract() (default settings) runs on the same pages in
the same run. Both are scored with the benchmark's own metric (evaluate.upstream.py: precision, recall and F1
over 4-word shingles, averaged per page), on all pages and on each half (even and odd positions of the
sorted page ids), to see whether the result holds on pages it was not tuned on.

Speed. Ours: one `claimdesk page-text --json` process over every page file (what ingest runs: charset,
metadata, tree, scoring; plus process start, file reads and JSON output). trafilatura: extract() on the same
decoded pages in this process. Both: best of --repeat, as wall time and as CPU time (user + system; steadier
than wall time on a shared machine). Pages per second each.

Build first: swift build -c release --scratch-path .build-release
Needs: pip install trafilatura lxml_html_clean
Usage: python3 Evaluation/article_extraction.py [--bin PATH] [--data DIR] [--repeat N] [--no-trafilatura]
       [--show-worst N]
"""
import argparse
import gzip
import http.server
import importlib.util
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time


def load_scorer(data):
    spec = importlib.util.spec_from_file_location("evaluate_upstream", os.path.join(data, "evaluate.upstream.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score(scorer, truth, predictions, keys):
    rows = [scorer.string_shingle_matching(true=truth[k]["articleBody"], pred=predictions.get(k, "")) for k in keys]
    return scorer.metrics_from_tp_fp_fns(rows), rows


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {".html": "text/html; charset=utf-8"}

    def log_message(self, *args):
        pass


def serve(directory):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), lambda *a, **k: Handler(*a, directory=directory, **k))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def run(binary, args, cwd, check=True):
    result = subprocess.run([binary] + args, cwd=cwd, capture_output=True)
    if check and result.returncode != 0:
        sys.exit(f"claimdesk {' '.join(args[:2])} failed: {result.stderr.decode()}")
    return result


def ingest_all(binary, workspace, base_url, keys):
    env_free = {"cwd": workspace}
    run(binary, ["init"], **env_free)
    urls = [f"{base_url}/{k}.html" for k in keys]
    # The pages are served on loopback, which ingest refuses by default (private-network policy).
    result = run(binary, ["ingest", "--json", "--allow-private-network"] + urls, check=False, **env_free)
    report = json.loads(result.stdout.decode("utf-8"))
    texts = {}
    for entry in report["documents"]:
        key = entry["origin"].rsplit("/", 1)[-1][: -len(".html")]
        shown = json.loads(run(binary, ["docs", "show", entry["id"], "--json"], **env_free).stdout.decode("utf-8"))
        texts[key] = shown["text"]
    refused = {e["origin"].rsplit("/", 1)[-1][: -len(".html")]: e["error"] for e in report["errors"]}
    return texts, refused


def children_cpu():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def time_ours(binary, files, repeat):
    """Best wall and best CPU (user + system) seconds of one page-text process over every file."""
    wall, cpu = None, None
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), children_cpu()
        subprocess.run([binary, "page-text", "--json"] + files, capture_output=True)
        elapsed, used = time.perf_counter() - start, children_cpu() - start_cpu
        wall = elapsed if wall is None else min(wall, elapsed)
        cpu = used if cpu is None else min(cpu, used)
    return wall, cpu


def run_trafilatura(pages, repeat):
    """trafilatura's outputs, best wall and best CPU seconds of extract() over every page, in this process."""
    import trafilatura

    outputs, wall, cpu = {}, None, None
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        outputs = {k: trafilatura.extract(html) or "" for k, html in pages.items()}
        elapsed, used = time.perf_counter() - start, time.process_time() - start_cpu
        wall = elapsed if wall is None else min(wall, elapsed)
        cpu = used if cpu is None else min(cpu, used)
    return outputs, (wall, cpu), trafilatura.__version__


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.dirname(here)
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", default=os.path.join(repo, ".build-release/release/claimdesk"))
    parser.add_argument("--data", default=os.path.join(repo, "..", "shared", "data", "article-extraction-benchmark"))
    parser.add_argument("--repeat", type=int, default=3, help="timing runs; the best is kept")
    parser.add_argument("--no-trafilatura", action="store_true")
    parser.add_argument("--show-worst", type=int, default=0, help="list the N pages ClaimDesk scores worst on")
    args = parser.parse_args()
    binary = os.path.abspath(args.bin)
    scorer = load_scorer(args.data)
    truth = json.load(open(os.path.join(args.data, "ground-truth.json"), encoding="utf-8"))
    keys = sorted(truth)
    halves = {"all": keys, "even half": keys[0::2], "odd half": keys[1::2]}

    with tempfile.TemporaryDirectory() as scratch:
        pages_dir = os.path.join(scratch, "pages")
        os.makedirs(pages_dir)
        pages = {}
        for k in keys:
            raw = gzip.open(os.path.join(args.data, "html", k + ".html.gz")).read()
            with open(os.path.join(pages_dir, k + ".html"), "wb") as f:
                f.write(raw)
            pages[k] = raw.decode("utf-8")
        server = serve(pages_dir)
        workspace = os.path.join(scratch, "workspace")
        os.makedirs(workspace)
        base_url = f"http://127.0.0.1:{server.server_address[1]}"
        ours, refused = ingest_all(binary, workspace, base_url, keys)
        server.shutdown()
        files = [os.path.join(pages_dir, k + ".html") for k in keys]
        ours_seconds = time_ours(binary, files, args.repeat)

    systems = [("ClaimDesk (ingest URL, stored text)", ours, ours_seconds)]
    if not args.no_trafilatura:
        theirs, theirs_seconds, version = run_trafilatura(pages, args.repeat)
        systems.append((f"trafilatura {version} (PyPI)", theirs, theirs_seconds))

    print(f"{len(keys)} pages; {len(refused)} refused by ingest (no article found)")
    for key, error in sorted(refused.items()):
        print(f"  refused {key[:10]}: {error}")
    print()
    print(f"| system | pages | F1 | precision | recall |")
    print(f"| --- | --- | --- | --- | --- |")
    for name, predictions, _ in systems:
        for half, subset in halves.items():
            metrics, _ = score(scorer, truth, predictions, subset)
            print(f"| {name} | {half} ({len(subset)}) | {metrics['f1']:.3f} | {metrics['precision']:.3f} | "
                  f"{metrics['recall']:.3f} |")
    print()
    print("| system | wall time, all pages | pages/s (wall) | CPU time | pages/s (CPU) |")
    print("| --- | --- | --- | --- | --- |")
    for name, _, (wall, cpu) in systems:
        print(f"| {name} | {wall:.2f} s | {len(keys) / wall:.1f} | {cpu:.2f} s | {len(keys) / cpu:.1f} |")
    if len(systems) > 1:
        (our_wall, our_cpu), (their_wall, their_cpu) = systems[0][2], systems[1][2]
        print(f"\nClaimDesk is {their_wall / our_wall:.1f}x faster by wall time, {their_cpu / our_cpu:.1f}x by CPU time")
    if args.show_worst:
        _, rows = score(scorer, truth, ours, keys)
        worst = sorted(zip(keys, rows), key=lambda item: item[1][0])[: args.show_worst]
        print("\nworst pages for ClaimDesk (tp, fp, fn shares):")
        for key, (tp, fp, fn) in worst:
            print(f"  {key[:10]} tp={tp:.2f} fp={fp:.2f} fn={fn:.2f} {truth[key]['url'][:80]}")


if __name__ == "__main__":
    main()
