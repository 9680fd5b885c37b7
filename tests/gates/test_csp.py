"""Content-Security-Policy gate: a strict policy in every page and in _headers, and no violation in Chromium.

The tour (tests/support/site_tour.py) loads every page from a server that also sends
_headers, searches, shows a symptom-checker result and navigates instantly;
Chromium must report no violation of either policy.
"""
from __future__ import annotations

import fnmatch
import re
from pathlib import Path
from urllib.request import urlopen

from bs4 import BeautifulSoup

from hipguide.html import admin_csp as csp_admin
from hipguide.html import csp
from hipguide.site.admin_build import public_html_files

UNSAFE = ("'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "*", "http:", "https:")


def _directives(policy: str) -> dict[str, list[str]]:
    parts = (d.split() for d in policy.split(";") if d.strip())
    return {p[0]: p[1:] for p in parts}


def _meta_policies(html: str) -> list[str]:
    soup = BeautifulSoup(html, "html.parser")
    return [m["content"] for m in soup.find_all("meta", attrs={"http-equiv": re.compile("^content-security-policy$", re.I)})]


def _rules(built_site: Path) -> list[tuple[str, dict[str, str]]]:
    rules: list[tuple[str, dict[str, str]]] = []
    for line in (built_site / "_headers").read_text().splitlines():
        if line.startswith("/"):
            rules.append((line.strip(), {}))
        elif line.startswith("  "):
            name, value = line.strip().split(": ", 1)
            rules[-1][1][name] = value
    return rules


def _headers(built_site: Path, path: str = "/") -> dict[str, str]:
    """The headers a host sends for ``path``: every matching rule, in order (a second policy would be joined)."""
    rules = _rules(built_site)
    assert "/*" in [p for p, _ in rules], "_headers must give its headers to every path (/*)"
    found: dict[str, str] = {}
    for pattern, headers in rules:
        if fnmatch.fnmatchcase(path, pattern):
            for name, value in headers.items():
                found[name] = f"{found[name]}, {value}" if name in found else value
    return found


def test_every_page_has_the_same_strict_policy_before_any_script(built_site: Path):
    policies = set()
    for page in public_html_files(built_site):
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
    for page in public_html_files(built_site):
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


def test_the_local_host_sends_the_headers_file(site_url: str, built_site: Path):
    with urlopen(site_url + "/") as response:
        assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]
        assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_no_inline_event_handlers_or_javascript_urls(built_site: Path):
    problems = []
    for page in public_html_files(built_site):
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


def test_the_editor_at_admin_has_its_own_policy_and_the_public_one_never_reaches_it(built_site: Path):
    """Decap needs 'unsafe-eval' and inline styles: /admin/ only; every public path keeps the strict policy."""
    admin = _headers(built_site, "/admin/")
    assert "'unsafe-eval'" in admin["Content-Security-Policy"] and "," not in admin["Content-Security-Policy"]
    assert admin["X-Robots-Tag"].startswith("noindex")
    for path in ("/", "/exercises/clamshell/", "/questions/", "/assets/app/app.css", "/404.html"):
        policy = _headers(built_site, path)["Content-Security-Policy"]
        assert not set(UNSAFE) & set(policy.replace(";", " ").split()), path
    page = (built_site / "admin" / "index.html").read_text()
    assert _meta_policies(page) == [csp_admin.admin_policy()]
    assert '<meta name="robots" content="noindex, nofollow">' in page


def test_the_editor_is_not_in_the_sitemap(built_site: Path):
    assert "/admin/" not in (built_site / "sitemap.xml").read_text()
