"""The words runners type into the search box for a page: other names, body areas, short forms."""
from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator, Field

from hipguide.data.models.fields import text

_Term = text(60, 2)


def _one_term(value: str) -> str:
    # The page shows the list joined with commas, so a comma would read as two terms.
    if "," in value:
        raise ValueError("one term per item: split it at the comma into two items")
    return value


def _no_repeats(values: list[str]) -> list[str]:
    seen: set[str] = set()
    for value in values:
        key = " ".join(value.lower().split())
        if key in seen:
            raise ValueError(f"'{value}' is listed twice (capitals and spaces do not count)")
        seen.add(key)
    return values


SearchTerm = Annotated[_Term, AfterValidator(_one_term)]
SearchTerms = Annotated[list[SearchTerm], AfterValidator(_no_repeats)]


def search_terms_field(example: list[str]):
    """The `search_terms` field of a condition, exercise or question."""
    return Field(
        default_factory=list, max_length=30,
        description="Words runners type into the search box for this page, one per item (2 to 60 characters): "
                    "other names, where it hurts in everyday words, short forms, plurals and common misspellings. "
                    "Shown on the page after 'People also search for' and found by the site's search.",
        examples=[example])
