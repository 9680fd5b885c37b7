"""MkDocs hook: add programme/exercises.json, the data of the My programme page.

Thin on purpose: hipguide.site.programme_data makes the JSON. The file exists only
in memory (File.generated), never in docs/. Data is loaded on every build in
on_files, never at import time, so `mkdocs serve` sees each YAML save.
"""
from __future__ import annotations

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

from hipguide.data.collections import EXERCISES
from hipguide.site.build_state import data_for_build
from hipguide.site.programme_data import PROGRAMME_JSON_URI, programme_json


def on_files(files: Files, config) -> Files:
    content = programme_json(data_for_build(), config.use_directory_urls)
    if files.get_file_from_path(PROGRAMME_JSON_URI) is not None:
        raise PluginError(f"docs/{PROGRAMME_JSON_URI} clashes with the file made from {EXERCISES.folder}/. "
                          "Delete it from docs/.")
    files.append(File.generated(config, PROGRAMME_JSON_URI, content=content))
    return files
