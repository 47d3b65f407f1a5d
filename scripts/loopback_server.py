#!/usr/bin/env python3
"""Loopback HTTP/1.1 server for the fetch benchmark (Benchmarks/fetch.sh) and the source CLI tests.

Every response waits DELAY_MS (asyncio, so hundreds of connections wait at once without threads), then answers.
Paths: /missing answers 404; /hostile serves a page whose title and text carry terminal escapes, `</script>` and a
javascript: canonical URL; /article serves a small news article with metadata; /vanishing serves the article
once, then 404 (link rot); /revised serves the article once, then a corrected version; anything else a small
HTML page. Connections are kept alive.

Usage: loopback_server.py DELAY_MS PORT_FILE   (binds 127.0.0.1 on an ephemeral port and writes the port to PORT_FILE)
"""
import asyncio
import sys

DELAY = int(sys.argv[1]) / 1000.0
PORT_FILE = sys.argv[2]
ARTICLE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Jobs report | The Daily</title>
<meta property="og:site_name" content="The Daily"><meta name="author" content="Sam Lee">
<meta property="article:published_time" content="2026-03-09T08:00:00Z"></head><body><nav>Home</nav>
<article><h1>Unemployment falls to 4.1 percent</h1>
<p>Here is what the monthly report shows.</p>
<p>The unemployment rate fell to 4.1 percent in February, the Labor Department said on Friday.</p>
<p>Employers added 151,000 jobs, according to the report.</p></article></body></html>""".encode()
REVISED = ARTICLE.replace(
    b"<p>Employers added 151,000 jobs, according to the report.</p>",
    b"<p>Correction: an earlier version misstated the month.</p>",
).replace(b"in February, the Labor", b"in January, the Labor")
HOSTILE = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Budget \x1b]0;pwned\x07 </script><script>alert(1)</script> \x1b[2J</title>"
           "<link rel=\"canonical\" href=\"javascript:alert(1)\"></head><body><article>"
           "<p>The deficit reached 4.2 percent of GDP in 2025, the ministry said. \x1b[31mRed\x1b[0m \u202eevil\u202c</p>"
           "<p>Spending rose by 3 percent over the year while revenue stayed flat, according to the budget office.</p>"
           "</article></body></html>").encode()
PAGE = b"<!DOCTYPE html><html><head><title>Bench</title></head><body><p>" + b"Lorem ipsum dolor sit amet. " * 40 + b"</p></body></html>"
SEEN = set()


def respond(path):
    if path == "/missing":
        return 404, b"not found"
    if path == "/article":
        return 200, ARTICLE
    if path == "/hostile":
        return 200, HOSTILE
    if path == "/vanishing":
        gone = path in SEEN
        SEEN.add(path)
        return (404, b"gone") if gone else (200, ARTICLE)
    if path == "/revised":
        revised = path in SEEN
        SEEN.add(path)
        return 200, REVISED if revised else ARTICLE
    return 200, PAGE


async def handle(reader, writer):
    try:
        while True:
            head = await reader.readuntil(b"\r\n\r\n")
            request_line = head.split(b"\r\n", 1)[0].decode("latin-1")
            parts = request_line.split(" ")
            path = parts[1] if len(parts) > 1 else "/"
            close = b"connection: close" in head.lower()
            await asyncio.sleep(DELAY)
            status, body = respond(path)
            reason = "OK" if status == 200 else "Not Found"
            writer.write(
                f"HTTP/1.1 {status} {reason}\r\nContent-Type: text/html; charset=utf-8\r\n"
                f"Content-Length: {len(body)}\r\n{'Connection: close' if close else 'Connection: keep-alive'}\r\n\r\n".encode()
                + body
            )
            await writer.drain()
            if close:
                break
    except (asyncio.IncompleteReadError, ConnectionError, asyncio.LimitOverrunError):
        pass
    finally:
        writer.close()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0, backlog=512)
    with open(PORT_FILE, "w") as f:
        f.write(str(server.sockets[0].getsockname()[1]))
    async with server:
        await server.serve_forever()


asyncio.run(main())
