"""Links from the hand-written pages in docs/ to pages made from data, checked with the data.

MkDocs refuses a link to a missing page only while it builds, with its own
words and no line number. Retiring an exercise used to pass `make check` and
then fail `make build` on a link in docs/guides/. This runs in both (from
hipguide.data.load), so a dead link is a `docs/<page>.md:<line>` problem like any other.
"""
from __future__ import annotations

import posixpath
import re
from pathlib import Path

from hipguide.data.collections import all_collections
from hipguide.data.errors import DataError
from hipguide.data.site_data import SiteData

# [text](target) and [text](target "title"); the target without a scheme is a page of this site.
_LINK = re.compile(r"\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
_OTHER_SITE = re.compile(r"^(?:[a-z][a-z0-9+.-]*:|//|#|\{\{)", re.I)


def data_page_uris(data: SiteData) -> set[str]:
    """The docs-relative paths of every page made from data (as hipguide.site.pages names them)."""
    uris = {c.page_uri() for c in all_collections() if c.has_index_page}
    uris |= {c.page_uri(i) for c in all_collections() for i in data.collections[c.kind]}
    return uris


def _kind_of(uri: str) -> str:
    folder = uri.split("/")[0]
    return next((c.a_noun for c in all_collections() if c.page_folder == folder), "a page")


def hand_written_link_errors(root: Path, data: SiteData) -> list[DataError]:
    """Every link in docs/**/*.md to a page that neither docs/ nor data/ makes; every docs/ page that clashes with one."""
    docs = root / "docs"
    if not docs.is_dir():
        return []
    generated = data_page_uris(data)
    written = {p.relative_to(docs).as_posix() for p in docs.rglob("*") if p.is_file()}
    errors = []
    for uri in sorted(written & generated):
        errors.append(DataError(f"docs/{uri}", 0, "", "this file clashes with a page made from data/. Delete or rename it."))
    for page in sorted(p for p in written if p.endswith(".md")):
        text = (docs / page).read_text(encoding="utf-8", errors="replace")
        for number, line in enumerate(text.splitlines(), start=1):
            for m in _LINK.finditer(line):
                target = m.group(1)
                if _OTHER_SITE.match(target):
                    continue
                path = target.split("#", 1)[0].split("?", 1)[0]
                if not path:
                    continue
                resolved = posixpath.normpath(posixpath.join(posixpath.dirname(page), path))
                if resolved.endswith("/") or not posixpath.splitext(resolved)[1]:
                    resolved = posixpath.join(resolved, "index.md")
                if resolved in written or resolved in generated:
                    continue
                slug = posixpath.splitext(posixpath.basename(resolved))[0]
                errors.append(DataError(
                    f"docs/{page}", number, "",
                    f"the link to '{target}' goes to {_kind_of(resolved)} that does not exist "
                    f"(no data file for '{slug}'). Remove the link or point it at another page."))
    return errors
