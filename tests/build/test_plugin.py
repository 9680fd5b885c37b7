"""The MkDocs plugin (hipguide/plugin.py): found through its entry point, its events in the
right order, every generated file guarded against a hand-written one, no state shared between builds."""
from __future__ import annotations

import json
import re
from importlib.metadata import entry_points
from pathlib import Path
from types import SimpleNamespace

import pytest
from mkdocs.config import load_config
from mkdocs.exceptions import PluginError
from mkdocs.plugins import PluginCollection
from mkdocs.structure.files import File, get_files

from hipguide.plugin import CHECKER_ENGINE_URI, CHECKER_MODEL_URI, HipGuidePlugin
from hipguide.site import app_stylesheet
from hipguide.site.programme_data import PROGRAMME_JSON_URI
from support.project import ROOT, copy_project


def _config(project: Path):
    return load_config(config_file=str(project / "mkdocs.yml"))


def _loaded(project: Path):
    """``project``'s MkDocs config after every plugin's on_config (the hipguide plugin's loads data/)."""
    config = _config(project)
    config.plugins.on_startup(command="build", dirty=False)
    return config.plugins.on_config(config)


def test_mkdocs_finds_the_plugin_through_the_entry_point():
    (entry,) = [e for e in entry_points(group="mkdocs.plugins") if e.name == "hipguide"]
    assert entry.load() is HipGuidePlugin
    config = _config(ROOT)
    assert isinstance(config.plugins["hipguide"], HipGuidePlugin)
    assert not config.hooks, "mkdocs.yml needs no hooks: the plugin does their work"


def _handlers(config, event: str) -> list[str]:
    return [f"{getattr(h, '__self__', h).__class__.__name__}.{h.__name__}" for h in config.plugins.events[event]]


def test_event_order_macros_see_the_data_and_the_policy_sees_every_inline_script():
    config = _config(ROOT)
    on_config = _handlers(config, "config")
    # Hand-written pages read {{ clinic.phone }}: the data must be in config.extra before macros copies it.
    assert on_config.index("HipGuidePlugin.on_config") < on_config.index("MacrosPlugin.on_config"), on_config
    # The policy hashes the HTML every plugin wrote; the editor at /admin/ comes after it, with its own policy.
    assert _handlers(config, "post_build")[-2:] == ["HipGuidePlugin._write_policy", "HipGuidePlugin._write_admin"]


@pytest.fixture(scope="module")
def loaded_real_project():
    return _loaded(ROOT)


def _built_files(config):
    return config.plugins.on_files(get_files(config), config=config)


def _generated_uris(config) -> dict[str, str]:
    """Every file the plugins add to a build: its URI and content."""
    return {f.src_uri: f.content_string for f in _built_files(config) if f.generated_by}


def test_the_plugin_adds_every_generated_file(loaded_real_project):
    config = loaded_real_project
    uris = _generated_uris(config)
    expected = {"robots.txt", PROGRAMME_JSON_URI, CHECKER_ENGINE_URI, CHECKER_MODEL_URI, app_stylesheet.OUTPUT,
                "conditions/gluteal-tendinopathy.md", "exercises/index.md", "questions/index.md"}
    assert expected <= set(uris), expected - set(uris)
    assert all(uri.startswith(("conditions/", "exercises/", "questions/")) for uri in set(uris) - expected)
    assert "assets/symptom-checker/engine.js" not in [f.src_uri for f in _built_files(config)], "published once only"


# One of each kind of generated file: a page from data/, an index page, robots.txt, My programme's JSON,
# the symptom checker's model and engine, the joined stylesheet.
CLASHING = ["conditions/gluteal-tendinopathy.md", "questions/index.md", "robots.txt", PROGRAMME_JSON_URI,
            CHECKER_MODEL_URI, CHECKER_ENGINE_URI, app_stylesheet.OUTPUT]


@pytest.mark.parametrize("uri", CLASHING)
def test_a_hand_written_file_where_the_build_makes_one_stops_the_build_naming_it(loaded_real_project, uri):
    config = loaded_real_project
    files = get_files(config)
    files.append(File(uri, src_dir=config.docs_dir, dest_dir=config.site_dir, use_directory_urls=True))
    with pytest.raises(PluginError, match=rf"^docs/{re.escape(uri)} clashes with the file the build makes from \S"):
        config.plugins.on_files(files, config=config)


def _with_own_plugin(project: Path):
    """``project``'s config after on_config, with a plugin instance of its own.

    MkDocs itself keeps one instance per process (a plugin with on_startup persists across
    `mkdocs serve` rebuilds), so two instances side by side must not share anything either.
    """
    config = _config(project)
    config["plugins"] = PluginCollection()
    config.plugins["hipguide"] = HipGuidePlugin()
    config.plugins.on_startup(command="build", dirty=False)
    return config.plugins.on_config(config)


def test_two_projects_in_one_process_each_keep_their_own_data(tmp_path):
    first = copy_project(tmp_path / "first")
    second = copy_project(tmp_path / "second")
    clinic = second / "data" / "clinic.yml"
    clinic.write_text(clinic.read_text(encoding="utf-8").replace("phone: 8490 0777", "phone: 8490 0999"), encoding="utf-8")
    first_config, second_config = _with_own_plugin(first), _with_own_plugin(second)
    # The second project's data was loaded last; the first project's files must still come from its own.
    first_model = json.loads(_generated_uris(first_config)[CHECKER_MODEL_URI])
    second_model = json.loads(_generated_uris(second_config)[CHECKER_MODEL_URI])
    assert first_model["clinic"]["phone"] == "03 8490 0777"
    assert second_model["clinic"]["phone"] == "03 8490 0999"
    assert first_config.extra["clinic"]["phone_href"] == "tel:+61384900777"
    assert second_config.extra["clinic"]["phone_href"] == "tel:+61384900999"


def test_every_build_loads_data_again(tmp_path):
    """`mkdocs serve` keeps one plugin across rebuilds: each on_config must read data/ afresh."""
    project = copy_project(tmp_path / "project")
    config = _loaded(project)
    assert json.loads(_generated_uris(config)[CHECKER_MODEL_URI])["clinic"]["phone"] == "03 8490 0777"
    clinic = project / "data" / "clinic.yml"
    clinic.write_text(clinic.read_text(encoding="utf-8").replace("phone: 8490 0777", "phone: 8490 0999"), encoding="utf-8")
    config = config.plugins.on_config(config)  # the same plugin instance, as in `mkdocs serve`
    assert json.loads(_generated_uris(config)[CHECKER_MODEL_URI])["clinic"]["phone"] == "03 8490 0999"
    assert config.extra["clinic"]["phone_href"] == "tel:+61384900999"


def test_a_description_naming_a_clinic_detail_that_does_not_exist_stops_the_build_naming_the_page(loaded_real_project):
    plugin = loaded_real_project.plugins["hipguide"]
    page = SimpleNamespace(meta={"description": "Book at {{ clinic.nam }}."}, file=SimpleNamespace(src_uri="contact.md"))
    with pytest.raises(PluginError, match=r"^docs/contact\.md: description: .*nam.* Clinic details it may name: .*\bname\b"):
        plugin.on_page_markdown("", page=page, config=loaded_real_project, files=None)
    page.meta["description"] = "Book at {{ clinic.name }}."
    plugin.on_page_markdown("", page=page, config=loaded_real_project, files=None)
    assert page.meta["description"] == f"Book at {plugin.data.clinic.name}."
