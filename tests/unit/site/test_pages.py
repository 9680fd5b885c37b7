"""Golden rendering of generated pages, and escaping of every YAML value."""
from __future__ import annotations

import dataclasses
import os
from pathlib import Path

import markdown
import pytest
from bs4 import BeautifulSoup
from pydantic import BaseModel

from hipguide.data.load import load_site_data
from hipguide.site.pages import build_pages
from hipguide.site.pages.condition_page import condition_page
from hipguide.site.pages.exercise_page import exercise_page
from hipguide.site.pages.faq_pages import faq_index_page
from support.project import FIXTURES, GOLDEN

MINI = FIXTURES / "mini"
PAYLOAD = '"><script>alert(1)</script>'


@pytest.fixture(scope="module")
def mini_data():
    return load_site_data(MINI)


@pytest.mark.parametrize("name, make", [
    ("condition-gluteal-tendinopathy.md", lambda d: condition_page(d, "gluteal-tendinopathy")),
    ("exercise-single-leg-bridge.md", lambda d: exercise_page(d, "single-leg-bridge")),
    ("questions-index.md", faq_index_page),
])
def test_golden_page(mini_data, name, make):
    """Set UPDATE_GOLDEN=1 to rewrite the golden files after a deliberate change."""
    got = make(mini_data).markdown
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN"):
        path.write_text(got, encoding="utf-8")
    assert got == path.read_text(encoding="utf-8")


def test_every_data_file_has_a_page(mini_data):
    uris = {p.src_uri for p in build_pages(mini_data)}
    assert uris == {"conditions/index.md", "exercises/index.md", "questions/index.md",
                    "conditions/gluteal-tendinopathy.md", "exercises/single-leg-bridge.md",
                    "questions/run-with-hip-pain.md"}


def test_links_go_both_ways(mini_data):
    condition = condition_page(mini_data, "gluteal-tendinopathy").markdown
    exercise = exercise_page(mini_data, "single-leg-bridge").markdown
    assert "](../exercises/single-leg-bridge.md)" in condition
    assert "](../conditions/gluteal-tendinopathy.md)" in exercise


KEEP = {"id", "exercises", "faqs", "easier", "harder", "related_conditions", "related_exercises",
        "related_guides", "equipment", "primary", "secondary", "level", "sessions_per_week"}


def _poison(value, name=""):
    """A copy with every text value (in lists and sub-models too) replaced by the payload, unvalidated."""
    if name in KEEP:
        return value
    if isinstance(value, BaseModel):
        return value.model_copy(update={k: _poison(getattr(value, k), k) for k in type(value).model_fields})
    if isinstance(value, str):
        return PAYLOAD
    if isinstance(value, list):
        return [_poison(v) for v in value]
    return value


def _html(md_text: str) -> BeautifulSoup:
    body = md_text.split("---\n", 2)[2]
    html = markdown.markdown(body, extensions=["attr_list", "md_in_html", "toc"])
    return BeautifulSoup(html, "html.parser")


def test_yaml_values_are_escaped_where_they_land(mini_data):
    """Bypass validation and put a script payload into every text field of every page kind.

    The poisoned pages go into a copy: mini_data is shared with the golden tests, in any order.
    """
    poisoned = dataclasses.replace(
        mini_data,
        collections={kind: {k: _poison(v) for k, v in items.items()} for kind, items in mini_data.collections.items()},
    )
    for page in build_pages(poisoned):
        soup = _html(page.markdown)
        assert not soup.find_all("script"), page.src_uri
        assert PAYLOAD in soup.get_text(), page.src_uri  # shown as text, not dropped
        for tag in soup.find_all(True):
            assert not any(attr.startswith("on") for attr in tag.attrs), (page.src_uri, tag)
