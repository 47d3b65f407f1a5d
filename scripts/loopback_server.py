#!/usr/bin/env python3
"""Loopback HTTP/1.1 server for the fetch benchmark (Benchmarks/fetch.sh) and the source CLI tests: every response waits DELAY ms, then sends a small HTML page.

Usage: loopback_server.py DELAY_MS PORT_FILE   (binds 127.0.0.1 on an ephemeral port and writes the port to PORT_FILE)

Paths: /missing answers 404; /article serves a small news article with metadata; /vanishing serves the
article once, then 404 (link rot); anything else the small page.
"""
import http.server
import socketserver
import sys
import time

DELAY = int(sys.argv[1]) / 1000.0
ARTICLE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Jobs report | The Daily</title>
<meta property="og:site_name" content="The Daily"><meta name="author" content="Sam Lee">
<meta property="article:published_time" content="2026-03-09T08:00:00Z"></head><body><nav>Home</nav>
<article><h1>Unemployment falls to 4.1 percent</h1>
<p>The unemployment rate fell to 4.1 percent in February, the Labor Department said on Friday.</p>
<p>Employers added 151,000 jobs, according to the report.</p></article></body></html>""".encode()
BODY = b"<!DOCTYPE html><html><head><title>Bench</title></head><body><p>" + b"Lorem ipsum dolor sit amet. " * 40 + b"</p></body></html>"


SEEN = set()


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self):
        time.sleep(DELAY)
        status, body = 200, BODY
        if self.path == "/missing":
            status, body = 404, b"not found"
        elif self.path == "/article":
            body = ARTICLE
        elif self.path == "/vanishing":
            status, body = (404, b"gone") if self.path in SEEN else (200, ARTICLE)
            SEEN.add(self.path)
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    request_queue_size = 256


server = Server(("127.0.0.1", 0), Handler)
with open(sys.argv[2], "w") as f:
    f.write(str(server.server_address[1]))
server.serve_forever()
