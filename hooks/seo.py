"""MkDocs hook: search-engine and link-preview data for every page.

Thin on purpose: the JSON-LD builders, dates and robots.txt text live in
hipguide (plain Python, tested without MkDocs). This hook
- adds robots.txt (it must name the sitemap's absolute address, from site_url);
- sets each page's update_date, which MkDocs' sitemap.xml prints as <lastmod>,
  to the page's real date (its YAML's last_reviewed, else the git date of its
  source file, else the file's modification date) instead of the build date;
- gives the theme each page's JSON-LD items and share picture (app_seo).
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

from hipguide.site import share_image
from hipguide.site.build_state import data_for_build
from hipguide.site.document_title import document_title
from hipguide.site.robots_txt import robots_txt
from hipguide.site.source_dates import git_commit_dates, git_history_problem, source_date
from hipguide.site.structured_data import PageInfo, SiteInfo, page_structured_data
from hipguide.site.structured_data.breadcrumbs import breadcrumb_trail

_current: dict = {}  # this build's data, site and page titles; replaced by every on_config


def on_config(config):
    # data_pages.py (priority 100) has already loaded and checked data/ and
    # reported any error; this hook needs the same models for its JSON-LD.
    data = data_for_build()
    site_url = config.site_url or ""
    if not site_url.endswith("/"):
        raise PluginError("mkdocs.yml: site_url must be set to the site's full address, ending in /: "
                          "canonical URLs, the sitemap and link previews need it.")
    _current.clear()
    _current["data"] = data
    _current["site"] = SiteInfo(url=site_url, name=config.site_name, description=config.site_description or "",
                                image_url=site_url + share_image.PATH)
    return config


def on_files(files: Files, config) -> Files:
    if files.get_file_from_path("robots.txt") is not None:
        raise PluginError("docs/robots.txt: delete this file; the build writes robots.txt itself "
                          "(it points at the sitemap, from site_url in mkdocs.yml).")
    files.append(File.generated(config, "robots.txt", content=robots_txt(config.site_url)))
    return files


def _page_title(page) -> str:
    return str(page.meta.get("title") or page.title or "")


def on_env(env, config, files):
    # Every page has been read by now, and sitemap.xml is rendered right after this event.
    root = Path(config.config_file_path).parent
    docs = Path(config.docs_dir)
    git_dates = git_commit_dates(root, [os.path.relpath(docs, root), "data"])
    history_problem = git_history_problem(root)
    if history_problem:  # printed, not logged: a warning that must not fail a --strict build
        print(f"WARNING -  Sitemap dates: {history_problem}", file=sys.stderr)
    titles = {}
    for file in files.documentation_pages():
        page = file.page
        if page is None:
            continue
        titles[page.url] = _page_title(page)
        reviewed = page.meta.get("last_reviewed")
        if reviewed:
            page.update_date = str(reviewed)
        elif file.edit_uri:  # data_pages.py sets a generated page's edit_uri to its YAML source
            source = os.path.relpath(os.path.normpath(docs / file.edit_uri), root)
            page.update_date = source_date(root, source, git_dates) or page.update_date
    _current["titles"] = titles
    return env


def on_page_context(context, page, config, nav):
    site: SiteInfo = _current["site"]
    kind = page.meta.get("app_kind") or ("home" if page.is_homepage else "page")
    info = PageInfo(
        url=page.canonical_url or site.url + page.url,
        title=_page_title(page),
        description=str(page.meta.get("description") or site.description),
        kind=kind,
        app_id=str(page.meta.get("app_id") or ""),
        trail=breadcrumb_trail(page.url, _current["titles"], site.url),
    )
    context["app_seo"] = {
        "title": document_title(info.title, site.name),
        "page_title": info.title or site.name,
        "description": info.description,
        "url": info.url,
        "structured_data": page_structured_data(_current["data"], site, info),
        "image_url": site.image_url,
        "image_alt": share_image.alt_text(site.name, _current["data"].clinic.name),
        "image_width": share_image.WIDTH,
        "image_height": share_image.HEIGHT,
        "og_type": "website" if kind == "home" else "article",
    }
    return context
