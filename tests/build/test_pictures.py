"""The pictures: each condition's "where it hurts" figure and each exercise's diagram or photo."""
from __future__ import annotations

import struct
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from hipguide.data.errors import DataError, DataErrors
from hipguide.data.exercise_diagrams import read_diagram
from hipguide.data.load import load_site_data
from hipguide.site.pages.exercise_page import exercise_page
from hipguide.site.programme_data import programme_data
from support.project import ROOT


@pytest.fixture(scope="module")
def data():
    return load_site_data(ROOT)


def _soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def test_each_condition_figure_marks_exactly_the_areas_its_data_weighs(built_site: Path, data):
    names = data.symptom_checker.location_areas()
    for cid, c in data.conditions.items():
        weights = {a: w for a, w in c.symptom_weights["location"].items() if w > 0}
        top = max(weights.values())
        svg = _soup(built_site / "conditions" / cid / "index.html").select_one("figure.app-where-it-hurts svg")
        assert svg is not None, cid
        marked = {g["data-area"]: g["data-mark"] for g in svg.select("[data-area]")}
        assert marked == {a: "main" if w == top else "also" for a, w in weights.items()}, cid
        assert svg["role"] == "img" and int(svg["width"]) >= 120 and int(svg["height"]) >= 80
        assert svg.find("title") is None, "a page has one <title>; the figure is named by aria-label"
        alt = svg["aria-label"]
        assert alt.startswith(c.name) and all(names[a] in alt for a in weights), cid
        assert not svg.select("[style]"), "no inline style: the CSP forbids it"


def test_the_checker_and_the_condition_figures_draw_one_body(built_site: Path):
    checker = _soup(built_site / "symptom-checker" / "index.html").select_one("[data-app-checker-parts] svg")
    figure = _soup(built_site / "conditions" / "gluteal-tendinopathy" / "index.html").select_one(".app-where-it-hurts svg")
    def outline(svg):
        return [p["d"] for p in svg.select(".app-bodymap__body, .app-bodymap__line")]

    assert outline(checker) == outline(figure) and len(outline(checker)) == 5
    regions = [g["data-location"] for g in checker.select("[data-location]")]
    assert regions == ["front", "groin", "deep", "outside", "down-leg", "low-back", "back"], "ids ui.js relies on"


def test_a_diagram_without_title_or_viewbox_is_a_file_line_error(tmp_path):
    svg = tmp_path / "x.svg"
    svg.write_text('<?xml version="1.0"?>\n<!-- drawn by hand -->\n<svg xmlns="http://www.w3.org/2000/svg">\n</svg>\n')
    errors: list[DataError] = []
    assert read_diagram(svg, tmp_path, "docs/assets/exercise-diagrams/x.svg", "u", errors) is None
    assert [str(e) for e in errors] == [
        'docs/assets/exercise-diagrams/x.svg:3: it needs a viewBox="0 0 W H" on its <svg> tag (the drawing\'s size); '
        "it needs a <title> describing the exercise (the picture's alt text)."]


def test_a_bad_diagram_fails_the_build_with_one_line_and_no_traceback(project_copy: Path):
    path = project_copy / "docs" / "assets" / "exercise-diagrams" / "squat.svg"
    path.write_text(path.read_text(encoding="utf-8").replace("<title", "<desc").replace("</title>", "</desc>"))
    result = subprocess.run([sys.executable, "-m", "hipguide.cli", "build"], cwd=project_copy, capture_output=True, text=True,
                            timeout=300)
    assert result.returncode != 0
    out = result.stdout + result.stderr
    assert "Traceback" not in out
    lines = [ln.strip() for ln in out.splitlines() if "exercise-diagrams/squat.svg" in ln]
    assert lines == ["docs/assets/exercise-diagrams/squat.svg:1: it needs a <title> describing the exercise "
                     "(the picture's alt text)."]


def _png(width: int, height: int) -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
    rows = b"".join(b"\x00" + b"\xff\xff\xff" * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


PHOTO = """photo:
  src: squat-at-the-clinic.png
  alt: A physio in a deep squat, hips back and thighs level, arms reaching forwards.
video_url: https://video.example/squat
"""


def test_the_clinics_photo_replaces_the_drawing(project_copy: Path):
    photos = project_copy / "docs" / "assets" / "exercise-photos"
    photos.mkdir()
    (photos / "squat-at-the-clinic.png").write_bytes(_png(64, 40))
    with (project_copy / "data" / "exercises" / "squat.yml").open("a", encoding="utf-8") as f:
        f.write(PHOTO)
    data = load_site_data(project_copy)
    picture = data.pictures["squat"]
    assert (picture.kind, picture.uri, picture.width, picture.height) == (
        "photo", "assets/exercise-photos/squat-at-the-clinic.png", 64, 40)
    markdown = exercise_page(data, "squat").markdown
    assert "exercise-photos/squat-at-the-clinic.png" in markdown and "exercise-diagrams/squat.svg" not in markdown
    assert "A physio in a deep squat" in markdown and 'href="https://video.example/squat"' in markdown
    assert programme_data(data)["exercises"]["squat"]["diagram"]["src"] == picture.uri
    assert data.pictures["lunge"].kind == "diagram", "others keep their drawing"


def test_a_missing_photo_or_a_plain_http_video_is_a_data_error(project_copy: Path):
    path = project_copy / "data" / "exercises" / "squat.yml"
    path.write_text(path.read_text(encoding="utf-8") + PHOTO.replace("https://", "http://"), encoding="utf-8")
    with pytest.raises(DataErrors) as caught:
        load_site_data(project_copy)
    report = caught.value.report()
    assert "data/exercises/squat.yml:" in report and "video_url: must be a full web address starting with https://" in report
    path.write_text(path.read_text(encoding="utf-8").replace("http://", "https://"), encoding="utf-8")
    with pytest.raises(DataErrors) as caught:
        load_site_data(project_copy)
    text = path.read_text(encoding="utf-8").splitlines()
    line = next(i for i, ln in enumerate(text, 1) if ln.strip().startswith("src:"))
    assert [str(e) for e in caught.value.errors] == [
        f"data/exercises/squat.yml:{line}: photo.src: there is no file 'squat-at-the-clinic.png' in "
        "docs/assets/exercise-photos/. Put the photo there, or correct the file name."]
