"""Content-Security-Policy for the built site: hashes of inline code, the policy, the _headers file.

Plain Python over HTML text, callable without MkDocs (hipguide/plugin.py applies it
to every page of a build, through write_site_policy). The policy allows no
'unsafe-inline' and no 'unsafe-eval': every inline script or style the theme
writes is allowed by its sha256 hash, so an inline script added by anyone else
is refused by the browser unless it goes through a build.
"""
from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Iterable
from pathlib import Path

# <script> types a browser runs; others (application/json, application/ld+json) are data blocks,
# which CSP does not govern. Hashing them would make the site-wide policy grow with every page.
_RUNNABLE_SCRIPT_TYPES = {"", "module", "importmap", "speculationrules", "text/javascript",
                          "application/javascript", "application/ecmascript", "text/ecmascript"}
_SCRIPT = re.compile(r"<script\b([^>]*)>(.*?)</script\s*>", re.S | re.I)
_STYLE = re.compile(r"<style\b([^>]*)>(.*?)</style\s*>", re.S | re.I)
_SRC_ATTR = re.compile(r"""\ssrc\s*=""", re.I)
_TYPE_ATTR = re.compile(r"""\stype\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.I)
_CHARSET_META = re.compile(r"<meta\s+charset\s*=[^>]*>", re.I)
_HEAD = re.compile(r"<head\b[^>]*>", re.I)
_OLD_CSP_META = re.compile(r"""<meta\s+http-equiv\s*=\s*["']?Content-Security-Policy["']?[^>]*>""", re.I)

# Directives a <meta> policy can carry. frame-ancestors, report-uri and sandbox are
# ignored in <meta> (the browser says so in the console), so they live in _headers only.
_BASE_DIRECTIVES = [
    ("default-src", ["'self'"]),
    ("img-src", ["'self'", "data:"]),  # Material's icons are data: SVGs in its CSS
    ("font-src", ["'self'"]),
    ("connect-src", ["'self'"]),  # search index, instant navigation
    ("worker-src", ["'self'"]),  # the search worker
    ("object-src", ["'none'"]),
    ("base-uri", ["'self'"]),
    ("form-action", ["'self'"]),
]
HEADER_ONLY_DIRECTIVES = [("frame-ancestors", ["'none'"])]

SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",  # frame-ancestors for browsers that predate it
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": "accelerometer=(), camera=(), geolocation=(), gyroscope=(), "
                          "magnetometer=(), microphone=(), payment=(), usb=()",
    "Cross-Origin-Opener-Policy": "same-origin",
}


def _sha256_source(text: str) -> str:
    # The browser hashes the element's text after the HTML parser normalised line endings.
    normalised = text.replace("\r\n", "\n").replace("\r", "\n")
    digest = hashlib.sha256(normalised.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def _script_type(attrs: str) -> str:
    match = _TYPE_ATTR.search(attrs)
    if not match:
        return ""
    value = next(g for g in match.groups() if g is not None)
    return value.strip().lower().split(";")[0]


def inline_hashes(html: str) -> tuple[set[str], set[str]]:
    """The CSP hash sources of a page's inline scripts (those a browser runs) and inline styles."""
    scripts = {_sha256_source(body) for attrs, body in _SCRIPT.findall(html)
               if not _SRC_ATTR.search(attrs) and _script_type(attrs) in _RUNNABLE_SCRIPT_TYPES}
    styles = {_sha256_source(body) for _attrs, body in _STYLE.findall(html)}
    return scripts, styles


def policy(script_hashes: Iterable[str], style_hashes: Iterable[str], *, for_header: bool = False) -> str:
    """The policy text: 'self' plus the given hashes; with ``for_header`` also frame-ancestors."""
    directives = list(_BASE_DIRECTIVES)
    directives.insert(1, ("script-src", ["'self'", *sorted(script_hashes)]))
    directives.insert(2, ("style-src", ["'self'", *sorted(style_hashes)]))
    if for_header:
        directives += HEADER_ONLY_DIRECTIVES
    return "; ".join(f"{name} {' '.join(sources)}" for name, sources in directives)


def with_policy_meta(html: str, meta_policy: str) -> str:
    """``html`` with a CSP <meta> right after <meta charset>, before any script (replacing an old one)."""
    tag = f'<meta http-equiv="Content-Security-Policy" content="{meta_policy}">'
    html = _OLD_CSP_META.sub("", html)
    anchor = _CHARSET_META.search(html) or _HEAD.search(html)
    if anchor is None:
        raise ValueError("no <head> to put the Content-Security-Policy in")
    return html[:anchor.end()] + tag + html[anchor.end():]


def headers_file(header_policy: str, public_paths: Iterable[str] | None = None) -> str:
    """A _headers file (Netlify / Cloudflare Pages format) giving every path the security headers.

    With ``public_paths`` (e.g. ``/``, ``/conditions/*``), the policy goes to those paths only
    and the other headers to every path: hosts join every matching rule's policies, and the
    browser enforces them all, so the editor at /admin/ (hipguide/html/admin_csp.py) must not match it.
    """
    lines = [
        "# Security headers for hosts that read _headers (Netlify, Cloudflare Pages).",
        # Part of the published file, so kept word for word when the hook became hipguide/plugin.py.
        "# Written by every build (hipguide/plugin.py); edit hipguide/html/csp.py, not this file.",
        "/*",
    ]
    policy_line = f"  Content-Security-Policy: {header_policy}"
    if public_paths is None:
        lines.append(policy_line)
    lines += [f"  {name}: {value}" for name, value in SECURITY_HEADERS.items()]
    for path in public_paths or []:
        lines += [path, policy_line]
    return "\n".join(lines) + "\n"


# Top-level folders with a policy of their own: the browser editor (hipguide/html/admin_csp.py).
OWN_POLICY_FOLDERS = ("admin",)


def public_paths(site_entries: Iterable[str]) -> list[str]:
    """``/`` and one pattern per top-level file or folder of the site, leaving out those with their own policy."""
    paths = ["/"]
    for name in sorted(set(site_entries) - set(OWN_POLICY_FOLDERS)):
        paths += [f"/{name}", f"/{name}/*"] if "." not in name else [f"/{name}"]
    return paths


def write_site_policy(site: Path, *, in_pages: bool = True) -> None:
    """One policy for the whole built ``site``: into _headers, and (``in_pages``) into every page's <meta>.

    One site-wide policy, because Material's instant navigation swaps pages without
    reloading: the first page's policy must allow the inline code of any page.
    """
    pages = sorted(site.rglob("*.html"))
    texts = {path: path.read_text(encoding="utf-8") for path in pages}
    script_hashes, style_hashes = set(), set()
    for text in texts.values():
        scripts, styles = inline_hashes(text)
        script_hashes |= scripts
        style_hashes |= styles
    entries = [p.name for p in site.iterdir() if p.name not in ("_headers", "_redirects")]
    (site / "_headers").write_text(headers_file(policy(script_hashes, style_hashes, for_header=True), public_paths(entries)))
    if not in_pages:
        return
    meta_policy = policy(script_hashes, style_hashes)
    for path, text in texts.items():
        path.write_text(with_policy_meta(text, meta_policy), encoding="utf-8")
