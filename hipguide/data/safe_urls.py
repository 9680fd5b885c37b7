"""Web addresses from data files, checked with a real URL parser before they become links.

A booking or directions link lands inside Markdown (``[Book online](URL)``) and
inside HTML attributes (``href="URL"``). A regular expression that only looks at
the start lets ``https://x/a)![i](https://evil.example/i.png){onclick=...}``
through: the ``)`` ends the Markdown link and the rest becomes an image with a
handler. So an address must parse as https with a plain host name, and may hold
only the characters a URL needs; none that end a Markdown link or an attribute.
"""
from __future__ import annotations

import re
from urllib.parse import urlsplit

# Letters, digits and the URL punctuation that means nothing to Markdown or HTML
# attributes. Not allowed: space ( ) [ ] { } < > " ' ` \ ^ | and control characters.
_URL_CHARS = re.compile(r"[A-Za-z0-9\-._~:/?#@!$&*+,;=%]+")
_HOST = re.compile(r"(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}")
_BAD_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")
MAX_LENGTH = 300

# The same rule for editors (JSON Schema); https_url_problem() is the rule the build applies.
HTTPS_URL_PATTERN = r"https://[A-Za-z0-9.-]+\.[A-Za-z]{2,}(?::\d+)?(?:[/?#][A-Za-z0-9\-._~:/?#@!$&*+,;=%]*)?"


def https_url_problem(value: str) -> str | None:
    """Why ``value`` is not a safe https address, in words for staff; None when it is."""
    example = "like https://clinic.example/book"
    if not value.startswith("https://"):
        return f"must be a full web address starting with https://, {example}"
    if len(value) > MAX_LENGTH:
        return f"must be at most {MAX_LENGTH} characters"
    bad = sorted(set(_URL_CHARS.sub("", value)))
    if bad:
        shown = " ".join(repr(c) if c.isprintable() and c != " " else f"U+{ord(c):04X}" for c in bad)
        return (f"has characters a web address cannot hold as they are: {shown}. Copy the address again "
                "from the browser's address bar (it writes them as %28, %29 and so on)")
    if _BAD_PERCENT.search(value):
        return "has a '%' that is not followed by two hexadecimal digits (like %20)"
    try:
        parts = urlsplit(value)
        port = parts.port  # raises ValueError when the port is not a number
    except ValueError:
        return f"is not a web address that can be read, {example}"
    if parts.scheme != "https" or parts.username is not None or parts.password is not None or "@" in parts.netloc:
        return f"must be https://, then the site's name: no user name or '@' before it, {example}"
    if not parts.hostname or not _HOST.fullmatch(parts.hostname) or parts.hostname != parts.netloc.split(":")[0].lower():
        return f"must name a website after https://, {example}"
    if port is not None and not 0 < port < 65536:
        return "has a port number that cannot be right"
    return None


def is_safe_https_url(value: str) -> bool:
    return https_url_problem(value) is None
