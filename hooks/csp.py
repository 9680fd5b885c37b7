"""MkDocs hook: a strict Content-Security-Policy in every page, and site/_headers.

After the whole site is written, the hashes of every inline script and style in
every HTML file make one site-wide policy (Material's instant navigation swaps
pages without reloading, so the first page's policy must allow the inline code
of any page). Each page gets it as a <meta http-equiv> tag; _headers gives hosts
that read it (Netlify, Cloudflare Pages) the same policy plus frame-ancestors
'none' (ignored in <meta>) and the other security headers. The logic is in
hipguide/html/csp.py.

`mkdocs serve` gets no <meta> policy: its live-reload script is inline and
different on every request, so no hash can allow it.
"""
from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.plugins import event_priority

from hipguide.html import csp

log = logging.getLogger("mkdocs.hooks.csp")
_state = {"serving": False}


def on_startup(command, dirty):
    _state["serving"] = command == "serve"


@event_priority(-100)  # after every other hook has written its files
def on_post_build(config):
    site = Path(config.site_dir)
    pages = sorted(site.rglob("*.html"))
    texts = {path: path.read_text(encoding="utf-8") for path in pages}
    script_hashes, style_hashes = set(), set()
    for text in texts.values():
        scripts, styles = csp.inline_hashes(text)
        script_hashes |= scripts
        style_hashes |= styles
    entries = [p.name for p in site.iterdir() if p.name not in ("_headers", "_redirects")]
    (site / "_headers").write_text(csp.headers_file(csp.policy(script_hashes, style_hashes, for_header=True),
                                                    csp.public_paths(entries)))
    if _state["serving"]:
        log.info("Content-Security-Policy <meta> left out while serving (live reload is an inline script)")
        return
    meta_policy = csp.policy(script_hashes, style_hashes)
    for path, text in texts.items():
        path.write_text(csp.with_policy_meta(text, meta_policy), encoding="utf-8")
