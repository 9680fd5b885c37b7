"""Links gate: no broken internal link and no broken #anchor, in the Markdown and in the rendered HTML.

MkDocs checks the Markdown (validation.anchors: warn under --strict, so a
broken link or anchor fails the build); LinkChecker then checks the HTML, which
also holds what templates and the plugin wrote (hipguide/measure/link_check.py).
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import yaml

from hipguide.measure.link_check import check_links  # hipguide/measure/link_check.py
from hipguide.site.admin_build import public_html_files
from support.project import ROOT


def test_mkdocs_fails_the_build_on_a_broken_link_or_anchor():
    config = yaml.load((ROOT / "mkdocs.yml").read_text(), Loader=yaml.BaseLoader)  # BaseLoader: !!python tags stay text
    validation = config["validation"]
    assert validation["anchors"] == "warn" and validation["unrecognized_links"] == "warn"
    assert validation["omitted_files"] == "warn" and validation["absolute_links"] == "warn"


def test_strict_build_stops_at_a_broken_anchor(project_copy: Path):
    page = project_copy / "docs" / "about.md"
    page.write_text(page.read_text() + "\n\nSee [the causes](conditions/index.md#no-such-section).\n")
    result = subprocess.run([sys.executable, "-m", "hipguide.cli", "build"], cwd=project_copy, capture_output=True, text=True,
                            timeout=300)
    assert result.returncode != 0
    assert "no-such-section" in result.stderr


def test_every_internal_link_and_anchor_of_the_html_resolves(built_site: Path):
    report = check_links(built_site)
    problems = [report.describe(row) for row in report.problems()]
    assert report.returncode == 0 and not problems, "LinkChecker found:\n" + "\n".join(problems or [report.log])
    pages = public_html_files(built_site)
    assert len({r["url"].split("#")[0] for r in report.local()}) > len(pages), "pages and their assets were checked"
    assert len(report.anchors()) > len(pages), "anchors were checked ([AnchorCheck] in tests/gates/linkcheckerrc)"
