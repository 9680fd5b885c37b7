"""JSON-LD builders (hipguide/site/structured_data), without MkDocs: valid schema.org, the required
properties from the YAML, escaping in the theme partial; plus source dates and robots.txt."""
from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import time
from pathlib import Path

import jinja2
import pytest
from bs4 import BeautifulSoup

from hipguide.data.load import load_site_data
from hipguide.site.document_title import document_title
from hipguide.site.robots_txt import robots_txt
from hipguide.site.source_dates import git_commit_dates, source_date
from hipguide.site.structured_data import PageInfo, SiteInfo, page_structured_data
from hipguide.site.structured_data.breadcrumbs import breadcrumb_trail
from support.schema_vocabulary import check
from support.project import ROOT

SITE = SiteInfo(url="https://clinic.example/", name="Hip pain in runners", description="A guide.",
                image_url="https://clinic.example/assets/brand/og-image.png")
TITLES = {"": "Hip pain in runners", "conditions/": "Conditions", "exercises/": "Exercises",
          "questions/": "Common questions", "contact/": "Book an appointment"}


@pytest.fixture(scope="module")
def data():
    return load_site_data(ROOT)


def _page(kind: str, path: str, app_id: str = "", title: str = "Title") -> PageInfo:
    return PageInfo(url=SITE.url + path, title=title, description="Description.", kind=kind, app_id=app_id,
                    trail=breadcrumb_trail(path, {**TITLES, path: title}, SITE.url))


def _all_pages(data) -> list[PageInfo]:
    pages = [_page("home", ""), _page("contact", "contact/"), _page("page", "guides/hip-muscles/"),
             _page("condition-index", "conditions/"), _page("exercise-index", "exercises/"),
             _page("faq-index", "questions/")]
    pages += [_page("condition", f"conditions/{i}/", i, c.name) for i, c in data.conditions.items()]
    pages += [_page("exercise", f"exercises/{i}/", i, e.name) for i, e in data.exercises.items()]
    pages += [_page("faq", f"questions/{i}/", i, f.question) for i, f in data.faqs.items()]
    return pages


def _by_type(items: list[dict]) -> dict[str, dict]:
    return {item["@type"]: item for item in items}


def test_every_item_of_every_page_is_valid_schema_org(data):
    for page in _all_pages(data):
        for item in page_structured_data(data, SITE, page):
            assert item["@context"] == "https://schema.org"
            assert check(item) == [], (page.url, item["@type"])


@pytest.mark.parametrize("kind, types", [
    ("home", ["WebSite", "Physiotherapy"]),
    ("contact", ["ContactPage", "Physiotherapy", "BreadcrumbList"]),
    ("page", ["WebPage", "BreadcrumbList"]),
    ("condition-index", ["CollectionPage", "BreadcrumbList"]),
    ("exercise-index", ["CollectionPage", "BreadcrumbList"]),
    ("faq-index", ["FAQPage", "BreadcrumbList"]),
    ("condition", ["MedicalWebPage", "BreadcrumbList"]),
    ("exercise", ["MedicalWebPage", "BreadcrumbList"]),
    ("faq", ["FAQPage", "BreadcrumbList"]),
])
def test_types_per_page_kind(data, kind, types):
    page = next(p for p in _all_pages(data) if p.kind == kind)
    assert [item["@type"] for item in page_structured_data(data, SITE, page)] == types


def test_clinic_is_a_physiotherapy_business_with_its_details(data):
    clinic = data.clinic
    node = _by_type(page_structured_data(data, SITE, _page("home", "")))["Physiotherapy"]
    assert node["name"] == clinic.name
    assert node["telephone"] == clinic.phone_international
    assert node["url"] == SITE.url
    assert node["address"]["streetAddress"] == clinic.address.street
    assert node["address"]["postalCode"] == clinic.address.postcode
    assert node["address"]["addressCountry"] == "AU"
    assert node["hasMap"] == clinic.directions_url
    assert node["potentialAction"]["target"] == clinic.booking_url
    hours = node["openingHoursSpecification"]
    assert [(h["opens"], h["closes"]) for h in hours] == [(h.opens, h.closes) for h in clinic.opening_hours]
    assert hours[0]["dayOfWeek"] == ["https://schema.org/" + d for d in clinic.opening_hours[0].days]


def test_condition_page_is_a_reviewed_medical_web_page_about_the_condition(data):
    for cid, c in data.conditions.items():
        node = _by_type(page_structured_data(data, SITE, _page("condition", f"conditions/{cid}/", cid, c.name)))
        page = node["MedicalWebPage"]
        assert "lastReviewed" not in page and "reviewedBy" not in page, "no review has happened: none is claimed"
        about = page["about"]
        assert about["@type"] == "MedicalCondition" and about["name"] == c.name
        assert about.get("alternateName", []) == list(c.also_known_as)
        assert [s["name"] for s in about["signOrSymptom"]] == list(c.symptoms)
        assert [r["name"] for r in about["riskFactor"]] == list(c.risk_factors)
        assert about["possibleTreatment"] and all(t["description"] for t in about["possibleTreatment"])
        assert about["associatedAnatomy"]["description"] == c.where_it_hurts


def test_gluteal_tendinopathy_is_placed_on_the_outside_of_the_hip(data):
    c = data.conditions["gluteal-tendinopathy"]
    about = _by_type(page_structured_data(data, SITE, _page("condition", "conditions/x/", c.id)))["MedicalWebPage"]["about"]
    assert about["associatedAnatomy"]["name"] == "Outside of the hip"


def test_exercise_page_carries_an_exercise_plan_from_its_dosage(data):
    seen_reps = seen_hold = False
    for eid, e in data.exercises.items():
        page = _by_type(page_structured_data(data, SITE, _page("exercise", f"exercises/{eid}/", eid, e.name)))
        plan = page["MedicalWebPage"]["mainEntity"]
        assert "lastReviewed" not in page["MedicalWebPage"]
        assert plan["@type"] == "ExercisePlan" and plan["name"] == e.name
        assert plan["activityFrequency"].endswith("times a week")
        assert len(plan["associatedAnatomy"]) == len(e.muscles.primary) + len(e.muscles.secondary)
        if e.dosage.reps is not None:
            assert plan["repetitions"] == e.dosage.reps and "activityDuration" not in plan
            seen_reps = True
        else:
            assert plan["activityDuration"] == f"PT{e.dosage.hold_seconds}S" and "repetitions" not in plan
            seen_hold = True
    assert seen_reps and seen_hold, "the data should hold both kinds of dosage"


def test_questions_page_lists_every_question_with_its_anchor_and_full_answer(data):
    page = _by_type(page_structured_data(data, SITE, _page("faq-index", "questions/")))["FAQPage"]
    questions = page["mainEntity"]
    assert [q["name"] for q in questions] == [f.question for f in data.faqs.values()]
    for q, f in zip(questions, data.faqs.values(), strict=True):
        assert q["url"] == f"{SITE.url}questions/#{f.id}"
        assert q["acceptedAnswer"]["text"].startswith(f.short_answer)
        assert all(p in q["acceptedAnswer"]["text"] for p in f.answer)


def test_a_question_page_is_an_faq_page_of_one_reviewed_question(data):
    f = next(iter(data.faqs.values()))
    page = _by_type(page_structured_data(data, SITE, _page("faq", f"questions/{f.id}/", f.id, f.question)))["FAQPage"]
    assert [q["name"] for q in page["mainEntity"]] == [f.question]
    assert "lastReviewed" not in page and "reviewedBy" not in page


def test_a_real_review_names_the_person_and_their_registration(data):
    c = next(iter(data.conditions.values()))
    reviewed = c.model_copy(update={"reviewed_by": "Jane Citizen, physiotherapist, AHPRA PHY0001234567",
                                    "last_reviewed": dt.date(2026, 11, 20), "next_review": dt.date(2027, 11, 20)})
    data.conditions[c.id] = reviewed
    try:
        page = _by_type(page_structured_data(data, SITE, _page("condition", f"conditions/{c.id}/", c.id, c.name)))["MedicalWebPage"]
    finally:
        data.conditions[c.id] = c
    assert page["lastReviewed"] == "2026-11-20"
    person = page["reviewedBy"]
    assert (person["name"], person["jobTitle"]) == ("Jane Citizen", "physiotherapist")
    assert person["identifier"] == {"@type": "PropertyValue", "propertyID": "AHPRA", "value": "PHY0001234567"}


def test_breadcrumb_trail_runs_from_home_through_existing_ancestors():
    assert breadcrumb_trail("conditions/labral-tear/", TITLES, SITE.url) == (
        ("Home", SITE.url), ("Conditions", SITE.url + "conditions/"))
    titles = {**TITLES, "conditions/labral-tear/": "Labral tear"}
    trail = breadcrumb_trail("conditions/labral-tear/", titles, SITE.url)
    assert trail[-1] == ("Labral tear", SITE.url + "conditions/labral-tear/")
    # An ancestor without a page of its own is left out, not invented.
    assert breadcrumb_trail("nowhere/page/", {"nowhere/page/": "P"}, SITE.url) == (
        ("Home", SITE.url), ("P", SITE.url + "nowhere/page/"))


def test_breadcrumb_list_positions_count_from_one(data):
    crumbs = _by_type(page_structured_data(data, SITE, _page("condition", "conditions/labral-tear/", "labral-tear",
                                                             "Labral tear")))["BreadcrumbList"]
    items = crumbs["itemListElement"]
    assert [i["position"] for i in items] == [1, 2, 3]
    assert items[-1]["item"] == SITE.url + "conditions/labral-tear/"


def test_json_ld_partial_escapes_text_that_would_close_the_script():
    """The theme Jinja does not autoescape; tojson must keep </script> from ending the element."""
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(ROOT / "overrides"))
    payload = "</script><script>alert(1)</script> & 'quotes' \"double\" <!--"
    item = {"@context": "https://schema.org", "@type": "WebPage", "name": payload}
    html = env.get_template("partials/app-structured-data.html").render(app_seo={"structured_data": [item]})
    assert "</script><script>" not in html
    soup = BeautifulSoup(html, "html.parser")
    scripts = soup.find_all("script")
    assert len(scripts) == 1 and scripts[0]["type"] == "application/ld+json"
    assert json.loads(scripts[0].string) == item


def _git(repo: Path, *args: str, date: str | None = None) -> None:
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t.example",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@t.example"}
    if date:
        env.update(GIT_AUTHOR_DATE=date, GIT_COMMITTER_DATE=date)
    subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True, env=env)


def test_source_dates_come_from_git_then_from_file_times(tmp_path):
    repo = tmp_path / "repo"
    (repo / "docs").mkdir(parents=True)
    (repo / "docs" / "old.md").write_text("old")
    (repo / "docs" / "new.md").write_text("new")
    _git(repo, "init", "-q")
    _git(repo, "add", "docs/old.md")
    _git(repo, "commit", "-q", "-m", "one", date="2024-03-05T12:00:00+00:00")
    _git(repo, "add", "docs/new.md")
    _git(repo, "commit", "-q", "-m", "two", date="2025-06-07T12:00:00+00:00")
    untracked = repo / "docs" / "draft.md"
    untracked.write_text("draft")
    stamp = time.mktime((2023, 1, 2, 12, 0, 0, 0, 0, -1))
    os.utime(untracked, (stamp, stamp))
    # The committed file's date is its commit's, even when the file was touched since.
    os.utime(repo / "docs" / "old.md", None)

    dates = git_commit_dates(repo, ["docs"])
    assert source_date(repo, "docs/old.md", dates) == "2024-03-05"
    assert source_date(repo, "docs/new.md", dates) == "2025-06-07"
    assert source_date(repo, "docs/draft.md", dates) == "2023-01-02"
    assert source_date(repo, "docs", dates) == "2025-06-07"  # a folder: its newest file
    assert source_date(repo, "docs/missing.md", dates) is None


def test_source_dates_outside_git_are_file_times(tmp_path):
    page = tmp_path / "page.md"
    page.write_text("x")
    stamp = time.mktime((2022, 8, 9, 12, 0, 0, 0, 0, -1))
    os.utime(page, (stamp, stamp))
    dates = git_commit_dates(tmp_path, ["."])
    assert dates == {}
    assert source_date(tmp_path, "page.md", dates) == "2022-08-09"


def test_robots_txt_allows_all_and_names_the_sitemap():
    text = robots_txt("https://clinic.example/")
    assert "User-agent: *" in text and "Disallow: /\n" not in text
    assert "Sitemap: https://clinic.example/sitemap.xml" in text.splitlines()


def test_document_title_names_the_site_once():
    assert document_title("Labral tear", "Hip pain in runners") == "Labral tear - Hip pain in runners"
    assert document_title("Hip pain in runners", "Hip pain in runners") == "Hip pain in runners"
    assert document_title("", "Hip pain in runners") == "Hip pain in runners"
