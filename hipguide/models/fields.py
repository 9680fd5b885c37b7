"""Field types shared by the models, each with a rule staff can read."""
from __future__ import annotations

import datetime as dt
import re
from typing import Annotated

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints


class DataModel(BaseModel):
    """Base of every model: unknown keys refused, values frozen."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


SLUG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
Slug = Annotated[str, StringConstraints(pattern=SLUG_PATTERN, min_length=2, max_length=60)]

# Text from YAML is shown as plain text. Markup is refused at the source, on top
# of escaping where it lands, so a stray tag is an error, not a silent oddity.
_MARKUP = [
    (re.compile(r"<\s*/?\s*[a-zA-Z!]"), "HTML tags such as <b> or <script> are not allowed; write plain text"),
    (re.compile(r"javascript\s*:", re.I), "'javascript:' is not allowed in text"),
    (re.compile(r"\{\{|\{%|\{#"), "'{{', '{%' and '{#' are not allowed in text"),
    (re.compile(r"\{\s*:"), "'{:' is not allowed in text"),
]


def _plain_text(value: str) -> str:
    for pattern, message in _MARKUP:
        if pattern.search(value):
            raise ValueError(message)
    return value


def text(max_length: int = 1200, min_length: int = 1):
    """A plain-text field type with length limits."""
    return Annotated[str, StringConstraints(strip_whitespace=True, min_length=min_length, max_length=max_length),
                     AfterValidator(_plain_text)]


Text = text()
ShortText = text(160)
Name = text(80)
Summary = text(160, 120)  # doubles as the meta description


def _iso_date(value):
    # Only YYYY-MM-DD text: pydantic alone would take 2026 as a timestamp.
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
        raise ValueError("must be a date written YYYY-MM-DD, like 2026-11-27")
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise ValueError(f"'{value}' is not a real date (check the month and day)") from None


IsoDate = Annotated[dt.date, BeforeValidator(_iso_date)]


def _https_url(value: str) -> str:
    if not re.fullmatch(r"https://[A-Za-z0-9.-]+\.[A-Za-z]{2,}(?::\d+)?(?:/[^\s<>\"']*)?", value):
        raise ValueError("must be a full web address starting with https://, like https://clinic.example/book")
    return value


HttpsUrl = Annotated[str, StringConstraints(strip_whitespace=True, max_length=300), AfterValidator(_https_url)]


class Reviewed(DataModel):
    """Clinical review fields shared by conditions, exercises and FAQs."""

    reviewed_by: Name = Field(description="Role of the clinician who last reviewed this page, e.g. 'Senior running physiotherapist'.")
    last_reviewed: IsoDate = Field(description="Date of the last clinical review, YYYY-MM-DD.")
    next_review: IsoDate = Field(description="Date the next review is due, YYYY-MM-DD; after last_reviewed.")
    sources: list[Text] = Field(min_length=1, description="Where the facts and figures come from (the clinic's article, guidelines).")
