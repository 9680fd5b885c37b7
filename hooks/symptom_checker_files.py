"""MkDocs hook: ship the symptom checker's model.json and engine.js at fixed addresses.

Thin on purpose: the model is made by hipguide.site.checker_model (plain Python).
The engine's source lives with its component in docs/assets/symptom-checker/;
it is published once, at symptom-checker/engine.js, where the contract puts it.
Data is loaded in on_config, on every build, never at import time.
"""
from __future__ import annotations

import json

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files

from hipguide.site.build_state import data_for_build
from hipguide.site.checker_model import checker_model
from hipguide.site.macro_values import macro_values
from hipguide.site.pages.body_map import checker_body_map

ENGINE_SOURCE = "assets/symptom-checker/engine.js"
ENGINE_URI = "symptom-checker/engine.js"
MODEL_URI = "symptom-checker/model.json"

_current: dict = {}  # the model of the build in progress; replaced by every on_config


@event_priority(90)  # after data_pages has reported any data error; before mkdocs-macros reads config.extra
def on_config(config):
    data = data_for_build()
    _current["model"] = checker_model(data, use_directory_urls=config.use_directory_urls)
    # The page's static sentences (intro, privacy, no-JavaScript message) come from the same YAML.
    # Inert text for the macros that paste it into the page's Markdown (hipguide.site.macro_values);
    # the body map is our own drawing (no data text), added after.
    config.extra["symptom_checker"] = macro_values({"intro": data.symptom_checker.intro,
                                                    "wording": data.symptom_checker.wording.model_dump()})
    config.extra["symptom_checker"]["body_map"] = str(checker_body_map())  # the one drawing of the body
    return config


def on_files(files: Files, config) -> Files:
    source = files.get_file_from_path(ENGINE_SOURCE)
    if source is None:
        raise PluginError(f"docs/{ENGINE_SOURCE} is missing: the symptom checker cannot work without its engine.")
    engine = source.content_string
    files.remove(source)  # published once, at the contract's address
    for uri in (ENGINE_URI, MODEL_URI):
        if files.get_file_from_path(uri) is not None:
            raise PluginError(f"docs/{uri} clashes with the file the build makes for the symptom checker. Delete it.")
    model = json.dumps(_current["model"], ensure_ascii=False, separators=(",", ":"))
    files.append(File.generated(config, ENGINE_URI, content=engine))
    files.append(File.generated(config, MODEL_URI, content=model))
    return files
