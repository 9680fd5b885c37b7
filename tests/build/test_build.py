"""The real MkDocs build: strict, one page per data file, atomic, clear failures."""
from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup

from hipguide.cli.build import build  # hipguide/cli/build.py
from support.project import ROOT

BUILD = [sys.executable, "-m", "hipguide.cli", "build"]


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
    """The published site has no Edit button (tests/build/test_public_pages.py); the staff preview's opens the YAML."""
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


# `mkdocs serve` on a port the system picks: MkDocs announces the port it was given (0), so the
# server reports the one it bound, on the same stream as MkDocs' own log lines.
SERVE_ON_ANY_PORT = """
import sys
from mkdocs.__main__ import cli
from mkdocs.livereload import LiveReloadServer
bind = LiveReloadServer.server_bind
def server_bind(self):
    bind(self)
    print(f"BOUND {self.server_address[1]}", file=sys.stderr, flush=True)
LiveReloadServer.server_bind = server_bind
cli(["serve", "-a", "127.0.0.1:0"])
"""


def _get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=5) as r:
        return r.read().decode()


@pytest.mark.slow  # starts mkdocs serve and waits for a rebuild
def test_serve_rebuilds_when_a_yaml_file_is_saved(project_copy: Path):
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    server = subprocess.Popen([sys.executable, "-c", SERVE_ON_ANY_PORT], cwd=project_copy, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    lines: queue.Queue[str] = queue.Queue()
    def read_log():
        for line in server.stderr:
            lines.put(line)
        lines.put(None)  # the server has exited

    threading.Thread(target=read_log, daemon=True).start()

    def next_line(until: float) -> str:
        try:
            line = lines.get(timeout=max(0.0, until - time.monotonic()))
        except queue.Empty:
            raise AssertionError("mkdocs serve said nothing in time") from None
        assert line is not None, "mkdocs serve stopped"
        return line

    try:
        deadline = time.monotonic() + 120
        port = None
        while (line := next_line(deadline)) and "Serving on" not in line:  # after the first build
            if line.startswith("BOUND "):
                port = int(line.split()[1])
        assert port, "the server did not report its port"
        url = f"http://127.0.0.1:{port}/exercises/single-leg-bridge/"
        assert "Single-leg bridge" in _get(url)
        path = project_copy / "data" / "exercises" / "single-leg-bridge.yml"
        path.write_text(path.read_text().replace("name: Single-leg bridge", "name: One-leg bridge"))
        deadline = time.monotonic() + 60
        while True:  # each rebuild ends with "Reloading browsers"
            line = next_line(deadline)
            assert "An error happened during the rebuild" not in line, line
            if "Reloading browsers" in line and "One-leg bridge" in _get(url):
                break
    finally:
        server.terminate()
        server.wait(timeout=20)
