"""Field types shared by the models, each with a rule staff can read."""
from __future__ import annotations

import datetime as dt
import re
from typing import Annotated

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints

from hipguide.data.safe_urls import HTTPS_URL_PATTERN, https_url_problem


class EditorHints:
    """Extra JSON Schema keys for editors (pattern, error text); the validators stay the rule.

    Used inside ``Annotated[...]`` so the hint travels with the type into every
    schema that uses it, e.g. ``Annotated[str, AfterValidator(f), EditorHints(pattern=...)]``.
    """

    def __init__(self, **keys):
        self.keys = keys

    def __get_pydantic_json_schema__(self, core_schema, handler):
        schema = handler(core_schema)
        schema.update(self.keys)
        return schema


class DataModel(BaseModel):
    """Base of every model: unknown keys refused, values frozen."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True, strict=True)


SLUG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
Slug = Annotated[str, StringConstraints(pattern=SLUG_PATTERN, min_length=2, max_length=60),
                 EditorHints(patternErrorMessage="An id: lower-case letters, digits and single hyphens, like side-plank.")]

# Text from YAML is shown as plain text. Markup is refused at the source, on top
# of escaping where it lands, so a stray tag is an error, not a silent oddity.
_MARKUP = [
    (re.compile(r"<\s*/?\s*[a-zA-Z!]"), "HTML tags such as <b> or <script> are not allowed; write plain text"),
    (re.compile(r"javascript\s*:", re.I), "'javascript:' is not allowed in text"),
    (re.compile(r"\{\{|\{%|\{#"), "'{{', '{%' and '{#' are not allowed in text"),
    (re.compile(r"\{\s*:"), "'{:' is not allowed in text"),
]


# The same rule as a JSON Schema pattern, so the editor underlines markup as staff type.
PLAIN_TEXT_PATTERN = (r"^(?![\s\S]*(?:<\s*/?\s*[a-zA-Z!]|[jJ][aA][vV][aA][sS][cC][rR][iI][pP][tT]\s*:"
                      r"|\{\{|\{%|\{#|\{\s*:))[\s\S]*$")
_PLAIN_TEXT_HINTS = EditorHints(
    pattern=PLAIN_TEXT_PATTERN,
    patternErrorMessage="Plain text only: no HTML tags such as <b> or <script>, no 'javascript:', no '{{', '{%', '{#' or '{:'.")


def _plain_text(value: str) -> str:
    for pattern, message in _MARKUP:
        if pattern.search(value):
            raise ValueError(message)
    return value


def text(max_length: int = 1200, min_length: int = 1):
    """A plain-text field type with length limits."""
    return Annotated[str, StringConstraints(strip_whitespace=True, min_length=min_length, max_length=max_length),
                     AfterValidator(_plain_text), _PLAIN_TEXT_HINTS]


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


IsoDate = Annotated[dt.date, BeforeValidator(_iso_date),
                    EditorHints(pattern=r"^\d{4}-\d{2}-\d{2}$", patternErrorMessage="A date written YYYY-MM-DD, like 2026-11-27.")]


def _https_url(value: str) -> str:
    problem = https_url_problem(value)
    if problem:
        raise ValueError(problem)
    return value


HttpsUrl = Annotated[str, StringConstraints(strip_whitespace=True, max_length=300), AfterValidator(_https_url),
                     EditorHints(pattern=f"^{HTTPS_URL_PATTERN}$",
                                 patternErrorMessage="A full web address starting with https://, like https://clinic.example/book.")]


# "Jane Citizen, physiotherapist, AHPRA PHY0001234567": a person's name, their profession
# and their AHPRA registration number (3 letters, 10 digits), so the claim can be checked.
REVIEWER_PATTERN = r"[A-Z][A-Za-z'’.-]+(?: [A-Z][A-Za-z'’.-]+)+, [a-z][a-z ]+[a-z], AHPRA [A-Z]{3}[0-9]{10}"


def _reviewer(value: str) -> str:
    if not re.fullmatch(REVIEWER_PATTERN, value):
        raise ValueError("must name the person who did the review, their profession and their AHPRA registration, "
                         "like 'Jane Citizen, physiotherapist, AHPRA PHY0001234567'. Leave reviewed_by out until a real "
                         "review has happened: the page then says 'Not yet clinically reviewed'.")
    return value


Reviewer = Annotated[str, StringConstraints(strip_whitespace=True, max_length=120), AfterValidator(_reviewer),
                     EditorHints(pattern=f"^{REVIEWER_PATTERN}$",
                                 patternErrorMessage="Name, profession, AHPRA number: Jane Citizen, physiotherapist, AHPRA PHY0001234567.")]


class Reviewed(DataModel):
    """Clinical review fields shared by conditions, exercises and FAQs.

    A review claim must be true: all three fields together, after a real review, or none
    of them (the page then says "Not yet clinically reviewed").
    """

    reviewed_by: Reviewer | None = Field(
        default=None,
        description="Who last reviewed this page: name, profession and AHPRA registration. "
                    "Leave out (with both dates) until a real review has happened.",
        examples=["Jane Citizen, physiotherapist, AHPRA PHY0001234567"])
    last_reviewed: IsoDate | None = Field(default=None, description="Date of that review, YYYY-MM-DD. Not in the future.",
                                          examples=["2026-11-20"])
    next_review: IsoDate | None = Field(default=None,
                                        description="Date the next review is due, YYYY-MM-DD; after last_reviewed. "
                                                    "The build warns once it has passed; `make review-report` lists them all.",
                                        examples=["2027-11-20"])
    sources: list[Text] = Field(min_length=1, description="Where the facts and figures come from (the clinic's article, guidelines).",
                                examples=[["Thrive Physio Plus, hip pain in runners article: the 4-5/10 and 24-hour rule."]])

    @property
    def is_reviewed(self) -> bool:
        return self.reviewed_by is not None
