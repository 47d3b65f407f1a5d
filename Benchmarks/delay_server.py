#!/usr/bin/env python3
"""Loopback HTTP/1.1 server for the fetch benchmark: every response waits DELAY ms, then sends a small HTML page.

Usage: delay_server.py DELAY_MS PORT_FILE   (binds 127.0.0.1 on an ephemeral port and writes the port to PORT_FILE)
"""
import http.server
import socketserver
import sys
import time

DELAY = int(sys.argv[1]) / 1000.0
BODY = b"<!DOCTYPE html><html><head><title>Bench</title></head><body><p>" + b"Lorem ipsum dolor sit amet. " * 40 + b"</p></body></html>"


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self):
        time.sleep(DELAY)
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(BODY)))
        self.end_headers()
        self.wfile.write(BODY)

    def log_message(self, *args):
        pass


class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    request_queue_size = 256


server = Server(("127.0.0.1", 0), Handler)
with open(sys.argv[2], "w") as f:
    f.write(str(server.server_address[1]))
server.serve_forever()
