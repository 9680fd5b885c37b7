"""The built site, page by page: titles, descriptions, canonical and link-preview tags,
JSON-LD by page kind, sitemap dates, robots.txt, the 404 page, and the booking links
(header button, small-screen bar, page-end block) with the clinic's details from
data/clinic.yml only."""
from __future__ import annotations

import datetime as dt
import gzip
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup
from PIL import Image

from hipguide.cli.build import build
from hipguide.data.load import load_site_data
from hipguide.site import share_image
from hipguide.site.template_context import clinic_context
from support.project import ROOT, copy_project
from support.schema_vocabulary import check

SITE_URL = re.search(r"^site_url:\s*(\S+)", (ROOT / "mkdocs.yml").read_text(encoding="utf-8"), re.M).group(1)
SKIP_DIRS = {"assets", "search", "admin"}  # admin: the staff editor, not a page
SOURCE_PARTS = ["docs", "overrides", "hipguide", "scripts", "mkdocs.yml"]
BINARY_SUFFIXES = {".png", ".jpg", ".jpeg", ".gif", ".webp", ".ico", ".woff", ".woff2", ".gz", ".pyc"}


@pytest.fixture(scope="module")
def data():
    return load_site_data(ROOT)


@pytest.fixture(scope="module")
def clinic(data):
    return clinic_context(data.clinic)


@pytest.fixture(scope="module")
def pages(built_site) -> dict[str, BeautifulSoup]:
    """Every content page of the built site by its address relative to the site ('' is home)."""
    out = {}
    for html in sorted(built_site.rglob("index.html")):
        rel = html.relative_to(built_site)
        if rel.parts[0] in SKIP_DIRS:
            continue
        path = "" if rel.parent == Path(".") else rel.parent.as_posix() + "/"
        out[path] = BeautifulSoup(html.read_text(encoding="utf-8"), "html.parser")
    return out


def kind_of(path: str, data) -> str:
    """The page kind the address says (home, contact, condition, exercise, faq, indexes, page)."""
    parts = path.strip("/").split("/") if path else []
    if not parts:
        return "home"
    if parts == ["contact"]:
        return "contact"
    section = {"conditions": ("condition", data.conditions), "exercises": ("exercise", data.exercises),
               "questions": ("faq", data.faqs)}
    if parts[0] in section:
        kind, items = section[parts[0]]
        if len(parts) == 1:
            return {"faq": "faq-index"}.get(kind, kind + "-index")
        if parts[1] in items:
            return kind
    return "page"


EXPECTED_TYPES = {
    "home": ["WebSite", "Physiotherapy"],
    "contact": ["ContactPage", "Physiotherapy", "BreadcrumbList"],
    "condition": ["MedicalWebPage", "BreadcrumbList"],
    "exercise": ["MedicalWebPage", "BreadcrumbList"],
    "faq": ["FAQPage", "BreadcrumbList"],
    "faq-index": ["FAQPage", "BreadcrumbList"],
    "condition-index": ["CollectionPage", "BreadcrumbList"],
    "exercise-index": ["CollectionPage", "BreadcrumbList"],
    "page": ["WebPage", "BreadcrumbList"],
}


def json_ld(soup: BeautifulSoup) -> list[dict]:
    return [json.loads(s.string) for s in soup.find_all("script", type="application/ld+json")]


def meta(soup: BeautifulSoup, **attrs) -> str | None:
    tag = soup.head.find("meta", attrs=attrs)
    return tag["content"] if tag else None


# --- titles, descriptions, canonical, link previews ---------------------------------------

def test_the_site_has_every_kind_of_page(pages, data):
    kinds = {kind_of(p, data) for p in pages}
    assert kinds == set(EXPECTED_TYPES), kinds


def test_every_page_has_a_unique_title_and_description(pages):
    titles, descriptions = {}, {}
    for path, soup in pages.items():
        assert len(soup.find_all("title")) == 1, path
        title = soup.title.get_text(strip=True)
        description = meta(soup, name="description")
        assert title and description, path
        assert 70 <= len(description) <= 160, (path, len(description))
        assert title not in titles, f"{path} and {titles.get(title)} share the title {title!r}"
        assert description not in descriptions, f"{path} and {descriptions.get(description)} share a description"
        titles[title], descriptions[description] = path, path
    assert len(pages) >= 50


def test_every_hand_written_page_has_its_own_title_and_description():
    """Without them a page would fall back to the site's description and share it."""
    for md in sorted((ROOT / "docs").rglob("*.md")):
        text = md.read_text(encoding="utf-8")
        assert text.startswith("---\n"), f"{md.relative_to(ROOT)}: front matter with title and description"
        front = yaml.safe_load(text.split("---\n", 2)[1])
        assert front.get("title"), md
        assert 70 <= len(front.get("description") or "") <= 160, md


def test_hand_written_descriptions_name_the_clinic_from_its_data_file(pages, data):
    """The clinic's name is written once, in data/clinic.yml: a description names it as {{ clinic.name }}."""
    named = []
    for md in sorted((ROOT / "docs").rglob("*.md")):
        description = yaml.safe_load(md.read_text(encoding="utf-8").split("---\n", 2)[1]).get("description") or ""
        assert data.clinic.name not in description, f"{md.relative_to(ROOT)}: write {{{{ clinic.name }}}}, not the name"
        if "{{ clinic.name }}" in description:
            named.append(md.relative_to(ROOT / "docs").as_posix())
    assert named, "the home and contact pages name the clinic in their descriptions"
    for path in named:
        url = "" if path == "index.md" else path.removesuffix(".md").removesuffix("/index") + "/"
        shown = meta(pages[url], name="description")
        assert data.clinic.name in shown and "{{" not in shown, (url, shown)


def test_generated_pages_describe_themselves_with_their_yaml_summary(pages, data):
    for cid, c in data.conditions.items():
        assert meta(pages[f"conditions/{cid}/"], name="description") == c.summary
    for eid, e in data.exercises.items():
        assert meta(pages[f"exercises/{eid}/"], name="description") == e.summary


def test_every_page_has_an_absolute_self_referencing_canonical_url(pages):
    assert SITE_URL.startswith("https://") and SITE_URL.endswith("/")
    for path, soup in pages.items():
        links = soup.head.find_all("link", rel="canonical")
        assert len(links) == 1, path
        assert links[0]["href"] == SITE_URL + path, path


def test_every_page_has_open_graph_and_twitter_tags_with_the_self_hosted_image(pages, built_site):
    image_url = SITE_URL + share_image.PATH
    for path, soup in pages.items():
        description = meta(soup, name="description")
        assert meta(soup, property="og:url") == SITE_URL + path, path
        assert meta(soup, property="og:description") == description, path
        assert meta(soup, property="og:title"), path
        assert meta(soup, property="og:type") == ("website" if path == "" else "article"), path
        assert meta(soup, property="og:image") == image_url, path
        assert meta(soup, property="og:image:alt"), path
        assert meta(soup, name="twitter:card") == "summary_large_image", path
        assert meta(soup, name="twitter:image") == image_url, path
        assert meta(soup, name="twitter:description") == description, path
    with Image.open(built_site / share_image.PATH) as img:
        assert img.format == "PNG"
        assert img.size == (share_image.WIDTH, share_image.HEIGHT)
    assert (built_site / share_image.PATH).stat().st_size < 200_000


def test_share_image_is_what_the_script_draws():
    if not Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf").is_file():
        pytest.skip("the DejaVu fonts (Debian fonts-dejavu-core) are needed to redraw the picture")
    result = subprocess.run([sys.executable, "-m", "hipguide.drawings.share_picture", "--check"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


# --- JSON-LD ------------------------------------------------------------------------------

def test_every_page_has_json_ld_of_the_types_its_kind_needs(pages, data):
    for path, soup in pages.items():
        items = json_ld(soup)
        assert [i["@type"] for i in items] == EXPECTED_TYPES[kind_of(path, data)], path
        for item in items:
            assert item["@context"] == "https://schema.org", path
            assert check(item) == [], (path, item["@type"], check(item))


def test_json_ld_is_escaped_inside_its_script_element(pages):
    for path, soup in pages.items():
        for script in soup.find_all("script", type="application/ld+json"):
            assert "</" not in script.string and "<!--" not in script.string, path


def test_inner_pages_have_a_breadcrumb_ending_at_the_page(pages, data):
    for path, soup in pages.items():
        if path == "":
            continue
        crumbs = next(i for i in json_ld(soup) if i["@type"] == "BreadcrumbList")["itemListElement"]
        assert crumbs[0]["item"] == SITE_URL and crumbs[0]["name"] == "Home", path
        assert crumbs[-1]["item"] == SITE_URL + path, path
        assert [c["position"] for c in crumbs] == list(range(1, len(crumbs) + 1)), path
        if kind_of(path, data) in ("condition", "exercise", "faq"):
            assert len(crumbs) == 3, path  # Home > section > page


def test_clinic_json_ld_on_home_and_contact_matches_clinic_yml(pages, data):
    clinic = data.clinic
    for path in ("", "contact/"):
        node = next(i for i in json_ld(pages[path]) if i["@type"] == "Physiotherapy")
        assert node["name"] == clinic.name and node["telephone"] == clinic.phone_international
        assert node["url"] == SITE_URL
        assert node["address"]["streetAddress"] == clinic.address.street
        assert len(node["openingHoursSpecification"]) == len(clinic.opening_hours)


def test_condition_pages_have_reviewed_medical_web_page_about_the_condition(pages, data):
    for cid, c in data.conditions.items():
        page = json_ld(pages[f"conditions/{cid}/"])[0]
        assert "lastReviewed" not in page and "reviewedBy" not in page, "no review has happened: none is claimed"
        about = page["about"]
        assert about["@type"] == "MedicalCondition" and about["name"] == c.name
        for key in ("signOrSymptom", "possibleTreatment", "associatedAnatomy", "riskFactor"):
            assert about[key], (cid, key)
        if c.also_known_as:
            assert about["alternateName"] == list(c.also_known_as)


def test_exercise_pages_carry_an_exercise_plan(pages, data):
    for eid, e in data.exercises.items():
        page = json_ld(pages[f"exercises/{eid}/"])[0]
        assert page["mainEntity"]["@type"] == "ExercisePlan" and page["mainEntity"]["name"] == e.name
        assert "lastReviewed" not in page and "reviewedBy" not in page


def test_faq_json_ld_matches_the_questions_shown_as_headings(pages, data):
    soup = pages["questions/"]
    questions = json_ld(soup)[0]["mainEntity"]
    assert len(questions) == len(data.faqs)
    text = soup.article.get_text(" ", strip=True)
    for q in questions:
        anchor = q["url"].split("#", 1)[1]
        heading = soup.find(id=anchor)
        assert heading is not None and heading.name == "h2", anchor
        assert heading.get_text(strip=True).rstrip("¶") == q["name"]
        short = " ".join(q["acceptedAnswer"]["text"].split("\n\n")[0].split())
        assert short in text  # the answer stands as crawlable HTML too
    for fid, f in data.faqs.items():
        one = json_ld(pages[f"questions/{fid}/"])[0]
        assert [q["name"] for q in one["mainEntity"]] == [f.question]


# --- sitemap and robots.txt ---------------------------------------------------------------

def _sitemap(text: str) -> dict[str, str]:
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    root = ET.fromstring(text)
    return {u.findtext("s:loc", namespaces=ns): u.findtext("s:lastmod", namespaces=ns)
            for u in root.findall("s:url", ns)}


def _expected_source_date(path: Path) -> str:
    """What git says (the last commit touching it), else the file's modification date."""
    files = [path] if path.is_file() else [f for f in path.rglob("*") if f.is_file()]
    dates = []
    for f in files:
        out = subprocess.run(["git", "-C", str(ROOT), "log", "-1", "--format=%cs", "--", str(f)],
                             capture_output=True, text=True).stdout.strip()
        dates.append(out or dt.date.fromtimestamp(f.stat().st_mtime).isoformat())
    return max(dates)


def test_sitemap_lists_every_page_with_its_real_date(built_site, pages, data):
    entries = _sitemap((built_site / "sitemap.xml").read_text(encoding="utf-8"))
    assert set(entries) == {SITE_URL + p for p in pages}
    for kind, items, section in (("condition", data.conditions, "conditions"),
                                 ("exercise", data.exercises, "exercises"), ("faq", data.faqs, "questions")):
        for item_id, item in items.items():
            # A real review's date, else the YAML file's own date (never a made-up one).
            expected = (item.last_reviewed.isoformat() if item.is_reviewed
                        else _expected_source_date(ROOT / "data" / ("faqs" if kind == "faq" else section) / f"{item_id}.yml"))
            assert entries[f"{SITE_URL}{section}/{item_id}/"] == expected, item_id
        assert entries[f"{SITE_URL}{section}/"] == _expected_source_date(ROOT / "data" / ("faqs" if kind == "faq" else section))
    checked = 0
    for md in (ROOT / "docs").rglob("*.md"):
        rel = md.relative_to(ROOT / "docs").with_suffix("")
        path = "" if rel.as_posix() == "index" else (rel.parent.as_posix() + "/" if rel.name == "index" else rel.as_posix() + "/")
        path = "" if path == "./" else path
        if SITE_URL + path in entries:
            assert entries[SITE_URL + path] == _expected_source_date(md), md
            checked += 1
    assert checked >= 10
    with gzip.open(built_site / "sitemap.xml.gz", "rt", encoding="utf-8") as gz:
        assert _sitemap(gz.read()) == entries


def test_sitemap_dates_are_the_sources_commit_dates_not_the_build_date(tmp_path):
    """Material's own sitemap would say the build date; ours says when each page's source was last committed.

    A copy committed on a known past date, so the test does not depend on when the real files last changed.
    """
    project = copy_project(tmp_path / "project")
    when = "2024-03-01T10:00:00+10:00"
    env = {**os.environ, "GIT_AUTHOR_DATE": when, "GIT_COMMITTER_DATE": when, "GIT_AUTHOR_NAME": "Test",
           "GIT_AUTHOR_EMAIL": "test@example.invalid", "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.invalid"}
    for command in (["git", "init", "-q"], ["git", "add", "-A"], ["git", "commit", "-q", "-m", "past"]):
        subprocess.run(command, cwd=project, env=env, check=True, capture_output=True)
    assert build(project, project / "site") == 0
    entries = _sitemap((project / "site" / "sitemap.xml").read_text(encoding="utf-8"))
    assert len(entries) >= 50
    assert set(entries.values()) == {"2024-03-01"}, {d for d in entries.values()} - {"2024-03-01"}


def test_robots_txt_points_at_the_sitemap(built_site):
    text = (built_site / "robots.txt").read_text(encoding="utf-8")
    assert f"Sitemap: {SITE_URL}sitemap.xml" in text.splitlines()
    assert "User-agent: *" in text
    assert not re.search(r"^Disallow:\s*/\s*$", text, re.M)


# --- booking links ------------------------------------------------------------------------

def _hrefs(tag) -> list[str]:
    return [a["href"] for a in tag.find_all("a", href=True)]


def test_header_book_button_on_every_page_opens_the_booking_system(pages, built_site, clinic):
    not_found = BeautifulSoup((built_site / "404.html").read_text(encoding="utf-8"), "html.parser")
    for path, soup in [*pages.items(), ("404", not_found)]:
        buttons = soup.select("header nav.md-header__inner > a.app-header-book")
        assert len(buttons) == 1, path
        assert buttons[0]["href"] == clinic["booking_url"], path
        assert buttons[0].get_text(strip=True).startswith("Book"), path


def test_mobile_bar_on_every_page_calls_and_books(pages, built_site, clinic):
    not_found = BeautifulSoup((built_site / "404.html").read_text(encoding="utf-8"), "html.parser")
    for path, soup in [*pages.items(), ("404", not_found)]:
        bars = soup.select("nav.app-booking-bar")
        assert len(bars) == 1, path
        assert bars[0].get("aria-label"), path
        assert _hrefs(bars[0]) == [clinic["phone_href"], clinic["booking_url"]], path
        assert bars[0].find("a", href=clinic["phone_href"]).get_text(" ", strip=True).startswith("Call"), path


def test_booking_block_at_the_end_of_every_content_page(pages, data, clinic):
    assert clinic["phone_href"] == "tel:+61" + re.sub(r"\D", "", data.clinic.area_code + data.clinic.phone)[1:]
    assert clinic["email_href"] == "mailto:" + data.clinic.email
    for path, soup in pages.items():
        kind = kind_of(path, data)
        blocks = soup.article.select("aside.app-booking-cta")
        if kind in ("home", "contact"):
            # These pages carry the booking details in their own words instead.
            links = _hrefs(soup.article)
            assert not blocks, path
        else:
            assert len(blocks) == 1, path
            links = _hrefs(blocks[0])
            assert blocks[0].find(["h2"]).get_text(strip=True), path
        for href in (clinic["booking_url"], clinic["phone_href"], clinic["email_href"]):
            assert href in links, (path, href)


def test_condition_and_exercise_blocks_are_worded_for_their_page(pages, data):
    for cid in data.conditions:
        heading = pages[f"conditions/{cid}/"].select_one("aside.app-booking-cta h2").get_text(strip=True)
        assert heading == "Book a hip assessment with a running physio"
    for eid in data.exercises:
        heading = pages[f"exercises/{eid}/"].select_one("aside.app-booking-cta h2").get_text(strip=True)
        assert "running physio" in heading


def test_contact_page_has_hours_address_phone_email_and_a_directions_link(pages, data, clinic, built_site):
    soup = pages["contact/"]
    text = soup.article.get_text(" ", strip=True)
    c = data.clinic
    for hours in c.opening_hours:
        assert f"{hours.opens} to {hours.closes}" in text
        assert all(day in text for day in hours.days)
    for part in (c.address.street, c.address.suburb, c.address.postcode):
        assert part in text
    links = _hrefs(soup.article)
    for href in (clinic["phone_href"], clinic["email_href"], clinic["booking_url"], c.directions_url):
        assert href in links, href
    for html in built_site.rglob("*.html"):
        assert "<iframe" not in html.read_text(encoding="utf-8"), html  # a link to directions, not an embed


def test_404_page_offers_search_sections_and_booking(built_site, clinic):
    soup = BeautifulSoup((built_site / "404.html").read_text(encoding="utf-8"), "html.parser")
    assert soup.title.get_text(strip=True).startswith("Page not found")
    assert meta(soup, name="robots") == "noindex"
    assert not soup.head.find("link", rel="canonical")
    form = soup.article.find("form", attrs={"role": "search"})
    assert form is not None and form.find("input", attrs={"name": "q"}) is not None
    assert form["action"] in ("/", "/.")  # Material opens its search with ?q= on any page
    links = _hrefs(soup.article)
    assert {"/conditions/", "/exercises/", "/questions/"} <= set(links)
    assert clinic["booking_url"] in links and clinic["phone_href"] in links
    sitemap = (built_site / "sitemap.xml").read_text(encoding="utf-8")
    assert "404" not in sitemap


# --- the clinic's details live in data/clinic.yml only ------------------------------------

def _source_files() -> list[Path]:
    files = []
    for part in SOURCE_PARTS:
        path = ROOT / part
        if path.is_file():
            files.append(path)
        elif path.is_dir():
            files += [f for f in path.rglob("*") if f.is_file() and "__pycache__" not in f.parts
                      and f.suffix.lower() not in BINARY_SUFFIXES]
    return files


def _detail_patterns(clinic) -> list[re.Pattern]:
    digits = re.sub(r"\D", "", clinic.phone)
    # The number with any spacing or punctuation between its digits: "8490 0777", "84900777", "8490-0777".
    phone = re.compile(r"(?<!\d)" + r"[\s().-]*".join(digits) + r"(?!\d)")
    return [phone, re.compile(re.escape(clinic.email), re.I)]


def test_phone_and_email_are_written_only_in_clinic_yml(data):
    patterns = _detail_patterns(data.clinic)
    # The scan finds the details where they are: it is not blind.
    clinic_yml = (ROOT / "data" / "clinic.yml").read_text(encoding="utf-8")
    assert all(p.search(clinic_yml) for p in patterns)
    offenders = []
    for path in _source_files():
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        for p in patterns:
            for m in p.finditer(text):
                line = text.count("\n", 0, m.start()) + 1
                offenders.append(f"{path.relative_to(ROOT)}:{line}: {m.group(0)!r}")
    assert not offenders, ("the clinic's phone number or email is written outside data/clinic.yml; "
                           "read it from there instead:\n" + "\n".join(offenders))


# --- what bad configuration and odd text do -----------------------------------------------

def test_quotes_and_ampersands_in_a_summary_stay_intact_in_every_tag(project_copy, tmp_path):
    path = project_copy / "data" / "conditions" / "labral-tear.yml"
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    summary = ('A labral tear is damage to the "labrum", the rim of cartilage around your hip socket & it can '
               "catch or click when you run or twist.")
    assert 120 <= len(summary) <= 160
    text = path.read_text(encoding="utf-8")
    start = text.index("summary:")
    end = text.index("\n", text.index("\n", start) + 1)
    while text[end + 1:end + 3] == "  ":
        end = text.index("\n", end + 1)
    path.write_text(text[:start] + "summary: " + json.dumps(summary) + text[end:], encoding="utf-8")
    assert yaml.safe_load(path.read_text(encoding="utf-8"))["summary"] == summary != doc["summary"]
    site = tmp_path / "site"
    assert build(project_copy, site) == 0
    soup = BeautifulSoup((site / "conditions" / "labral-tear" / "index.html").read_text(encoding="utf-8"),
                         "html.parser")
    assert meta(soup, name="description") == summary
    assert meta(soup, property="og:description") == summary
    assert json_ld(soup)[0]["description"] == summary


def test_missing_site_url_fails_the_build_with_a_clear_message(project_copy, tmp_path, capfd):
    config = project_copy / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(re.sub(r"^site_url:.*$", "", text, flags=re.M), encoding="utf-8")
    assert build(project_copy, tmp_path / "site") != 0
    err = capfd.readouterr().err
    assert "site_url" in err and "Traceback" not in err
    assert not (tmp_path / "site").exists()
