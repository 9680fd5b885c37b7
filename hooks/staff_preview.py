"""MkDocs hook: the "Edit this page" button exists only in the staff preview.

Runners never edit source files, so the published site (`mkdocs build`) has no
edit button and no link to the source host; `make serve` (`mkdocs serve`)
keeps both, so staff can jump from a page to the file that makes it.
APP_STAFF_PREVIEW=1 gives a build the preview's button too (tests use it).
"""
from __future__ import annotations

import os

_command = {"name": "build"}


def on_startup(command, dirty):
    _command["name"] = command


def on_config(config):
    if _command["name"] == "serve" or os.environ.get("APP_STAFF_PREVIEW") == "1":
        features = config.theme["features"]
        if "content.action.edit" not in features:
            features.append("content.action.edit")
    else:
        config["repo_url"] = None
        config["repo_name"] = None
        config["edit_uri"] = None
    return config
