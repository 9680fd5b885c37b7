"""Make Material for MkDocs' HTML valid: three known faults the Nu HTML Checker reports.

Each fault sits outside any block overrides/ can replace (base.html's body, or
partials Material includes deep in its nav), so the build fixes the written HTML
instead. Every fix keeps what the browser does today; the HTML gate
(tests/gates/test_html_valid.py) fails if Material changes and a fault returns.
"""
from __future__ import annotations

import re

# <input type="checkbox" ... autocomplete="off">: autocomplete is not allowed on checkboxes.
# Material adds it to its drawer and search toggles so that Firefox does not restore
# their state on reload; without it, Firefox may reopen the drawer after a reload.
_CHECKBOX_AUTOCOMPLETE = re.compile(r'(<input\b[^>]*\btype="checkbox"[^>]*?)\s+autocomplete="off"')

# <label ... tabindex="">: an empty tabindex is not an integer; browsers ignore it, so removing it changes nothing.
_EMPTY_TABINDEX = re.compile(r'(<label\b[^>]*?)\s+tabindex=""')

# <label class="md-nav__title" for="__toc">: the table of contents' title points at the
# toggle that only pages listed in the nav have. Without that toggle the label does nothing,
# so it loses its for="..." and stays a plain label.
_TOC_TITLE_FOR = re.compile(r'(<label class="md-nav__title")\s+for="__toc"')
_TOC_TOGGLE = re.compile(r'<input\b[^>]*\bid="__toc"')


def fix_material_markup(html: str) -> str:
    """``html`` without Material's three validation errors; other markup is untouched."""
    html = _CHECKBOX_AUTOCOMPLETE.sub(r"\1", html)
    html = _EMPTY_TABINDEX.sub(r"\1", html)
    if not _TOC_TOGGLE.search(html):
        html = _TOC_TITLE_FOR.sub(r"\1", html)
    return html
