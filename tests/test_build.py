"""The real MkDocs build: strict, one page per data file, atomic, clear failures."""
from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import yaml
from bs4 import BeautifulSoup

from conftest import ROOT, build

BUILD = [sys.executable, "scripts/build.py"]


def _ids(kind: str) -> list[str]:
    return sorted(p.stem for p in (ROOT / "data" / kind).glob("*.yml"))


def test_one_page_per_data_file_plus_indexes(built_site: Path):
    for kind, folder in (("conditions", "conditions"), ("exercises", "exercises"), ("faqs", "questions")):
        assert (built_site / folder / "index.html").is_file()
        for item in _ids(kind):
            assert (built_site / folder / item / "index.html").is_file(), f"{folder}/{item}"
    assert not list((ROOT / "docs").glob("conditions/*.md")), "generated pages must never be written into docs/"


def test_search_index_has_every_generated_page(built_site: Path):
    index = json.loads((built_site / "search" / "search_index.json").read_text())
    locations = {d["location"].split("#")[0] for d in index["docs"]}
    for item in _ids("conditions"):
        assert f"conditions/{item}/" in locations
    for item in _ids("exercises"):
        assert f"exercises/{item}/" in locations
    for item in _ids("faqs"):
        assert f"questions/{item}/" in locations


def test_search_index_leaves_out_repeated_boilerplate(built_site: Path):
    """Words on every page match every query: the index holds each page's own words only."""
    index = json.loads((built_site / "search" / "search_index.json").read_text())
    advice = yaml.safe_load((ROOT / "data" / "advice.yml").read_text())
    texts = [d["title"] + " " + d["text"] for d in index["docs"]]
    exercise_texts = [d["text"] for d in index["docs"] if d["location"].startswith("exercises/")]
    assert not [t for t in exercise_texts if advice["pain_rule"][:60] in t], "the pain rule is indexed on exercise pages"
    for words in (advice["disclaimer"][:60], "Our running physios can find the cause",
                  "Last reviewed:", "Emergency:", "For advice at any hour", "All common questions"):
        assert not [t for t in texts if words in t], f"{words!r} is indexed"
    locations = {d["location"] for d in index["docs"]}
    assert not [item for item in _ids("faqs") if f"questions/#{item}" in locations], \
        "each answer is indexed once, on its own page, not again on the questions page"
    page = (built_site / "conditions" / _ids("conditions")[0] / "index.html").read_text()
    assert "data-search-exclude" not in page, "Material strips the marker from the published page"


def test_every_page_links_one_app_stylesheet(built_site: Path):
    for path in ("index.html", f"conditions/{_ids('conditions')[0]}/index.html", "symptom-checker/index.html"):
        links = [link["href"] for link in
                 BeautifulSoup((built_site / path).read_text(), "html.parser").select("link[rel=stylesheet]")]
        app = [h for h in links if "/stylesheets/" not in h]
        assert app[0].endswith("assets/app/site.css"), (path, links)
        own = {"index.html": ["assets/app/home.css"], "symptom-checker/index.html": ["../assets/symptom-checker/style.css"]}
        assert app[1:] == own.get(path, []), (path, links)
    site_css = (built_site / "assets" / "app" / "site.css").read_text()
    for source in ("app/app.css", "booking/booking.css", "programme/programme.css"):
        assert (ROOT / "docs" / "assets" / source).read_text().strip() in site_css, source


def test_edit_link_opens_the_yaml_file_in_the_staff_preview(project_copy: Path, monkeypatch):
    """The published site has no Edit button (tests/test_public_pages.py); the staff preview's opens the YAML."""
    monkeypatch.setenv("APP_STAFF_PREVIEW", "1")
    site = project_copy / "site"
    assert build(project_copy, site) == 0
    item = _ids("conditions")[0]
    soup = BeautifulSoup((site / "conditions" / item / "index.html").read_text(), "html.parser")
    edit = soup.select_one("a[rel=edit]")
    assert edit is not None and edit["href"].endswith(f"/edit/main/data/conditions/{item}.yml")


def test_faq_page_has_a_heading_and_anchor_per_question(built_site: Path):
    soup = BeautifulSoup((built_site / "questions" / "index.html").read_text(), "html.parser")
    for item in _ids("faqs"):
        heading = soup.find(id=item)
        assert heading is not None and heading.name == "h2", item


def test_hand_written_pages_read_clinic_details_from_yaml(built_site: Path):
    clinic = yaml.safe_load((ROOT / "data" / "clinic.yml").read_text())
    contact = (built_site / "contact" / "index.html").read_text()
    assert clinic["phone"] in contact and clinic["email"] in contact
    assert "{{" not in contact


def _run_build(project: Path):
    return subprocess.run(BUILD, cwd=project, capture_output=True, text=True, timeout=300)


def _snapshot(site: Path) -> dict[str, bytes]:
    return {str(p.relative_to(site)): p.read_bytes() for p in site.rglob("*") if p.is_file()}


def test_bad_data_fails_the_build_and_keeps_the_last_good_site(project_copy: Path):
    assert _run_build(project_copy).returncode == 0
    before = _snapshot(project_copy / "site")
    faq = next((project_copy / "data" / "faqs").glob("*.yml"))
    faq.write_text(faq.read_text().replace("order:", "ordre:", 1))
    result = _run_build(project_copy)
    assert result.returncode != 0
    assert f"data/faqs/{faq.name}:" in result.stderr and "unknown field 'ordre'" in result.stderr
    assert "did you mean 'order'" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert _snapshot(project_copy / "site") == before
    assert not list(project_copy.glob(".site-*")), "no half-written build left behind"


def test_unknown_macro_variable_fails_the_build(project_copy: Path):
    page = project_copy / "docs" / "about.md"
    page.write_text(page.read_text() + "\nFax: {{ clinic.fax }}\n")
    result = _run_build(project_copy)
    assert result.returncode != 0
    assert "fax" in (result.stderr + result.stdout)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=5) as r:
        return r.read().decode()


def test_serve_rebuilds_when_a_yaml_file_is_saved(project_copy: Path):
    port = _free_port()
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"],
                              cwd=project_copy, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        url = f"http://127.0.0.1:{port}/exercises/single-leg-bridge/"
        deadline = time.monotonic() + 120
        while True:
            try:
                assert "Single-leg bridge" in _get(url)
                break
            except OSError:
                assert time.monotonic() < deadline, "mkdocs serve did not start"
                time.sleep(0.5)
        path = project_copy / "data" / "exercises" / "single-leg-bridge.yml"
        path.write_text(path.read_text().replace("name: Single-leg bridge", "name: One-leg bridge"))
        deadline = time.monotonic() + 60
        while "One-leg bridge" not in _get(url):
            assert time.monotonic() < deadline, "the page did not change after the YAML was saved"
            time.sleep(0.5)
    finally:
        server.terminate()
        server.wait(timeout=20)
