"""My programme's data and markup: programme/exercises.json, the add controls, the exercise diagrams."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from hipguide.data.exercise_diagrams import DIAGRAMS_URI
from hipguide.data.load import load_site_data
from hipguide.data.models.exercise import Dosage
from hipguide.site.programme_data import PROGRAMME_JSON_URI, dosage_limits, programme_data, programme_json
from support.project import ROOT

DIAGRAMS = ROOT / "docs" / DIAGRAMS_URI
# The exercises the clinic's article names as its favourites: each must have a diagram.
ARTICLE_EXERCISES = ["single-leg-bridge", "lunge", "bulgarian-split-squat", "single-leg-deadlift", "single-leg-raise",
                     "crab-walk", "fire-hydrant", "squat", "deadlift"]


@pytest.fixture(scope="module")
def data():
    return load_site_data(ROOT)


def test_every_exercise_is_in_the_json_with_what_the_page_shows(data):
    out = programme_data(data)
    assert list(out["exercises"]) == list(data.exercises)
    for exercise_id, e in data.exercises.items():
        item = out["exercises"][exercise_id]
        assert item["id"] == exercise_id and item["name"] == e.name and item["summary"] == e.summary
        assert item["url"] == f"exercises/{exercise_id}/"
        assert item["steps"] == list(e.steps) and item["cues"] == list(e.cues)
        assert item["dosage"]["sets"] == e.dosage.sets
        assert (item["dosage"]["reps"], item["dosage"]["hold_seconds"]) == (e.dosage.reps, e.dosage.hold_seconds)
        assert item["dosage"]["sessions_per_week"] == e.dosage.sessions_per_week
        assert item["easier"] == [{"id": i, "name": data.exercises[i].name} for i in e.easier]
        assert item["harder"] == [{"id": i, "name": data.exercises[i].name} for i in e.harder]


def test_page_addresses_follow_use_directory_urls(data):
    item = programme_data(data, use_directory_urls=False)["exercises"]["squat"]
    assert item["url"] == "exercises/squat.html"


def test_dosage_limits_come_from_the_model():
    limits = dosage_limits()
    assert limits == {"sets": {"min": 1, "max": 6}, "reps": {"min": 1, "max": 30}, "hold_seconds": {"min": 5, "max": 120}}
    with pytest.raises(ValueError):
        Dosage(sets=limits["sets"]["max"] + 1, reps=10)


def test_json_escapes_text_as_json():
    data = load_site_data(ROOT)  # a copy of its own: this test poisons it
    e = data.exercises["squat"]
    data.exercises["squat"] = e.model_copy(update={"name": '"></script><script>alert(1)</script>'})
    parsed = json.loads(programme_json(data))
    assert parsed["exercises"]["squat"]["name"] == '"></script><script>alert(1)</script>'


def test_built_site_has_the_json_and_no_copy_in_docs(built_site: Path):
    built = json.loads((built_site / PROGRAMME_JSON_URI).read_text(encoding="utf-8"))
    assert built == json.loads(programme_json(load_site_data(ROOT)))
    assert not (ROOT / "docs" / PROGRAMME_JSON_URI).exists(), "generated in memory, never written into docs/"


def test_every_exercise_has_a_diagram(data):
    drawn = sorted(p.stem for p in DIAGRAMS.glob("*.svg"))
    assert set(ARTICLE_EXERCISES) <= set(drawn)
    assert set(drawn) == set(data.exercises), "every exercise has a diagram, and every diagram an exercise"
    assert set(data.pictures) == set(data.exercises)


@pytest.mark.parametrize("path", sorted(DIAGRAMS.glob("*.svg")), ids=lambda p: p.stem)
def test_diagrams_are_self_contained_accessible_images(path: Path):
    svg = path.read_text(encoding="utf-8")
    soup = BeautifulSoup(svg, "html.parser")
    root = soup.find("svg")
    assert root["role"] == "img" and root["aria-labelledby"] == f"{path.stem}-title"
    assert soup.find("title")["id"] == f"{path.stem}-title"
    assert [t.get_text() for t in soup.find_all("text")][:2] == ["Start", "Finish"]
    assert len(soup.find("title").get_text(strip=True)) > 30
    assert not soup.find_all(["script", "style", "image", "foreignobject", "a", "use"])
    for tag in soup.find_all(True):
        assert not any(a.startswith("on") or a == "style" for a in tag.attrs), (path.name, tag.name)
    assert re.findall(r"https?://[^\"']+", svg) == ["http://www.w3.org/2000/svg"], "no reference to another host"


def test_diagrams_match_their_poses():
    from hipguide.drawings.exercise_diagrams import main as draw_main
    assert draw_main(["--check"]) == 0, "run `make diagrams` after editing a pose"


def _soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def test_exercise_page_has_the_add_control_and_its_diagram(built_site: Path, data):
    for exercise_id in data.exercises:
        soup = _soup(built_site / "exercises" / exercise_id / "index.html")
        actions = soup.select_one(".app-programme-actions")
        assert actions is not None and actions.has_attr("hidden"), "hidden until the script can handle it"
        button = actions.select_one("button.app-programme-add")
        assert button["data-app-programme-add"] == exercise_id and button["type"] == "button"
        assert actions.select_one("a")["href"] == "../../programme/"
        diagram = data.pictures.get(exercise_id)
        img = soup.select_one(".app-exercise-diagram img")
        if diagram is None:
            assert img is None, exercise_id
        else:
            assert img["src"] == f"../../{diagram.uri}" and img["alt"] == diagram.alt
            assert (built_site / diagram.uri).is_file()


def test_condition_page_has_an_add_control_per_exercise(built_site: Path, data):
    for condition_id, c in data.conditions.items():
        soup = _soup(built_site / "conditions" / condition_id / "index.html")
        section = soup.find(id="exercises")
        if not c.exercises:
            assert section is None
            continue
        items = section.find_next("ul").find_all("li", recursive=False)
        assert [li.select_one("button.app-programme-add")["data-app-programme-add"] for li in items] == list(c.exercises)
        for li, exercise_id in zip(items, c.exercises, strict=True):
            name = li.select_one("button").get_text()
            assert name == f"Add to my programme: {data.exercises[exercise_id].name}", "each button names its exercise"
        add_all = soup.select(".app-programme-actions button.app-programme-add")
        if len(c.exercises) > 1:
            assert add_all[0]["data-app-programme-add"] == ",".join(c.exercises)
        else:
            assert not add_all


def test_programme_page_reads_clinic_and_pain_rule_from_data(built_site: Path, data):
    soup = _soup(built_site / "programme" / "index.html")
    header = soup.select_one(".app-programme-print-header").get_text(" ")
    assert data.clinic.name in header and data.clinic.phone in header
    assert soup.select_one(".app-pain-rule").get_text(strip=True) == " ".join(data.advice.pain_rule.split())
    stop = soup.select_one(".app-programme-stop")
    assert stop.select_one(f'a[href="{data.clinic.phone_href}"]') is not None
    nav = [a.get_text(strip=True) for a in soup.select(".md-tabs a")]
    assert "My programme" in nav
    content = soup.select_one(".md-content")
    assert not content.find_all("script"), "no inline or page scripts in the programme page's content"
    for tag in content.find_all(True):
        assert not any(a.startswith("on") or a == "style" for a in tag.attrs), tag.name
