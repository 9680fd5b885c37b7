"""The symptom checker's model.json: made from data/, shipped at fixed addresses, validated."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup

from hipguide.data.errors import DataErrors
from hipguide.data.load import load_site_data
from hipguide.site.checker_model import checker_model
from support.project import ROOT, copy_project

# The checker's fixed ids (the engine and its worked cases use them by name), written out here on purpose.
FIXED_QUESTIONS = {
    "red-flags": ["constant-pain", "night-pain", "cannot-weight-bear", "walking-limp", "fall-or-impact", "fever-unwell",
                  "saddle-bladder-bowel", "numbness-weakness", "bone-risk", "hip-surgery"],
    "location": ["front", "outside", "back", "groin", "deep", "low-back", "down-leg"],
    "onset": ["sudden", "gradual", "unsure"],
    "run-pattern": ["warms-up", "worsens", "sharp-positions", "had-to-stop", "no-pain-running"],
    "after-run": ["lasts-hours", "settles-quickly", "worse-next-morning", "baseline-24h"],
    "aggravators": ["crossing-legs", "deep-flexion", "lifting-leg", "front-stretch", "sitting", "standing",
                    "bending-spine", "lying-on-side", "stairs-hills", "squeezing-legs"],
    "mechanical": ["clicking", "locking", "giving-way", "stiffness", "rest-ache"],
    "training": ["load-increase", "few-rest-days", "high-volume"],
    "age-group": ["under-16", "under-35", "35-50", "over-50"],
    "pain-level": [],
}
FIXED_CONDITIONS = {"gluteal-tendinopathy", "trochanteric-bursitis", "hip-flexor-strain", "iliopsoas-tendinopathy",
                   "proximal-hamstring-tendinopathy", "femoroacetabular-impingement", "labral-tear", "lumbar-referral",
                   "stress-fracture", "adductor-groin-pain", "hip-osteoarthritis"}
ASSETS = ROOT / "docs" / "assets" / "symptom-checker"


@pytest.fixture(scope="module")
def data():
    return load_site_data(ROOT)


@pytest.fixture(scope="module")
def model(data):
    return checker_model(data)


def test_questions_and_options_are_the_contracts_red_flags_first(model):
    assert [q["id"] for q in model["questions"]][0] == "red-flags"
    # The page may order the options (urgent signs first); the ids are the contract's.
    assert {q["id"]: sorted(o["id"] for o in q["options"]) for q in model["questions"]} == \
        {q: sorted(opts) for q, opts in FIXED_QUESTIONS.items()}
    pain = next(q for q in model["questions"] if q["id"] == "pain-level")
    assert (pain["kind"], pain["min"], pain["max"]) == ("number", 0, 10)
    for q in model["questions"]:
        assert q["legend"] and all(o["label"] and o["reason"] for o in q["options"]), q["id"]


def test_every_condition_with_its_page_weights_and_exercises(model, data):
    assert {c["id"] for c in model["conditions"]} == FIXED_CONDITIONS
    for c in model["conditions"]:
        assert c["url"] == f"conditions/{c['id']}/"
        assert c["name"] == data.conditions[c["id"]].name
        assert c["weights"] == data.conditions[c["id"]].symptom_weights
        assert c["exercises"] == data.conditions[c["id"]].exercises
        assert c["only_once_cleared"] == data.conditions[c["id"]].only_once_cleared
        assert all(e in model["exercises"] for e in c["exercises"])
    for eid, e in model["exercises"].items():
        assert e == {"name": data.exercises[eid].name, "url": f"exercises/{eid}/", "stretch": data.exercises[eid].stretch}


def test_weights_only_use_contract_ids_in_range(model):
    for c in model["conditions"]:
        for qid, options in c["weights"].items():
            assert qid in FIXED_QUESTIONS, (c["id"], qid)
            for oid, weight in options.items():
                assert oid in FIXED_QUESTIONS[qid] and -5 <= weight <= 5, (c["id"], qid, oid)


def test_urls_follow_the_sites_url_style(data):
    flat = checker_model(data, use_directory_urls=False)
    assert flat["conditions"][0]["url"].endswith(".html")
    assert all(e["url"].endswith(".html") for e in flat["exercises"].values())


def test_triage_wording_clinic_and_advice_come_from_data(model, data):
    clinic = yaml.safe_load((ROOT / "data" / "clinic.yml").read_text())
    assert set(model["triage"]) == {"urgent", "stop-and-book", "book", "self-manage"}
    assert all(m["label"] and m["heading"] and m["message"] for m in model["triage"].values())
    assert model["clinic"]["phone"] == clinic["area_code"] + " " + clinic["phone"]
    assert model["clinic"]["phone_href"] == "tel:+61" + (clinic["area_code"] + clinic["phone"]).replace(" ", "")[1:]
    assert model["clinic"]["booking_url"] == clinic["booking_url"]
    assert model["clinic"]["emergency_href"] == "tel:000"
    assert model["pain_rule"] == data.advice.pain_rule


def test_load_advice_carries_the_articles_figures(model):
    advice = model["load_advice"]
    assert set(advice) == set(FIXED_QUESTIONS["training"])
    assert "2.5" in advice["few-rest-days"] and "2 rest days" in advice["few-rest-days"]
    assert "2.1" in advice["high-volume"] and "13.5 hours" in advice["high-volume"]


def test_model_is_plain_json(model):
    assert json.loads(json.dumps(model)) == model


# ------------------------------------------------------------ staff mistakes

@pytest.fixture
def data_copy(tmp_path) -> Path:
    return copy_project(tmp_path, ["data"])


def _errors(root: Path) -> list[str]:
    with pytest.raises(DataErrors) as info:
        load_site_data(root)
    assert "Traceback" not in info.value.report()
    return [str(e) for e in info.value.errors]


def _line_of(path: Path, text: str) -> int:
    return next(i for i, line in enumerate(path.read_text().splitlines(), 1) if line == text)


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1))


def test_unknown_option_in_a_condition_is_an_error_with_file_and_line(data_copy):
    path = data_copy / "data/conditions/labral-tear.yml"
    line = _line_of(path, "    clicking: 4")
    _edit(path, "    clicking: 4", "    clciking: 4")
    errors = _errors(data_copy)
    assert any(e.startswith(f"data/conditions/labral-tear.yml:{line}: symptom_weights.mechanical.clciking: ")
               and "unknown answer 'clciking'" in e and "did you mean 'clicking'" in e and "Allowed: clicking, locking" in e
               for e in errors), errors


def test_unknown_question_in_a_condition_is_an_error_with_file_and_line(data_copy):
    path = data_copy / "data/conditions/stress-fracture.yml"
    line = _line_of(path, "  run-pattern:")
    _edit(path, "  run-pattern:", "  running-pattern:")
    errors = _errors(data_copy)
    assert any(e.startswith(f"data/conditions/stress-fracture.yml:{line}: symptom_weights.running-pattern: ")
               and "unknown question 'running-pattern'" in e and "Allowed: red-flags, location" in e
               for e in errors), errors


def test_weight_out_of_range_is_an_error(data_copy):
    path = data_copy / "data/conditions/stress-fracture.yml"
    line = _line_of(path, "    worsens: 5")
    _edit(path, "    worsens: 5", "    worsens: 8")
    assert any(e.startswith(f"data/conditions/stress-fracture.yml:{line}:") and "out of range" in e
               for e in _errors(data_copy))


def test_missing_load_advice_is_an_error(data_copy):
    path = data_copy / "data/symptom-checker.yml"
    text = path.read_text()
    path.write_text(re.sub(r"\n  high-volume:.*\n(    .*\n)*", "\n", text, count=1))  # either text style
    assert any(e.startswith("data/symptom-checker.yml:") and "load_advice" in e and "high-volume" in e
               for e in _errors(data_copy))


def test_unknown_wording_field_is_an_error(data_copy):
    path = data_copy / "data/symptom-checker.yml"
    line = _line_of(path, "  print_button: Print my answers and result")
    _edit(path, "  print_button:", "  print_buton:")
    errors = _errors(data_copy)
    assert any(e.startswith(f"data/symptom-checker.yml:{line}: wording.print_buton: ") and "did you mean 'print_button'" in e
               for e in errors), errors


def test_a_changed_question_id_is_refused(data_copy):
    _edit(data_copy / "data/symptom-checker.yml", "  - id: run-pattern\n", "  - id: running\n")
    assert any("'running' is not allowed" in e for e in _errors(data_copy))


# ------------------------------------------------------------------ the build

def test_engine_and_model_are_published_at_the_contracts_addresses(built_site, model):
    engine = built_site / "symptom-checker" / "engine.js"
    assert engine.read_text() == (ASSETS / "engine.js").read_text()
    assert not (built_site / "assets" / "symptom-checker" / "engine.js").exists(), "published once, at one address"
    assert json.loads((built_site / "symptom-checker" / "model.json").read_text()) == model


def _checker_page(built_site) -> BeautifulSoup:
    return BeautifulSoup((built_site / "symptom-checker" / "index.html").read_text(), "html.parser")


def test_page_loads_its_script_as_a_module_with_no_inline_code(built_site):
    soup = _checker_page(built_site)
    article = soup.select_one("article")
    scripts = article.find_all("script")
    assert [(s.get("type"), s.get("src")) for s in scripts] == [("module", "../assets/symptom-checker/ui.js")]
    for tag in article.find_all(True):
        assert not [a for a in tag.attrs if a.lower().startswith("on")], tag.name
    assert soup.select_one('link[rel=stylesheet][href$="assets/symptom-checker/style.css"]')


def test_page_says_nothing_leaves_the_browser_and_has_a_no_script_message(built_site, data):
    soup = _checker_page(built_site)
    wording = data.symptom_checker.wording
    assert soup.select_one(".app-checker__privacy").get_text(strip=True) == wording.privacy
    noscript = soup.select_one("article noscript")
    assert wording.no_script in noscript.get_text()
    assert noscript.select_one('a[href="../conditions/"]').get_text(strip=True) == wording.no_script_link


def test_body_map_has_front_side_and_back_views_with_a_region_per_location(built_site):
    svg = _checker_page(built_site).select_one("article svg.app-bodymap")
    regions = [g["data-location"] for g in svg.select("[data-location]")]
    assert sorted(regions) == sorted(FIXED_QUESTIONS["location"]), "one region for each location answer"
    assert [t.get_text() for t in svg.select("text")] == ["Front", "Side", "Back"]


def test_the_page_fetches_only_its_model():
    """No HTML from strings, no storage, no beacons, a pure engine: ESLint checks those (tests/unit/test_lint.py)."""
    ui = (ASSETS / "ui.js").read_text()
    assert ui.count("fetch(") == 1 and "MODEL_URL" in ui


@pytest.mark.parametrize("change, message", [
    ("delete-engine", "docs/assets/symptom-checker/engine.js is missing"),
    ("model-in-docs", "docs/symptom-checker/model.json clashes with the file the build makes"),
])
def test_build_stops_with_a_clear_message_when_checker_files_are_wrong(project_copy, change, message):
    if change == "delete-engine":
        (project_copy / "docs/assets/symptom-checker/engine.js").unlink()
    else:
        (project_copy / "docs/symptom-checker/model.json").write_text("{}")
    run = subprocess.run([sys.executable, "-m", "hipguide.cli", "build"], cwd=project_copy, capture_output=True, text=True, timeout=300)
    assert run.returncode != 0
    assert message in run.stderr and "Traceback" not in run.stderr
    assert not (project_copy / "site").exists(), "nothing published"
