"""HTML gate: the Nu HTML Checker (vnu, the W3C validator's engine) finds no error in any built page.

vnu.jar comes from npm (vnu-jar, installed by `make test-deps`) and runs on the
machine's Java. Material's own three faults are fixed at build time by
hipguide/html/material_markup.py.
"""
from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

from hipguide.html.material_markup import fix_material_markup
from hipguide.site.admin_build import public_html_files
from support.project import ROOT

VNU_JAR = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def validate(site: Path) -> list[dict]:
    """vnu's error messages for every HTML file under ``site``."""
    assert shutil.which("java"), "Java is needed for the Nu HTML Checker (Debian: apt-get install default-jre-headless)"
    assert VNU_JAR.is_file(), f"{VNU_JAR.relative_to(ROOT)} is missing: run `make test-deps` (npm ci)"
    pages = [str(p) for p in public_html_files(site)]  # not the staff editor's page (Decap's own markup)
    result = subprocess.run(["java", "-Xss4m", "-jar", str(VNU_JAR), "--errors-only", "--skip-non-html",
                             "--format", "json", *pages], capture_output=True, text=True, timeout=600)
    messages = json.loads(result.stderr or '{"messages": []}')["messages"]
    assert result.returncode == (1 if messages else 0), result.stderr[-2000:]
    return messages


def test_every_page_is_valid_html(built_site: Path):
    errors = validate(built_site)
    lines = [f"{m['url'].split(str(built_site))[-1]}:{m.get('lastLine', '?')}: {m['message']}\n"
             f"    {' '.join(m.get('extract', '').split())[:200]}" for m in errors]
    assert not errors, f"{len(errors)} HTML error(s):\n" + "\n".join(lines[:40])


def test_material_markup_fixes_change_only_the_faulty_attributes():
    html = ('<input class="md-toggle" type="checkbox" id="__drawer" autocomplete="off">'
            '<input type="text" name="query" autocomplete="off">'
            '<label class="md-nav__link" for="__nav_2" tabindex="">x</label><label tabindex="0">y</label>'
            '<label class="md-nav__title" for="__toc">Contents</label>')
    fixed = fix_material_markup(html)
    assert '<input class="md-toggle" type="checkbox" id="__drawer">' in fixed
    assert '<input type="text" name="query" autocomplete="off">' in fixed  # allowed on text inputs
    assert 'tabindex=""' not in fixed and 'tabindex="0"' in fixed
    assert '<label class="md-nav__title">Contents</label>' in fixed  # no __toc toggle on this page
    with_toggle = '<input class="md-nav__toggle md-toggle" type="checkbox" id="__toc">' + html
    assert 'for="__toc"' in fix_material_markup(with_toggle)
