#!/usr/bin/env python3
"""Measure My programme: gzipped size of its scripts, and how many exercises print on one A4 page.

    .venv/bin/python scripts/bench_programme.py [--site DIR]

Builds the site (or uses DIR), serves it on 127.0.0.1 and prints to PDF in
Chromium with 1, 2, 3... exercises, in two orders: the wordiest exercises
first (name and first three cues: the worst case) and the data's own order.
"""
from __future__ import annotations

import argparse
import gzip
import io
import json
import sys
import tempfile
import time
from pathlib import Path

from hipguide.measure.chromium import launch_chromium
from hipguide.measure.static_server import start_server

ROOT = Path(__file__).resolve().parent.parent
EVERY_PAGE = ["programme.js", "programme-hash.js", "programme-state.js", "programme-status.js"]
PROGRAMME_PAGE = ["programme-page.js"]


def gz(path: Path) -> int:
    return len(gzip.compress(path.read_bytes(), compresslevel=9))


def sizes(site: Path) -> None:
    folder = site / "assets" / "programme"
    print("Gzipped sizes (level 9):")
    for name in EVERY_PAGE + PROGRAMME_PAGE + ["programme.css"]:
        path = folder / name
        print(f"  {name:22} {path.stat().st_size:6} B raw  {gz(path):6} B gzipped")
    every = sum(gz(folder / n) for n in EVERY_PAGE)
    page = every + sum(gz(folder / n) for n in PROGRAMME_PAGE)
    data = site / "programme" / "exercises.json"
    print(f"  every page loads the scripts: {every} B gzipped; the programme page adds its module: {page} B in all")
    print(f"  programme/exercises.json: {data.stat().st_size} B raw, {gz(data)} B gzipped")


def pages_for(page, base: str, ids: list[str]) -> int:
    from pypdf import PdfReader

    page.goto(f"{base}/programme/#p={','.join(ids)}")
    page.locator(".app-programme-item").nth(len(ids) - 1).wait_for()
    while not page.evaluate("[...document.images].every((i) => i.complete)"):
        time.sleep(0.05)
    return len(PdfReader(io.BytesIO(page.pdf(format="A4"))).pages)


def most_on_one_page(page, base: str, ids: list[str]) -> int:
    fits = 0
    for n in range(1, len(ids) + 1):
        if pages_for(page, base, ids[:n]) > 1:
            break
        fits = n
    return fits


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--site", type=Path, help="a built site (default: build one in a temporary folder)")
    args = ap.parse_args(argv)
    site = args.site
    if site is None:
        from hipguide.cli.build import build

        site = Path(tempfile.mkdtemp(prefix="bench-programme-")) / "site"
        if build(ROOT, site) != 0:
            return 1
    sizes(site)

    from playwright.sync_api import sync_playwright

    exercises = json.loads((site / "programme" / "exercises.json").read_text())["exercises"]
    wordiest = sorted(exercises, key=lambda i: -(len(exercises[i]["name"]) + sum(len(c) for c in exercises[i]["cues"][:3])))
    _server, base = start_server(site)  # hipguide/measure/static_server.py, as a real host serves it
    with sync_playwright() as p:
        browser = launch_chromium(p)
        page = browser.new_page()
        print("Exercises on one printed A4 page:")
        print(f"  wordiest first (worst case): {most_on_one_page(page, base, wordiest)}")
        print(f"  in the data's order:         {most_on_one_page(page, base, list(exercises))}")
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
