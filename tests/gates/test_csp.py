"""Content-Security-Policy gate: a strict policy in every page and in _headers, and no violation in Chromium.

The tour (tests/gates/conftest.py) loads every page from a server that also sends
_headers, searches, shows a symptom-checker result and navigates instantly;
Chromium must report no violation of either policy.
"""
from __future__ import annotations

import re
from pathlib import Path
from urllib.request import urlopen

from bs4 import BeautifulSoup

from hipguide import csp

UNSAFE = ("'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "*", "http:", "https:")


def _directives(policy: str) -> dict[str, list[str]]:
    parts = (d.split() for d in policy.split(";") if d.strip())
    return {p[0]: p[1:] for p in parts}


def _meta_policies(html: str) -> list[str]:
    soup = BeautifulSoup(html, "html.parser")
    return [m["content"] for m in soup.find_all("meta", attrs={"http-equiv": re.compile("^content-security-policy$", re.I)})]


def _headers(built_site: Path) -> dict[str, str]:
    lines = (built_site / "_headers").read_text().splitlines()
    assert "/*" in lines, "_headers must give its headers to every path (/*)"
    return dict(line.strip().split(": ", 1) for line in lines if line.startswith("  "))


def test_every_page_has_the_same_strict_policy_before_any_script(built_site: Path):
    policies = set()
    for page in sorted(built_site.rglob("*.html")):
        html = page.read_text()
        found = _meta_policies(html)
        assert len(found) == 1, f"{page.relative_to(built_site)}: {len(found)} CSP <meta> tags, expected 1"
        assert html.find('http-equiv="Content-Security-Policy"') < html.find("<script"), \
            f"{page.relative_to(built_site)}: the CSP <meta> must come before the first script"
        policies.add(found[0])
    assert len(policies) == 1, "one site-wide policy (instant navigation keeps the first page's)"
    directives = _directives(policies.pop())
    for name in ("default-src", "script-src", "style-src", "object-src", "base-uri"):
        assert name in directives, f"the policy lacks {name}"
    for name, sources in directives.items():
        assert not set(UNSAFE) & set(sources), f"{name} allows {set(UNSAFE) & set(sources)}"
    assert "frame-ancestors" not in directives, "frame-ancestors is ignored in <meta>: it belongs in _headers"


def test_policy_allows_exactly_the_inline_scripts_the_pages_run(built_site: Path):
    needed = set()
    for page in built_site.rglob("*.html"):
        needed |= csp.inline_hashes(page.read_text())[0]
    policy = _meta_policies((built_site / "index.html").read_text())[0]
    allowed = {s for s in _directives(policy)["script-src"] if s.startswith("'sha256-")}
    assert allowed == needed
    assert needed, "Material writes inline scripts; finding none means the hashing is broken"


def test_headers_file_has_the_policy_and_the_security_headers(built_site: Path):
    headers = _headers(built_site)
    meta = _meta_policies((built_site / "index.html").read_text())[0]
    assert headers["Content-Security-Policy"] == meta + "; frame-ancestors 'none'"
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] in ("no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin")
    assert "camera=()" in headers["Permissions-Policy"] and "geolocation=()" in headers["Permissions-Policy"]


def test_the_local_host_sends_the_headers_file(host_url: str, built_site: Path):
    with urlopen(host_url + "/") as response:
        assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]
        assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_no_inline_event_handlers_or_javascript_urls(built_site: Path):
    problems = []
    for page in sorted(built_site.rglob("*.html")):
        soup = BeautifulSoup(page.read_text(), "html.parser")
        for element in soup.find_all(True):
            for name, value in element.attrs.items():
                if name.lower().startswith("on"):
                    problems.append(f"{page.relative_to(built_site)}: <{element.name} {name}=...>")
                elif name in ("href", "src", "action", "formaction") and str(value).strip().lower().startswith("javascript:"):
                    problems.append(f"{page.relative_to(built_site)}: <{element.name} {name}={value}>")
    assert not problems, "a strict CSP refuses these:\n" + "\n".join(problems)


def test_chromium_reports_no_violation(tour):
    violations = tour.csp_messages()
    assert not violations, "CSP violations:\n" + "\n".join(f"  {pg}: {text}" for pg, text in violations)


def test_hashes_cover_runnable_inline_scripts_and_styles_only():
    html = ('<head><meta charset="utf-8"></head><body>'
            '<script>run()</script><script type="module">go()</script>'
            '<script type="application/ld+json">{"@type": "Thing"}</script>'
            '<script id="__config" type="application/json">{}</script>'
            '<script src="bundle.js"></script><style>p{color:red}</style></body>')
    scripts, styles = csp.inline_hashes(html)
    # Known values: printf 'run()' | openssl dgst -sha256 -binary | base64, and the same for 'go()'
    assert scripts == {"'sha256-AvyuiL0SD1mVY3NNxR+V2uo+lhk6RMFrytWmRt6CrJQ='",
                       "'sha256-5KYv+PUboo5h+0+YAtGRPbwv5d/QxzHslP4YGnUaxRw='"}
    assert len(styles) == 1


def test_meta_goes_after_the_charset_and_replaces_an_old_one():
    html = '<html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="old"></head></html>'
    result = csp.with_policy_meta(html, "default-src 'self'")
    assert result.count("Content-Security-Policy") == 1
    assert result.index('charset="utf-8"') < result.index("default-src 'self'")
