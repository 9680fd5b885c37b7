"""The clinic's content is all there, and each figure sits on the page where it belongs."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from hipguide.data.load import load_site_data
from support.project import ROOT

CONDITIONS = ["gluteal-tendinopathy", "trochanteric-bursitis", "hip-flexor-strain", "iliopsoas-tendinopathy",
              "proximal-hamstring-tendinopathy", "femoroacetabular-impingement", "labral-tear", "lumbar-referral",
              "stress-fracture", "adductor-groin-pain", "hip-osteoarthritis"]
ARTICLE_EXERCISES = ["single-leg-bridge", "lunge", "bulgarian-split-squat", "single-leg-deadlift",
                     "single-leg-raise", "crab-walk", "fire-hydrant", "squat", "deadlift"]
GUIDES = ["hip-muscles", "strengthening-your-hips", "load-management", "rest-and-recovery",
          "running-technique", "pain-during-or-after-running", "women-runners"]


@pytest.fixture(scope="module")
def data():
    return load_site_data(ROOT)


def test_every_condition_of_the_contract_exists(data):
    assert sorted(data.conditions) == sorted(CONDITIONS)


def test_article_exercises_and_enough_others(data):
    assert set(ARTICLE_EXERCISES) <= set(data.exercises)
    assert len(data.exercises) >= 10


def test_at_least_twelve_faqs(data):
    assert len(data.faqs) >= 12


def test_every_condition_is_complete(data):
    for c in data.conditions.values():
        assert c.also_known_as and c.exercises and c.faqs and c.symptom_weights, c.id
        assert c.when_to_get_help.self_care, c.id
        assert set(c.only_once_cleared) <= set(c.exercises), c.id


def test_every_exercise_is_complete(data):
    for e in data.exercises.values():
        assert e.steps and e.cues and e.mistakes and e.muscles.primary, e.id
        assert e.dosage.sessions_per_week in ("2-3", "2", "3"), e.id
        assert data.conditions_for_exercise(e.id), f"{e.id} helps no condition"


def test_every_page_from_data_carries_the_words_runners_search_for(data):
    items = [*data.conditions.values(), *data.exercises.values(), *data.faqs.values()]
    for item in items:
        assert len(item.search_terms) >= 3, f"{item.id}: give at least 3 search_terms"


def test_search_terms_show_on_the_page(built_site, data):
    for folder, items in (("conditions", data.conditions), ("exercises", data.exercises), ("questions", data.faqs)):
        for item in items.values():
            shown = _text(built_site, f"{folder}/{item.id}")
            assert "People also search for: " + ", ".join(item.search_terms) + "." in shown, item.id


def test_runner_topics_are_covered(built_site):
    """Issue 13: the topics runners searched for and found nothing."""
    for path, words in {"questions/is-it-my-it-band": "IT band", "questions/snapping-hip": "snapping",
                        "questions/is-it-piriformis": "piriformis", "questions/hip-pain-after-a-race": "marathon",
                        "guides/women-runners": "RED-S"}.items():
        assert words in _text(built_site, path), path


def _text(site: Path, path: str) -> str:
    html = (site / path / "index.html").read_text(encoding="utf-8")
    article = BeautifulSoup(html, "html.parser").select_one("article")
    return re.sub(r"\s+", " ", article.get_text(" "))


# Each figure from the clinic's article, and the page that must state it.
FIGURES = [
    ("conditions/femoroacetabular-impingement", ["47%"]),
    ("conditions/labral-tear", ["54%"]),
    ("conditions/trochanteric-bursitis", ["rarely"]),
    ("conditions/hip-flexor-strain", ["72 hours"]),
    ("exercises/hip-flexor-stretch", ["72 hours"]),
    ("guides/hip-muscles", ["3 times", "6 times", "8 times"]),
    ("guides/strengthening-your-hips", ["50%", "2"]),
    ("guides/rest-and-recovery", ["2 rest days", "2.5 times", "13.5 hours", "2.1 times"]),
    ("guides/load-management", ["24 hours"]),
    ("questions/how-many-rest-days", ["2.5", "13.5"]),
    ("questions/run-with-hip-pain", ["24 hours"]),
]


@pytest.mark.parametrize("path, figures", FIGURES, ids=[p for p, _ in FIGURES])
def test_figures_appear_where_they_belong(built_site, path, figures):
    text = _text(built_site, path)
    for figure in figures:
        assert figure in text, f"{path} should state {figure!r}"


def test_pain_rule_on_every_exercise_page(built_site, data):
    for e in data.exercises:
        text = _text(built_site, f"exercises/{e}")
        assert "4 to 5 out of 10" in text and "24 hours" in text, e


def _general_red_flags(data) -> dict[str, list[str]]:
    return {tid: [re.sub(r"\s+", " ", f.text) for f in tier.items] for tid, tier in data.advice.red_flags.tiers().items()}


def _card_items(card) -> list[str]:
    return [re.sub(r"\s+", " ", li.get_text(" ")).strip() for li in card.select("li[data-app-general]")]


def test_care_cards_most_urgent_first_with_every_general_red_flag(built_site, data):
    general = _general_red_flags(data)
    for c in data.conditions:
        soup = BeautifulSoup((built_site / "conditions" / c / "index.html").read_text(), "html.parser")
        cards = [el["class"][-1] for el in soup.select(".app-care-card")]
        assert cards == ["app-care-card--emergency", "app-care-card--today", "app-care-card--soon",
                         "app-care-card--self-care"], c
        assert "000" in soup.select_one(".app-care-card--emergency").get_text()
        for tier, card in zip(general, soup.select(".app-care-card")[:3], strict=True):
            assert _card_items(card) == general[tier], (c, tier)
        assert soup.select_one(".app-care-card--self-care .app-pain-rule"), c


@pytest.mark.parametrize("path", ["", "programme", "guides/pain-during-or-after-running", "questions/is-my-hip-pain-serious"])
def test_general_red_flags_on_the_home_and_programme_pages(built_site, data, path):
    soup = BeautifulSoup((built_site / path / "index.html").read_text(), "html.parser")
    cards = soup.select(".app-care-card")
    assert [_card_items(card) for card in cards] == list(_general_red_flags(data).values()), path


def test_no_page_claims_a_review_that_did_not_happen(built_site, data):
    """Today's data has no named reviewer: every page says so, and its JSON-LD claims no review."""
    for kind, folder in (("conditions", "conditions"), ("exercises", "exercises"), ("faqs", "questions")):
        for item_id, item in getattr(data, kind).items():
            assert not item.is_reviewed, item_id
            html = (built_site / folder / item_id / "index.html").read_text()
            soup = BeautifulSoup(html, "html.parser")
            assert soup.select_one(".app-review").get_text(strip=True) == "Not yet clinically reviewed.", item_id
            assert "lastReviewed" not in html and "reviewedBy" not in html, item_id
            assert "senior running physiotherapist" not in html.lower(), item_id


# A pain threshold in words: "4 to 5 out of 10", "above 5 out of 10", "5/10".
PAIN_THRESHOLD = re.compile(r"\b\d+\s*(?:to|-|–)\s*\d+\s*(?:out of 10|/10)|\b(?:above|over|below|under|past)\s+\d+(?:\s*(?:out of 10|/10))"
                            r"|\b\d+\s*/\s*10\b", re.I)


def _visible_text_outside_pain_rule(html: str) -> str:
    soup = BeautifulSoup(html, "html.parser")
    article = soup.select_one("article")
    if article is None:
        return ""
    for skip in article.select(".app-pain-rule, .app-sources, script, style, [data-app-checker-parts]"):
        skip.decompose()
    return re.sub(r"\s+", " ", article.get_text(" "))


def test_the_pain_rule_is_stated_one_way_on_every_page(built_site, data):
    """Every statement of the pain rule is the one in data/advice.yml; no page words it differently."""
    rule = re.sub(r"\s+", " ", data.advice.pain_rule)
    stated = 0
    for page in built_site.rglob("index.html"):
        html = page.read_text(encoding="utf-8")
        soup = BeautifulSoup(html, "html.parser")
        for p in soup.select("article .app-pain-rule"):
            assert re.sub(r"\s+", " ", p.get_text()).strip() == rule, page
            stated += 1
        other = PAIN_THRESHOLD.findall(_visible_text_outside_pain_rule(html))
        assert not other, f"{page.relative_to(built_site)} states a pain threshold in its own words: {other}"
    assert stated >= len(data.exercises)
    model = (built_site / "symptom-checker" / "model.json").read_text()
    assert data.advice.pain_rule in __import__("json").loads(model)["pain_rule"]


def test_the_pain_rule_wording_test_catches_a_drift(tmp_path):
    page = tmp_path / "index.html"
    page.write_text('<article><p class="app-pain-rule">rule</p><p>Stop if it goes above 5 out of 10.</p></article>')
    assert PAIN_THRESHOLD.findall(_visible_text_outside_pain_rule(page.read_text()))


def test_no_copied_runs_from_the_article():
    tool = ROOT.parent / "shared" / "tools" / "overlap.py"
    if not tool.exists():
        pytest.skip("the shared overlap tool is not beside this clone")
    result = subprocess.run([sys.executable, str(tool), "data", "docs"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout


def test_exercises_that_need_clearance_say_so_on_the_condition_and_exercise_pages(built_site, data):
    c = data.conditions["stress-fracture"]
    assert c.only_once_cleared == c.exercises, "a stress fracture allows every exercise only once cleared"
    soup = BeautifulSoup((built_site / "conditions" / c.id / "index.html").read_text(), "html.parser")
    items = soup.select("#exercises ~ ul > li") or soup.select("article li:has(> a[href*='/exercises/'])")
    warned = [li for li in items if li.select_one(".app-cleared-only")]
    assert len(warned) == len(c.exercises)
    assert all(data.advice.only_once_cleared in li.get_text() for li in warned)
    page = BeautifulSoup((built_site / "exercises" / c.exercises[0] / "index.html").read_text(), "html.parser")
    line = next(li for li in page.select("article li") if c.name in li.get_text())
    assert data.advice.only_once_cleared in line.get_text()
