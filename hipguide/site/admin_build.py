"""Put the browser editor into a built site: admin/ plus Decap CMS's files, with its own policy."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import yaml

from hipguide.html.admin_csp import admin_headers_block, admin_policy
from hipguide.html.csp import with_policy_meta

DECAP_DIST = Path("node_modules") / "decap-cms" / "dist"
ADMIN_SOURCES = ("index.html", "editor-start.js", "config.yml")


def decap_files(dist: Path) -> list[Path]:
    """Decap's bundle, its lazily loaded chunks and WebAssembly; no source maps, no duplicate 'cms.js' copies."""
    return sorted(p for p in dist.iterdir()
                  if p.is_file() and (p.name.startswith("decap-cms.js") or p.name.endswith(".decap-cms.js")
                                      or p.suffix == ".wasm") and not p.name.endswith(".map"))


def write_admin(project: Path, site: Path) -> str | None:
    """Write site/admin/; return a warning instead when Decap's files are not installed."""
    dist = project / DECAP_DIST
    if not (dist / "decap-cms.js").is_file():
        return ("the browser editor is not in this build: node_modules/decap-cms is missing. "
                "Run `npm ci` (or `make test-deps`) and build again.")
    out = site / "admin"
    out.mkdir(parents=True, exist_ok=True)
    for name in ADMIN_SOURCES:
        shutil.copyfile(project / "admin" / name, out / name)
    config = yaml.safe_load((project / "admin" / "config.yml").read_text(encoding="utf-8"))
    (out / "config.json").write_text(json.dumps(config, ensure_ascii=False), encoding="utf-8")
    page = out / "index.html"
    page.write_text(with_policy_meta(page.read_text(encoding="utf-8"), admin_policy()), encoding="utf-8")
    for path in decap_files(dist):
        shutil.copyfile(path, out / path.name)
    headers = site / "_headers"
    if headers.is_file():
        headers.write_text(headers.read_text(encoding="utf-8") + admin_headers_block(), encoding="utf-8")
    return None


def public_html_files(site: Path) -> list[Path]:
    """The site's pages for runners: every HTML file but the staff editor's (its own rules: hipguide/html/admin_csp.py)."""
    return sorted(p for p in site.rglob("*.html") if p.relative_to(site).parts[0] != "admin")
