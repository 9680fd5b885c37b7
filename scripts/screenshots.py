#!/usr/bin/env python3
"""Screenshots of every kind of page, the symptom checker's four results and My
programme (empty, with exercises), on a phone and a desktop, light and dark, with
a contact sheet (index.html of thumbnails) to look through before publishing.

    scripts/screenshots.py [--site FOLDER] [--out screenshots] [--only home,checker-urgent]

Without --site the site is first built (strict build) into a temporary folder.
Full-page PNGs go into the output folder (gitignored), named
<state>--<phone|desktop>-<light|dark>.png.
"""
from __future__ import annotations

import argparse
import html
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV_PYTHON = ROOT / ".venv" / "bin" / "python"
if VENV_PYTHON.exists() and Path(sys.prefix).resolve() != (ROOT / ".venv").resolve():
    os.execv(str(VENV_PYTHON), [str(VENV_PYTHON), __file__, *sys.argv[1:]])

# After the re-exec above: these need .venv's packages.
from hipguide.cli.build import build  # noqa: E402
from hipguide.measure.chromium import launch_chromium  # noqa: E402
from hipguide.measure.page_states import SCHEMES, VIEWPORTS, states  # noqa: E402
from hipguide.measure.static_server import start_server  # noqa: E402


def contact_sheet(out: Path, shots: list[tuple[str, str]]) -> None:
    rows = "\n".join(
        f'<figure><a href="{html.escape(f)}"><img src="{html.escape(f)}" alt="" loading="lazy" width="240"></a>'
        f"<figcaption>{html.escape(label)}</figcaption></figure>" for label, f in shots)
    (out / "index.html").write_text(f"""<!doctype html><html lang="en"><meta charset="utf-8">
<title>Screenshots</title>
<style>body{{font:14px sans-serif;margin:1rem}}main{{display:flex;flex-wrap:wrap;gap:1rem}}
figure{{margin:0;width:240px}}img{{width:240px;height:320px;object-fit:cover;object-position:top;border:1px solid #999}}</style>
<h1>Screenshots ({len(shots)})</h1><p>Click a thumbnail for the full page.</p><main>
{rows}
</main></html>
""")


def take(site: Path, out: Path, only: list[str] | None) -> int:
    from playwright.sync_api import sync_playwright

    out.mkdir(parents=True, exist_ok=True)
    server, base = start_server(site)
    shots = []
    try:
        with sync_playwright() as p:
            browser = launch_chromium(p)
            for name, (action, args) in states().items():
                if only and not any(o in name for o in only):
                    continue
                for size, viewport in VIEWPORTS.items():
                    for scheme in SCHEMES:
                        context = browser.new_context(viewport=viewport, color_scheme=scheme)
                        page = context.new_page()
                        action(page, base, *args)
                        file = f"{name}--{size}-{scheme}.png"
                        page.screenshot(path=str(out / file), full_page=True)
                        shots.append((f"{name}, {size}, {scheme}", file))
                        context.close()
                        print(file)
            browser.close()
    finally:
        server.shutdown()
    contact_sheet(out, shots)
    print(f"{len(shots)} screenshots; contact sheet: {out / 'index.html'}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--site", type=Path, help="an already built site (default: build one now)")
    parser.add_argument("--out", type=Path, default=ROOT / "screenshots")
    parser.add_argument("--only", help="comma-separated parts of state names, e.g. page-home,checker")
    args = parser.parse_args()
    only = args.only.split(",") if args.only else None
    if args.site:
        return take(args.site.resolve(), args.out.resolve(), only)
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        if build(ROOT, site) != 0:
            print("The build failed: no screenshots taken.", file=sys.stderr)
            return 1
        return take(site, args.out.resolve(), only)


if __name__ == "__main__":
    sys.exit(main())
