"""The MkDocs plugin: the one place MkDocs meets the hipguide package.

mkdocs.yml lists it as ``hipguide`` under ``plugins:``; MkDocs finds it through
the ``mkdocs.plugins`` entry point in pyproject.toml. Each event only hands
MkDocs' objects to plain functions in hipguide/site and hipguide/html, which
tests call without MkDocs. Everything one build needs is kept on the instance
and made again by every on_config, never at import time: MkDocs keeps one
instance per process (a plugin with on_startup persists across `mkdocs serve`
rebuilds), and each rebuild must see the YAML files as saved.

What it adds to a build, event by event:
- on_config: loads and checks data/ (once for every event below), gives the
  macros and theme templates their values, and drops the Edit button and the
  source host from the published site (the staff preview keeps them);
- on_files: the pages made from data/, robots.txt, My programme's JSON, the
  symptom checker's model and engine, the one app stylesheet;
- on_env: the booking block for theme templates, sitemap dates;
- on_page_markdown: clinic details named in a hand-written page's description;
- on_page_context: each page's search-engine and link-preview data;
- on_post_page / on_post_template: Material's invalid markup fixed;
- on_post_build: the Content-Security-Policy, then the browser editor at /admin/.
"""
from __future__ import annotations

import json
import logging
import os
import sys
from pathlib import Path

from mkdocs.config.base import Config
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority
from mkdocs.structure.files import File, Files, InclusionLevel

from hipguide.data.collections import EXERCISES
from hipguide.data.errors import DataErrors
from hipguide.data.load import load_site_data
from hipguide.data.placeholders import placeholder_warnings
from hipguide.data.review_dates import awaiting_review_block, overdue_review_warnings
from hipguide.data.site_data import SiteData
from hipguide.html import csp
from hipguide.html.material_markup import fix_material_markup
from hipguide.site import admin_build, app_stylesheet, share_image
from hipguide.site.booking import booking_cta_html
from hipguide.site.checker_model import checker_model
from hipguide.site.macro_values import UnsafeLink
from hipguide.site.macro_variables import macro_variables
from hipguide.site.page_description import DescriptionError, filled_description
from hipguide.site.pages import build_pages
from hipguide.site.programme_data import PROGRAMME_JSON_URI, programme_json
from hipguide.site.robots_txt import robots_txt
from hipguide.site.seo_context import seo_context
from hipguide.site.source_dates import git_commit_dates, git_history_problem, source_date
from hipguide.site.structured_data import PageInfo, SiteInfo
from hipguide.site.structured_data.breadcrumbs import breadcrumb_trail
from hipguide.site.template_context import clinic_context

log = logging.getLogger("mkdocs.plugins.hipguide")

# The symptom checker's engine lives with its component in docs/ and is published once,
# at the address its contract gives; the model is made from data/.
CHECKER_ENGINE_SOURCE = "assets/symptom-checker/engine.js"
CHECKER_ENGINE_URI = "symptom-checker/engine.js"
CHECKER_MODEL_URI = "symptom-checker/model.json"


def add_generated_file(files: Files, config, uri: str, content: str, made_from: str,
                       inclusion: InclusionLevel = InclusionLevel.UNDEFINED) -> File:
    """Add a file the build makes (it exists only in memory, never in docs/) at ``uri``.

    A hand-written file at the same path would silently lose to it (or replace it):
    the build stops instead, naming that file and what the generated one comes from.
    """
    if files.get_file_from_path(uri) is not None:
        raise PluginError(f"docs/{uri} clashes with the file the build makes from {made_from}. "
                          "Delete or rename the file in docs/.")
    file = File.generated(config, uri, content=content, inclusion=inclusion)
    files.append(file)
    return file


def staff_preview(config, *, serving: bool) -> None:
    """The Edit button and the link to the source host exist in the staff preview only.

    Runners never edit source files; `make serve` keeps both, so staff can jump from a
    page to the file that makes it. APP_STAFF_PREVIEW=1 gives a build the same (tests use it).
    """
    if serving or os.environ.get("APP_STAFF_PREVIEW") == "1":
        features = config.theme["features"]
        if "content.action.edit" not in features:
            features.append("content.action.edit")
    else:
        config["repo_url"] = None
        config["repo_name"] = None
        config["edit_uri"] = None


def _warn(message: str) -> None:
    # Printed, not logged: placeholders, overdue reviews and similar warnings must not fail a --strict build.
    print(f"WARNING -  {message}", file=sys.stderr)


def _page_title(page) -> str:
    return str(page.meta.get("title") or page.title or "")


class HipGuideConfig(Config):
    """No options: everything the plugin needs is in data/ and mkdocs.yml."""


class HipGuidePlugin(BasePlugin[HipGuideConfig]):
    """The site made from data/: generated pages and files, page data for the theme, the security policy."""

    def __init__(self) -> None:
        self.serving = False  # `mkdocs serve`: the staff preview
        self.data: SiteData | None = None  # this build's data, loaded by on_config
        self.site: SiteInfo | None = None
        self.titles: dict[str, str] = {}  # page URL -> title, for breadcrumbs

    def on_startup(self, *, command, dirty) -> None:
        self.serving = command == "serve"

    # Before mkdocs-macros (priority 0) copies config and config.extra into its variables:
    # hand-written pages must see this build's clinic, advice and checker values (and the
    # published site's settings, without the staff preview's Edit link).
    @event_priority(100)
    def on_config(self, config):
        root = Path(config.config_file_path).parent
        try:
            self.data = load_site_data(root)
        except DataErrors as exc:
            raise PluginError(exc.report()) from None
        self.titles = {}
        try:
            config.extra.update(macro_variables(self.data))
        except UnsafeLink as exc:
            raise PluginError(f"data/clinic.yml: {exc}") from None
        self._report(root)
        staff_preview(config, serving=self.serving)
        self.site = self._site_info(config)
        return config

    @staticmethod
    def _site_info(config) -> SiteInfo:
        site_url = config.site_url or ""
        if not site_url.endswith("/"):
            raise PluginError("mkdocs.yml: site_url must be set to the site's full address, ending in /: "
                              "canonical URLs, the sitemap and link previews need it.")
        return SiteInfo(url=site_url, name=config.site_name, description=config.site_description or "",
                        image_url=site_url + share_image.PATH)

    def _report(self, root: Path) -> None:
        for warning in placeholder_warnings(self.data, root):
            _warn(warning)
        for warning in [*overdue_review_warnings(self.data), *map(str, self.data.warnings)]:
            _warn(warning)
        if waiting := awaiting_review_block(self.data):
            print(f"NOTE    -  {waiting}", file=sys.stderr)  # not INFO: hipguide/cli/build.py hides those

    def on_files(self, files: Files, *, config) -> Files:
        for page in build_pages(self.data):
            # A page per item is left out of the menu here, so a new collection needs no not_in_nav line.
            inclusion = InclusionLevel.UNDEFINED if page.in_nav else InclusionLevel.NOT_IN_NAV
            file = add_generated_file(files, config, page.src_uri, page.markdown, page.edit_path, inclusion)
            # The Edit button opens the YAML file, not a page that does not exist in docs/.
            file.edit_uri = f"../{page.edit_path}"
        # robots.txt names the sitemap's absolute address, from site_url.
        add_generated_file(files, config, "robots.txt", robots_txt(config.site_url), "site_url in mkdocs.yml")
        add_generated_file(files, config, PROGRAMME_JSON_URI, programme_json(self.data, config.use_directory_urls),
                           f"{EXERCISES.folder}/")
        self._checker_files(files, config)
        add_generated_file(files, config, app_stylesheet.OUTPUT, app_stylesheet.app_stylesheet(Path(config.docs_dir)),
                           ", ".join(f"docs/{name}" for name in app_stylesheet.SOURCES))
        return files

    def _checker_files(self, files: Files, config) -> None:
        source = files.get_file_from_path(CHECKER_ENGINE_SOURCE)
        if source is None:
            raise PluginError(f"docs/{CHECKER_ENGINE_SOURCE} is missing: the symptom checker cannot work without its engine.")
        engine = source.content_string
        files.remove(source)  # published once, at the contract's address
        model = checker_model(self.data, use_directory_urls=config.use_directory_urls)
        add_generated_file(files, config, CHECKER_ENGINE_URI, engine, f"docs/{CHECKER_ENGINE_SOURCE}")
        add_generated_file(files, config, CHECKER_MODEL_URI, json.dumps(model, ensure_ascii=False, separators=(",", ":")),
                           "data/ (the symptom checker's questions, conditions and exercises)")

    def on_env(self, env, *, config, files):
        # Hand-written pages get the same booking block as generated ones (overrides/partials/app-page-cta.html).
        env.globals["app_booking_cta"] = booking_cta_html
        self._sitemap_dates(config, files)
        return env

    def _sitemap_dates(self, config, files: Files) -> None:
        """Each page's update_date (sitemap.xml's <lastmod>): its review date, else its source's last change.

        Every page has been read by now, and sitemap.xml is rendered right after on_env.
        The page titles for breadcrumbs are collected on the way.
        """
        root = Path(config.config_file_path).parent
        docs = Path(config.docs_dir)
        git_dates = git_commit_dates(root, [os.path.relpath(docs, root), "data"])
        if history_problem := git_history_problem(root):
            _warn(f"Sitemap dates: {history_problem}")
        for file in files.documentation_pages():
            page = file.page
            if page is None:
                continue
            self.titles[page.url] = _page_title(page)
            reviewed = page.meta.get("last_reviewed")
            if reviewed:
                page.update_date = str(reviewed)
            elif file.edit_uri:  # a generated page's edit_uri is its YAML source (on_files)
                source = os.path.relpath(os.path.normpath(docs / file.edit_uri), root)
                page.update_date = source_date(root, source, git_dates) or page.update_date

    def on_page_markdown(self, markdown, *, page, config, files):
        # The front matter is read by now; the SEO templates read the description later (on_page_context).
        if isinstance(page.meta.get("description"), str):
            try:
                page.meta["description"] = filled_description(page.meta["description"], clinic_context(self.data.clinic))
            except DescriptionError as exc:
                raise PluginError(f"docs/{page.file.src_uri}: {exc}") from None
        return markdown

    def on_page_context(self, context, *, page, config, nav):
        kind = page.meta.get("app_kind") or ("home" if page.is_homepage else "page")
        info = PageInfo(
            url=page.canonical_url or self.site.url + page.url,
            title=_page_title(page),
            description=str(page.meta.get("description") or self.site.description),
            kind=kind,
            app_id=str(page.meta.get("app_id") or ""),
            trail=breadcrumb_trail(page.url, self.titles, self.site.url),
        )
        context["app_seo"] = seo_context(self.data, self.site, info)
        return context

    def on_post_page(self, output, *, page, config):
        return fix_material_markup(output)

    def on_post_template(self, output_content, *, template_name, config):
        # Static templates: 404.html (and sitemap.xml, which has nothing to fix).
        return fix_material_markup(output_content) if template_name.endswith(".html") else output_content

    # After every other plugin has written its HTML: the policy hashes all inline code.
    @event_priority(-100)
    def _write_policy(self, *, config):
        if self.serving:
            log.info("Content-Security-Policy <meta> left out while serving (live reload is an inline script)")
        csp.write_site_policy(Path(config.site_dir), in_pages=not self.serving)

    # After the policy (-100): /admin/ gets its own policy, which the public pages' must not see;
    # and after the sitemap, so /admin/ is not in it.
    @event_priority(-200)
    def _write_admin(self, *, config):
        missing = admin_build.write_admin(Path(config.config_file_path).parent, Path(config.site_dir))
        if missing:
            _warn(missing)  # a copy of the project without node_modules still builds --strict

    on_post_build = CombinedEvent(_write_policy, _write_admin)
