"""Data values as hand-written pages' macros insert them: already plain text, wherever they land.

mkdocs-macros pastes ``{{ clinic.name }}`` into a page's Markdown before
Markdown is read, so a name like ``Physio *!*{ onmouseover="..." }`` would
become emphasis with an event handler, and ``<?x ?>`` a processing instruction.
Here every text value becomes numeric character references for everything
but letters, digits, spaces and a few inert marks: Markdown sees no syntax in
``&#42;`` or ``&#123;``, raw HTML blocks and attributes show the character,
so one form is safe in Markdown, in HTML and in ``| e`` (which leaves it alone).
Link targets (``*_url``, ``*_href``) are checked again with a URL parser and
only HTML-escaped: they hold no character that can end a link or an attribute.
"""
from __future__ import annotations

import re
from collections.abc import Mapping

from markupsafe import Markup, escape

from hipguide.data.safe_urls import https_url_problem

# Inert in Markdown and HTML inside a line; everything else ASCII is referenced. At the start
# of a line "- ", "+ " and "12. " make a list, so a value's leading marker is referenced too.
_INERT = frozenset(" ,;?@%$/.-:")
_LIST_MARKER = re.compile(r"^(?:[-+]|\d+(?=\.))")
_TEL = re.compile(r"tel:\+?[0-9]{3,15}")
_MAILTO = re.compile(r"mailto:[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")


class UnsafeLink(ValueError):
    """A link target that is neither a safe https address nor a tel:/mailto: built from checked data."""


def plain_text(value: object) -> Markup:
    """``value`` as text that no Markdown or HTML reader can take for markup (newlines become spaces)."""
    text = " ".join(str(value).split())
    marker = _LIST_MARKER.match(text)
    at = -1 if not marker else marker.end() if marker.group() not in "-+" else 0  # "-" or the "." of "12."
    out = "".join(c if i != at and (c.isalnum() or c in _INERT or ord(c) > 127) else f"&#{ord(c)};"
                  for i, c in enumerate(text))
    return Markup(out)


def link_target(value: str, name: str = "link") -> Markup:
    """A checked link target, HTML-escaped (``&`` -> ``&amp;``, read back as ``&`` by Markdown and browsers)."""
    if not (_TEL.fullmatch(value) or _MAILTO.fullmatch(value)):
        problem = https_url_problem(value)
        if problem:
            raise UnsafeLink(f"{name} {problem}")
    return Markup(escape(value))


def macro_values(value: object, name: str = "") -> object:
    """A copy of ``value`` (dicts and lists of data) with every string made safe to insert."""
    if isinstance(value, Mapping):
        return {key: macro_values(item, str(key)) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [macro_values(item, name) for item in value]
    if isinstance(value, str):
        return link_target(value, name) if name.endswith(("_url", "_href")) else plain_text(value)
    return value
