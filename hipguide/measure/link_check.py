"""Check every link and #anchor of a built site with LinkChecker, served as a static host serves it.

    python -m hipguide.measure.link_check [site/]             # internal links and anchors (the CI gate)
    python -m hipguide.measure.link_check [site/] --external  # also every link to another site (needs internet)

The site is served over HTTP (hipguide/measure/static_server.py), not read as file://
URLs: over file:// LinkChecker skips the anchors of directory URLs such as
/conditions/x/#causes. The local server answers with a "LinkChecker" header,
which lifts LinkChecker's limit of ten requests a second for that host only.
Every HTML file is a start URL, so a page no other page links to is checked too.
Settings: tests/gates/linkcheckerrc.
"""
from __future__ import annotations

import argparse
import csv
import io
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from hipguide.measure.static_server import start_server
from hipguide.site.admin_build import public_html_files

ROOT = Path(__file__).resolve().parents[2]  # the project this package is installed from (editable)
CONFIG = ROOT / "tests" / "gates" / "linkcheckerrc"
# LinkChecker run as root switches to user nobody to protect local files from the sites it
# crawls. Here it crawls only this site, over HTTP from 127.0.0.1, and as nobody it could not
# load its own plugins (AnchorCheck) when the project sits in a folder only root may enter.
RUN_LINKCHECKER = ("import sys, linkcheck.command.linkchecker as cli; "
                   "cli.drop_privileges = lambda: None; sys.exit(cli.linkchecker())")


@dataclass
class LinkReport:
    """LinkChecker's verdict on one site: its exit code and one row per URL checked."""

    returncode: int
    rows: list[dict]
    origin: str
    log: str

    def problems(self) -> list[dict]:
        """URLs that are broken, or have a warning (a missing anchor is a warning)."""
        return [r for r in self.rows if r["valid"] != "True" or r["warningstring"]]

    def local(self) -> list[dict]:
        return [r for r in self.rows if r["url"].startswith(self.origin)]

    def anchors(self) -> list[dict]:
        return [r for r in self.local() if "#" in r["url"]]

    def describe(self, row: dict) -> str:
        where = row["parentname"].replace(self.origin, "") or "(start)"
        found = " ".join(f"{row['result']} {row['warningstring']}".split())
        return f"{row['urlname']} on {where} line {row['line']}: {found}"


def _parse_csv(text: str) -> list[dict]:
    # LinkChecker's own comment lines start with "# "; a URL name may start with "#anchor".
    body = "".join(line for line in io.StringIO(text) if not line.startswith("# "))
    return list(csv.DictReader(io.StringIO(body), delimiter=";"))


def check_links(site: Path, external: bool = False) -> LinkReport:
    """Run LinkChecker over every page of ``site`` (and, with ``external``, the links leaving it)."""
    server, origin = start_server(site, extra_headers={"LinkChecker": "local test server: no rate limit"})
    try:
        starts = [f"{origin}/{page.relative_to(site).as_posix().removesuffix('index.html')}"
                  for page in public_html_files(site)]
        command = [sys.executable, "-c", RUN_LINKCHECKER, "-f", str(CONFIG), "--no-status", "--verbose", "--output=csv",
                   *(["--check-extern"] if external else []), *starts]
        result = subprocess.run(command, capture_output=True, text=True, timeout=1800)
    finally:
        server.shutdown()
    return LinkReport(result.returncode, _parse_csv(result.stdout), origin, result.stderr)


def main() -> int:
    parser = argparse.ArgumentParser(description="Check the links of a built site.")
    parser.add_argument("site", type=Path, nargs="?", default=ROOT / "site")
    parser.add_argument("--external", action="store_true", help="also check links to other sites")
    args = parser.parse_args()
    report = check_links(args.site.resolve(), external=args.external)
    elsewhere = [r for r in report.rows if not r["url"].startswith(report.origin)]
    skipped = [r for r in elsewhere if r["result"] in ("filtered", "ignored")]
    print(f"{len(report.local())} URLs on this site checked, {len(report.anchors())} of them #anchors; "
          f"{len(elsewhere) - len(skipped)} links elsewhere checked, {len(skipped)} not checked"
          f"{'' if args.external else ' (make check-external checks them)'}.")
    for row in report.problems():
        print("  " + report.describe(row))
    if report.returncode not in (0, 1):
        print(report.log, file=sys.stderr)
    print("No broken links." if report.returncode == 0 else f"{len(report.problems())} problem(s).")
    return report.returncode


if __name__ == "__main__":
    sys.exit(main())
