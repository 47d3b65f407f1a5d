#!/usr/bin/env python3
"""Builds the seed corpora of the fuzz targets from the repository's own test inputs.

Usage: Fuzz/seeds.py OUT_DIR  (writes OUT_DIR/<Target>/seed-N files; nothing is committed)
"""
import gzip, json, os, re, sys, hashlib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
out = sys.argv[1]


def put(target, data):
    folder = os.path.join(out, target)
    os.makedirs(folder, exist_ok=True)
    name = hashlib.sha1(data).hexdigest()[:16]
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data)


def read(path):
    with open(os.path.join(ROOT, path), "rb") as f:
        return f.read()


# Texts with their language: the worked example (by paragraph), the development set, the pySBD golden rules.
texts = []
example = read("Tests/ClaimDeskKitTests/Fixtures/examples/2026-03-09-openai-pentagon.fr.txt").decode()
texts += [("fr", p) for p in example.split("\n\n") if p.strip()]
texts.append(("fr", example[:6000]))
for lang in ("en", "fr"):
    for item in json.loads(read(f"Tests/ClaimDeskKitTests/Fixtures/devset/{lang}.json")):
        texts.append((lang, item["text"]))
for line in read("Tests/ClaimDeskKitTests/Fixtures/sbd-golden/golden_rules.jsonl").decode().splitlines():
    rule = json.loads(line)
    texts.append((rule["lang"], rule["text"]))
for lang, text in texts:
    prefix = b"\x00" if lang == "en" else b"\x01"
    put("FuzzExtractor", prefix + text.encode())
    for sentence in re.split(r"(?<=[.!?])\s+", text)[:20]:
        put("FuzzValues", prefix + sentence.encode())

# HTML: the pages the fetch and article tests serve (triple-quoted Swift strings), the loopback server's pages.
for path in sorted(os.listdir(os.path.join(ROOT, "Tests/ClaimDeskKitTests/Fetch"))):
    source = read(f"Tests/ClaimDeskKitTests/Fetch/{path}").decode()
    for block in re.findall(r'"""\n(.*?)"""', source, re.S):
        if "<" in block:
            put("FuzzHTML", re.sub(r"^ {8,16}", "", block, flags=re.M).encode())
server = read("scripts/loopback_server.py").decode()
for block in re.findall(r'"""(.*?)"""', server, re.S):
    if "<" in block:
        put("FuzzHTML", block.encode())
put("FuzzHTML", b"<html><title>a\x00b</title><meta charset=windows-1252><p>\x93x\x94</p></html>")

# Ledger: the shipped ledger folder (workspace file, NUL, document file), whole and with its events only.
workspace = read("Claims/_workspace.json")
for name in sorted(os.listdir(os.path.join(ROOT, "Claims"))):
    if name != "_workspace.json":
        document = read(f"Claims/{name}")
        put("FuzzLedger", workspace + b"\x00" + document)
        put("FuzzLedger", workspace + b"\x00" + document[:4096])

# URLs: every http(s) URL the tests and the loopback server use, plus the tricky forms the normaliser handles.
urls = set()
for folder, _, files in os.walk(os.path.join(ROOT, "Tests")):
    for file in files:
        if file.endswith(".swift") or file.endswith(".py"):
            with open(os.path.join(folder, file), encoding="utf-8", errors="replace") as f:
                urls.update(re.findall(r'https?://[^\s"\'\\)<>]+', f.read()))
urls.update([
    "HTTP://Example.COM:80/a/../b/./c?utm_source=x&b=2&a=1#frag",
    "https://[::1]:8443/%7euser/%2F?q=%e2%82%ac",
    "http://127.0.0.1.nip.io/", "http://0x7f.1/", "http://2130706433/", "https://xn--caf-dma.example/",
    "https://user:pass@host.example/path;params?#", "javascript:alert(1)", "//host/path", "http://[fe80::1%25eth0]/",
])
for url in sorted(urls):
    put("FuzzURL", url.encode())

# WARC: plain and gzip records as WARCWriter writes them, with an HTTP response block and a continuation line.
def record(kind, block, extra=b""):
    head = (b"WARC/1.1\r\nWARC-Type: " + kind + b"\r\nWARC-Record-ID: <urn:uuid:1>\r\n" + extra
            + b"Content-Type: application/http;msgtype=response\r\nContent-Length: "
            + str(len(block)).encode() + b"\r\n\r\n")
    return head + block + b"\r\n\r\n"

response = record(b"response", b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>Le d\xc3\xa9ficit.</p>",
                  b"WARC-Target-URI: https://news.example/a\r\n X-Folded: yes\r\n")
info = record(b"warcinfo", b"software: ClaimDesk\r\n")
put("FuzzWARC", info + response)
put("FuzzWARC", gzip.compress(info) + gzip.compress(response))
put("FuzzWARC", gzip.compress(info + response))
