"""`make new-condition/new-exercise/new-faq ID=...`: a commented template with every field, never overwriting."""
from __future__ import annotations

import re
import subprocess
import sys
import typing
from pathlib import Path

import pytest
from pydantic import BaseModel

from hipguide.cli.new_page import create
from hipguide.data.errors import DataErrors
from hipguide.data.load import load_site_data
from hipguide.data.models import Condition, Exercise, Faq
from support.project import ROOT, copy_project

MODELS = {"condition": Condition, "exercise": Exercise, "faq": Faq}
FOLDERS = {"condition": "conditions", "exercise": "exercises", "faq": "faqs"}


@pytest.fixture
def project(tmp_path) -> Path:
    return copy_project(tmp_path, ["data", "docs", "scripts", ".yamllint"])


def _new(project: Path, *args: str) -> subprocess.CompletedProcess:
    kind, *item_id = args  # `--` as make passes it: an id such as '-knee' is not an option
    return subprocess.run([sys.executable, "-m", "hipguide.cli.new_page", "--root", str(project), kind, "--", *item_id],
                          cwd=ROOT, capture_output=True, text=True, timeout=60)


def _model_fields(model: type[BaseModel]) -> set[str]:
    """Every field name of the model and of the models inside it."""
    names = set()
    for name, info in model.model_fields.items():
        names.add(name)
        for tp in [info.annotation, *typing.get_args(info.annotation)]:
            if isinstance(tp, type) and issubclass(tp, BaseModel):
                names |= _model_fields(tp)
    return names


@pytest.mark.parametrize("kind", list(MODELS))
def test_template_has_every_field_and_fails_only_where_it_must_be_filled_in(project, kind):
    result = _new(project, kind, "runners-knee")
    assert result.returncode == 0, result.stderr
    path = project / "data" / FOLDERS[kind] / "runners-knee.yml"
    text = path.read_text(encoding="utf-8")
    written = set(re.findall(r"^[#\s-]*([a-z_]+):", text, re.M))
    assert _model_fields(MODELS[kind]) <= written, _model_fields(MODELS[kind]) - written
    assert text.count("\n#") >= 15, "every field is explained by a comment"
    with pytest.raises(DataErrors) as info:
        load_site_data(project)
    errors = info.value.errors
    assert {e.file for e in errors} == {f"data/{FOLDERS[kind]}/runners-knee.yml"}
    assert all(e.line > 0 and e.field for e in errors), [str(e) for e in errors]
    assert not [e for e in errors if "cannot be read" in e.message or "not allowed" in e.message]
    # No review claim until a real review: the template leaves reviewed_by out.
    assert not [e for e in errors if e.field in ("reviewed_by", "last_reviewed", "next_review")]


FILL = {
    'name: ""': 'name: Test page',
    'question: ""': 'question: Is this a test question?',
    'level: ""': 'level: beginner',
    'primary: []': 'primary: [trunk]',
    'equipment: []': 'equipment: [none]',
    'search_terms:\n  - ""': 'search_terms:\n  - test term',  # a short term: a sentence is too long for one
}
SENTENCE = ('"This sentence stands in for real content in a test: it is long enough for a summary, '
            'which needs at least one hundred and twenty characters."')


@pytest.mark.parametrize("kind", list(MODELS))
def test_filled_in_template_is_a_valid_page(project, kind):
    path = create(kind, "runners-knee", project)
    text = path.read_text(encoding="utf-8")
    for old, new in FILL.items():
        text = text.replace(old, new)
    path.write_text(text.replace('""', SENTENCE), encoding="utf-8")
    data = load_site_data(project)
    assert "runners-knee" in getattr(data, FOLDERS[kind])
    assert not [w for w in data.warnings if w.file.endswith("runners-knee.yml")], "the template passes .yamllint"


def test_never_overwrites(project):
    existing = project / "data" / "exercises" / "side-plank.yml"
    before = existing.read_bytes()
    result = _new(project, "exercise", "side-plank")
    assert result.returncode == 1
    assert "data/exercises/side-plank.yml already exists; it was left as it is" in result.stderr
    assert existing.read_bytes() == before


@pytest.mark.parametrize("bad, hint", [("Runner's Knee", "Try: runners-knee"), ("knee_pain", "Try: knee-pain"),
                                       ("-knee", "Try: knee"), ("k", "")])
def test_refuses_an_id_that_is_not_a_slug(project, bad, hint):
    before = sorted(p.name for p in (project / "data" / "faqs").iterdir())
    result = _new(project, "faq", bad)
    assert result.returncode == 1
    assert f"'{bad}' is not a valid id" in result.stderr and hint in result.stderr
    assert sorted(p.name for p in (project / "data" / "faqs").iterdir()) == before


def test_asks_for_an_id_when_none_is_given(project):
    result = _new(project, "condition")
    assert result.returncode == 1 and "give the new page's id" in result.stderr


def test_prints_what_to_do_next(project):
    result = _new(project, "faq", "hip-pain-at-night")
    assert result.returncode == 0
    out = result.stdout
    assert "Created data/faqs/hip-pain-at-night.yml" in out
    assert "make check" in out and "make serve" in out and "/questions/hip-pain-at-night/" in out
    order = re.search(r"^order: (\d+)$", (project / "data/faqs/hip-pain-at-night.yml").read_text(), re.M)
    assert int(order.group(1)) > max(f.order for f in _real_faqs(project))


def _real_faqs(project: Path):
    """The FAQs of the real data (the new file itself is still empty)."""
    (project / "data/faqs/hip-pain-at-night.yml").rename(project / "hip-pain-at-night.yml")
    try:
        return load_site_data(project).faqs.values()
    finally:
        (project / "hip-pain-at-night.yml").rename(project / "data/faqs/hip-pain-at-night.yml")


def test_make_targets_call_the_scaffold():
    for kind in MODELS:
        result = subprocess.run(["make", "-n", f"new-{kind}", "ID=x-y"], cwd=ROOT, capture_output=True, text=True)
        assert f"-m hipguide.cli new {kind} -- \"x-y\"" in result.stdout, result.stdout + result.stderr
