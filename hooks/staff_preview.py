"""MkDocs hook: the "Edit this page" button exists only in the staff preview.

Runners never edit source files, so the published site (`mkdocs build`) has no
edit button and no link to the source host; `make serve` (`mkdocs serve`)
keeps both, so staff can jump from a page to the file that makes it.
"""
from __future__ import annotations

_command = {"name": "build"}


def on_startup(command, dirty):
    _command["name"] = command


def on_config(config):
    if _command["name"] == "serve":
        features = config.theme["features"]
        if "content.action.edit" not in features:
            features.append("content.action.edit")
    else:
        config["repo_url"] = None
        config["repo_name"] = None
        config["edit_uri"] = None
    return config
