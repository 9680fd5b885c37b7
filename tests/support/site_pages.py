"""Which pages the release gates visit: every page of the built site, and one of each kind."""
from __future__ import annotations

from pathlib import Path

from hipguide.site.admin_build import public_html_files

NOT_FOUND_PATH = "/no-such-page/"  # answered with 404.html, as a real host does

# One page of each kind (the first in file order where a kind has many). Every kind must exist:
# a kind missing from the build is a gate failure, not a silent skip.
PAGE_KINDS = {
    "home": "index.html",
    "conditions index": "conditions/index.html",
    "condition": "conditions/*/index.html",
    "exercises index": "exercises/index.html",
    "exercise": "exercises/*/index.html",
    "FAQ index": "questions/index.html",
    "FAQ page": "questions/*/index.html",
    "guides index": "guides/index.html",
    "guide": "guides/*/index.html",
    "symptom checker": "symptom-checker/index.html",
    "programme": "programme/index.html",
    "contact": "contact/index.html",
    "about": "about/index.html",
    "404": None,
}


def url_path(site: Path, html_file: Path) -> str:
    """The URL path a host serves ``html_file`` at (directory URLs: /a/b/ for a/b/index.html)."""
    rel = html_file.relative_to(site).as_posix()
    return "/" + (rel[: -len("index.html")] if rel.endswith("index.html") else rel)


def every_page(site: Path) -> list[str]:
    """URL paths of every HTML page in the site (404.html as a missing URL)."""
    paths = [url_path(site, f) for f in public_html_files(site) if f.name != "404.html"]
    return paths + [NOT_FOUND_PATH]


def page_kinds(site: Path) -> dict[str, str]:
    """Kind -> URL path of one page of that kind; AssertionError naming any kind the build lacks."""
    found, missing = {}, []
    for kind, pattern in PAGE_KINDS.items():
        if pattern is None:
            found[kind] = NOT_FOUND_PATH
            continue
        matches = sorted(site.glob(pattern))
        if matches:
            found[kind] = url_path(site, matches[0])
        else:
            missing.append(f"{kind} ({pattern})")
    assert not missing, f"the built site has no page of these kinds: {', '.join(missing)}"
    return found
