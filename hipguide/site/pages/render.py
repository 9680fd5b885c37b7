"""The Jinja environment that fills page templates, escaping every value."""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import yaml
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup, escape

from hipguide.data.collections import all_collections

_MD_SPECIALS = re.compile(r"([\\`*_\[\]{}#|!])")


def md_inline(value: object) -> Markup:
    """Escape text for a Markdown line: Markdown syntax neutralised, then HTML-escaped."""
    return Markup(escape(_MD_SPECIALS.sub(r"\\\1", str(value))))


def long_date(value: dt.date) -> str:
    """20 November 2026 (Australian order, no leading zero)."""
    return f"{value.day} {value:%B %Y}"


def month_year(value: dt.date) -> str:
    return f"{value:%B %Y}"


def dosage_text(dosage) -> str:
    """'3 sets of 10 on each side, 2-3 times a week' in words."""
    each = " on each side" if dosage.each_side else ""
    if dosage.reps is not None:
        work = f"{dosage.sets} set{'s' if dosage.sets != 1 else ''} of {dosage.reps}{each}"
    else:
        work = f"{dosage.sets} hold{'s' if dosage.sets != 1 else ''} of {dosage.hold_seconds} seconds{each}"
    times = dosage.sessions_per_week.replace("-", "–")
    return f"{work}, {times} times a week"


def page_md(item) -> str:
    """The link to an item's page from a page of any collection: '../exercises/squat.md'."""
    collection = next(c for c in all_collections() if isinstance(item, c.model))
    return f"../{collection.page_uri(item.id)}"


def slug_words(slug: str) -> str:
    """'hip-flexors' -> 'hip flexors': an id from data/ read as words."""
    return slug.replace("-", " ")


ENV = Environment(
    loader=FileSystemLoader(Path(__file__).parent),
    autoescape=True,  # every {{ value }} is HTML-escaped unless a filter says otherwise
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=True,
)
ENV.filters.update(md=md_inline, long_date=long_date, month_year=month_year, dosage=dosage_text, slug_words=slug_words,
                   page_md=page_md)


def render_page(template: str, front_matter: dict, **context) -> str:
    """Front matter (YAML-serialised, never templated) followed by the filled template."""
    meta = yaml.safe_dump(front_matter, sort_keys=False, allow_unicode=True, width=1000)
    return f"---\n{meta}---\n\n" + ENV.get_template(template).render(**context)
