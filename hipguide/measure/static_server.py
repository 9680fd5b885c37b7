"""Serve a built site the way a static host does: gzip, 404.html, _headers.

Used by the release gates and the page benchmark, so both see what a visitor of
a real host gets: text compressed with gzip, directory URLs answered with their
index.html (and a redirect to add the missing slash), missing paths answered
with the site's 404.html and status 404, and the headers listed in the site's
_headers file (Netlify / Cloudflare Pages format: a path pattern, then
indented `Name: value` lines).

    python -m hipguide.measure.static_server site/ [--port 8000]
"""
from __future__ import annotations

import argparse
import fnmatch
import gzip
import http.server
import mimetypes
import sys
import threading
from functools import cached_property, lru_cache
from pathlib import Path
from urllib.parse import unquote, urlsplit

COMPRESSIBLE = ("text/", "application/javascript", "application/json", "application/xml", "image/svg+xml",
                "application/manifest+json")
TYPES = {".js": "text/javascript", ".mjs": "text/javascript", ".json": "application/json",
         ".webmanifest": "application/manifest+json", ".svg": "image/svg+xml", ".xml": "application/xml"}
NOT_SERVED = {"_headers", "_redirects"}  # host configuration, not content


def read_headers_file(site: Path) -> list[tuple[str, list[tuple[str, str]]]]:
    """The rules of ``site/_headers``: (path pattern, [(name, value), ...]) in file order."""
    path = site / "_headers"
    rules: list[tuple[str, list[tuple[str, str]]]] = []
    if not path.is_file():
        return rules
    for line in path.read_text().splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if not line[0].isspace():
            rules.append((line.strip(), []))
        elif rules and ":" in line:
            name, value = line.strip().split(":", 1)
            rules[-1][1].append((name.strip(), value.strip()))
    return rules


class StaticHost:
    """What to answer for a path of one site folder."""

    def __init__(self, site: Path, extra_headers: dict[str, str] | None = None):
        self.site = Path(site).resolve()
        self.extra_headers = extra_headers or {}

    @cached_property
    def rules(self) -> list[tuple[str, list[tuple[str, str]]]]:
        # Read at the first request, not at start: a test may start the server (to learn its
        # address) before building the site into the folder.
        return read_headers_file(self.site)

    def headers_for(self, url_path: str) -> list[tuple[str, str]]:
        found = [h for pattern, headers in self.rules if fnmatch.fnmatchcase(url_path, pattern) for h in headers]
        return found + list(self.extra_headers.items())

    def resolve(self, url_path: str) -> tuple[int, Path | None, str | None]:
        """(status, file, redirect location) for a URL path."""
        rel = unquote(url_path).lstrip("/")
        target = (self.site / rel).resolve()
        if not target.is_relative_to(self.site) or target.name in NOT_SERVED:
            return 404, self._not_found(), None
        if target.is_dir():
            if not url_path.endswith("/"):
                return 301, None, url_path + "/"
            target = target / "index.html"
        if target.is_file():
            return 200, target, None
        return 404, self._not_found(), None

    def _not_found(self) -> Path | None:
        page = self.site / "404.html"
        return page if page.is_file() else None


@lru_cache(maxsize=4096)
def _gzipped(path: Path, mtime: float) -> bytes:
    """The file gzipped; ``mtime`` is unused but part of the cache key, so an edited file is compressed again."""
    return gzip.compress(path.read_bytes(), compresslevel=9, mtime=0)


def content_type(path: Path) -> str:
    kind = TYPES.get(path.suffix) or mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return f"{kind}; charset=utf-8" if kind.startswith("text/") or kind in ("application/json",) else kind


class StaticHandler(http.server.BaseHTTPRequestHandler):
    """GET and HEAD over a StaticHost (set as the class attribute ``host``)."""

    host: StaticHost
    protocol_version = "HTTP/1.1"

    def do_HEAD(self):
        self._answer(send_body=False)

    def do_GET(self):
        self._answer(send_body=True)

    def _answer(self, send_body: bool):
        url_path = urlsplit(self.path).path or "/"
        status, path, location = self.host.resolve(url_path)
        body, kind, encoded = b"", "text/plain; charset=utf-8", False
        if path is not None:
            kind = content_type(path)
            if "gzip" in self.headers.get("Accept-Encoding", "") and kind.startswith(COMPRESSIBLE):
                body, encoded = _gzipped(path, path.stat().st_mtime), True
            else:
                body = path.read_bytes()
        elif status == 404:
            body = b"Not found"
        self.send_response(status)
        if location:
            self.send_header("Location", location)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "max-age=600")  # what GitHub Pages sends
        if encoded:
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Vary", "Accept-Encoding")
        for name, value in self.host.headers_for(url_path):
            self.send_header(name, value)
        self.end_headers()
        if send_body:
            self.wfile.write(body)

    def log_message(self, *args):
        pass


class QuietServer(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        # A client closing a kept-alive connection is normal (browsers and LinkChecker do it at exit).
        if not isinstance(sys.exc_info()[1], (ConnectionResetError, BrokenPipeError)):
            super().handle_error(request, client_address)


def start_server(site: Path, port: int = 0, extra_headers: dict[str, str] | None = None):
    """Serve ``site`` on 127.0.0.1:``port`` (0: any free port) in a thread; return (server, base URL)."""
    handler = type("Handler", (StaticHandler,), {"host": StaticHost(site, extra_headers)})
    server = QuietServer(("127.0.0.1", port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path)
    parser.add_argument("--port", type=int, default=8000)
    args = parser.parse_args()
    server, url = start_server(args.site, args.port)
    print(f"Serving {args.site} at {url}/ (Ctrl-C to stop)")
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        server.shutdown()


if __name__ == "__main__":
    main()
