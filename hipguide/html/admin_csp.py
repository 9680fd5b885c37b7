"""The editor's own Content-Security-Policy, for /admin/ only.

Decap CMS compiles code at run time ('unsafe-eval', also for its WebAssembly)
and styles its forms with inline styles ('unsafe-inline'), which the public
pages' strict policy (hipguide/html/csp.py) forbids. So /admin/ gets a policy of
its own, in its page and in _headers; the public pages keep theirs unchanged.
It still loads code from this site only; it talks to GitHub's API (the
production backend) and, on this machine only, to decap-server (`make edit`).
"""
from __future__ import annotations

ADMIN_PATH = "/admin/*"

_DIRECTIVES = [
    ("default-src", ["'self'"]),
    ("script-src", ["'self'", "'unsafe-eval'"]),
    ("style-src", ["'self'", "'unsafe-inline'"]),
    ("img-src", ["'self'", "data:", "blob:", "https://avatars.githubusercontent.com"]),
    ("font-src", ["'self'", "data:"]),
    ("connect-src", ["'self'", "https://api.github.com", "http://localhost:*", "http://127.0.0.1:*"]),
    ("worker-src", ["'self'", "blob:"]),
    ("frame-src", ["'self'", "blob:"]),
    ("object-src", ["'none'"]),
    ("base-uri", ["'self'"]),
    ("form-action", ["'self'"]),
]


def admin_policy(*, for_header: bool = False) -> str:
    """The policy text; with ``for_header`` also frame-ancestors (ignored in <meta>)."""
    directives = _DIRECTIVES + ([("frame-ancestors", ["'none'"])] if for_header else [])
    return "; ".join(f"{name} {' '.join(sources)}" for name, sources in directives)


def admin_headers_block() -> str:
    """The /admin/* rule appended to _headers: its policy, and never in search results."""
    return (f"{ADMIN_PATH}\n  Content-Security-Policy: {admin_policy(for_header=True)}\n"
            "  X-Robots-Tag: noindex, nofollow\n")
