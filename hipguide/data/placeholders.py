"""The clinic's unconfirmed details, listed in one place: what still blocks a real release.

Made-up values keep the site buildable while the clinic confirms its details,
but they must never go live: a Book button to booking.example, an address
"to be confirmed", a canonical address on hip-guide.example. Each is found
here from the data itself (and mkdocs.yml), not from a list someone must keep
up to date:

- every field named in ``placeholders`` in data/clinic.yml (whatever fields the
  clinic model allows there, e.g. booking_url, address, opening_hours,
  directions_url, a phone area code);
- any web address of the clinic on a reserved test domain (.example, .test,
  .invalid, .localhost), listed or not;
- ``site_url`` and ``repo_url`` in mkdocs.yml on such a domain;
- pages whose clinical reviewer is not a named person with a registration.

`make build` and `make check` warn once, in one line; `make release-check`
lists each one and fails (hipguide/cli/release_check.py).
"""
from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

from pydantic import BaseModel

from hipguide.data.collections import CLINIC, all_collections
from hipguide.data.errors import DataError
from hipguide.data.site_data import SiteData

_TEST_DOMAIN = re.compile(r"(?:^|\.)(?:example|test|invalid|localhost)$", re.I)
# An AHPRA registration number, e.g. PHY0001234567: three letters and ten digits.
AHPRA_REGISTRATION = re.compile(r"\b[A-Z]{3}\d{10}\b")


def _line_of(path: Path, key: str) -> int:
    """The line where a top-level ``key:`` starts in a YAML file, or 0."""
    if not path.is_file():
        return 0
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if re.match(rf"^{re.escape(key)}\s*:", line):
            return number
    return 0


def on_test_domain(url: str) -> bool:
    """True for an address on a domain that can never be real (RFC 2606)."""
    host = urlsplit(url).hostname or ""
    return bool(_TEST_DOMAIN.search(host))


def _describe(model: type[BaseModel], name: str) -> str:
    field = model.model_fields.get(name)
    return (field.description or name).rstrip(".") if field else name


def has_named_reviewer(reviewed_by) -> bool:
    """A person, identifiable by registration: an object with a registration, or text holding an AHPRA number."""
    if reviewed_by is None:
        return False
    if isinstance(reviewed_by, str):
        return bool(AHPRA_REGISTRATION.search(reviewed_by))
    return bool(getattr(reviewed_by, "registration", None))


def _mkdocs_value(root: Path, key: str) -> str:
    path = root / "mkdocs.yml"
    if not path.is_file():
        return ""
    m = re.search(rf"^{key}:\s*(\S+)\s*$", path.read_text(encoding="utf-8"), re.M)
    return m.group(1) if m else ""


def unconfirmed_details(data: SiteData, root: Path) -> list[DataError]:
    """Every detail that must be confirmed before the site goes live, in file order."""
    root = Path(root)
    clinic_file = root / CLINIC.path
    clinic_rel = CLINIC.path
    clinic = data.clinic
    found: list[DataError] = []
    named = set(clinic.placeholders)
    for name in clinic.placeholders:
        found.append(DataError(clinic_rel, _line_of(clinic_file, name), name,
                                 f"still made up ({_describe(type(clinic), name)}). Put in the real value, "
                                 f"then remove '{name}' from the placeholders list."))
    for name, value in clinic:
        if isinstance(value, str) and value.startswith("https://") and on_test_domain(value) and name not in named:
            found.append(DataError(clinic_rel, _line_of(clinic_file, name), name,
                                     f"{value} is on a test domain that can never be real. Put in the real address."))
    for key in ("site_url", "repo_url"):
        value = _mkdocs_value(root, key)
        if not value or on_test_domain(value):
            found.append(DataError("mkdocs.yml", _line_of(root / "mkdocs.yml", key), key,
                                     f"{value or 'missing'}: not the real address yet. Put in the address the site "
                                     f"{'is published at' if key == 'site_url' else 'source lives at'}."))
    unreviewed = [data.source_files.get((c.kind, item_id), c.source_file(item_id))
                  for c in all_collections() if "reviewed_by" in c.model.model_fields
                  for item_id, item in data.collections[c.kind].items() if not has_named_reviewer(item.reviewed_by)]
    if unreviewed:
        shown = ", ".join(unreviewed[:3]) + (f" and {len(unreviewed) - 3} more" if len(unreviewed) > 3 else "")
        found.append(DataError("data/", 0, "reviewed_by",
                                 f"{len(unreviewed)} pages have no named clinical reviewer with a registration "
                                 f"({shown}). Name the physiotherapist who reviewed each one."))
    return found


def placeholder_warnings(data: SiteData, root: Path) -> list[str]:
    """At most one line for builds and `make check`: how many details are unconfirmed, and where to see them."""
    details = unconfirmed_details(data, root)
    if not details:
        return []
    names = ", ".join(dict.fromkeys(d.field for d in details))
    return [f"Not ready to publish: {len(details)} clinic details are still made up or unconfirmed ({names}). "
            "`make release-check` lists each one."]
