"""MkDocs hook: load data/ on every build and add the pages made from it.

Thin on purpose: all logic lives in the hipguide package, which tests call
without MkDocs. Data is loaded in on_config, once per build (so `mkdocs serve`
sees every YAML save), never at import time.
"""
from __future__ import annotations

import sys
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files

from hipguide.data.errors import DataErrors
from hipguide.data.placeholders import placeholder_warnings
from hipguide.data.review_dates import awaiting_review_block, overdue_review_warnings
from hipguide.site.build_state import load_for_build
from hipguide.site.home_page import home_context
from hipguide.site.macro_values import UnsafeLink, macro_values
from hipguide.site.pages import build_pages
from hipguide.site.pages.red_flags import general_red_flags_html
from hipguide.site.template_context import clinic_context

_current: dict = {}  # the data of the build in progress; replaced by every on_config


@event_priority(100)  # before mkdocs-macros reads config.extra
def on_config(config):
    try:
        data = load_for_build(Path(config.config_file_path).parent)
    except DataErrors as exc:
        raise PluginError(exc.report()) from None
    _current["data"] = data
    # Macros paste these into Markdown before it is read: every value arrives as inert text.
    try:
        config.extra["clinic"] = macro_values(clinic_context(data.clinic))
    except UnsafeLink as exc:
        raise PluginError(f"data/clinic.yml: {exc}") from None
    config.extra["advice"] = macro_values(data.advice.model_dump())
    # The general red flags as escaped HTML: hand-written pages include it with {{ general_red_flags }}.
    config.extra["general_red_flags"] = str(general_red_flags_html(data))
    config.extra["home"] = home_context(data)  # overrides/home.html
    # Printed, not logged: placeholders, overdue reviews and yamllint warnings must not fail a --strict build.
    for warning in placeholder_warnings(data, Path(config.config_file_path).parent):
        print(f"WARNING -  {warning}", file=sys.stderr)
    for warning in [*overdue_review_warnings(data), *map(str, data.warnings)]:
        print(f"WARNING -  {warning}", file=sys.stderr)
    if waiting := awaiting_review_block(data):
        print(f"NOTE    -  {waiting}", file=sys.stderr)  # not INFO: hipguide/cli/build.py hides those
    return config


def on_files(files: Files, config) -> Files:
    for page in build_pages(_current["data"]):
        if files.get_file_from_path(page.src_uri) is not None:
            raise PluginError(f"docs/{page.src_uri} clashes with a page made from {page.edit_path}. "
                              "Delete or rename the file in docs/.")
        file = File.generated(config, page.src_uri, content=page.markdown)
        # The Edit button opens the YAML file, not a page that does not exist in docs/.
        file.edit_uri = f"../{page.edit_path}"
        files.append(file)
    return files
