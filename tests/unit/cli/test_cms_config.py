"""admin/config.yml: the browser editor's forms, generated from the models, committed and kept up to date."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from hipguide.data.models import Condition, Exercise, Faq
from hipguide.data.schema import field_order
from support.project import ROOT, copy_project

CONFIG = yaml.safe_load((ROOT / "admin" / "config.yml").read_text(encoding="utf-8"))


def _run(root: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "hipguide.cli.cms_config", "--root", str(root), *args],
                          cwd=ROOT, capture_output=True, text=True)


def _collection(name: str) -> dict:
    return next(c for c in CONFIG["collections"] if c["name"] == name)


def _field(fields: list[dict], name: str) -> dict:
    return next(f for f in fields if f["name"] == name)


def test_committed_config_is_up_to_date():
    result = _run(ROOT, "--check")
    assert result.returncode == 0, result.stderr


@pytest.fixture
def copy(tmp_path) -> Path:
    return copy_project(tmp_path, ["hipguide", "data", "docs", "admin", "mkdocs.yml"])


def test_check_fails_when_a_model_changes(copy: Path):
    model = copy / "hipguide" / "data" / "models" / "faq.py"
    model.write_text(model.read_text().replace("Position on the questions page", "Place on the questions page"))
    result = subprocess.run([sys.executable, "-m", "hipguide.cli.cms_config", "--check"], cwd=copy,
                            capture_output=True, text=True)
    assert result.returncode == 1 and "admin/config.yml is out of date" in result.stderr


@pytest.mark.parametrize("name, model", [("conditions", Condition), ("exercises", Exercise), ("faqs", Faq)])
def test_fields_follow_the_models(name: str, model):
    """Model order, labels and hints from the descriptions, required where the model requires it."""
    fields = _collection(name)["fields"]
    assert [f["name"] for f in fields] == field_order(model)
    for f in fields:
        described = model.model_fields[f["name"]]
        assert f["hint"] == described.description
        assert f["required"] == described.is_required()
    assert _collection(name)["delete"] is False and _collection(name)["create"] is True


def test_references_pick_real_pages_and_fixed_choices_are_selects():
    condition, exercise, faq = (_collection(n)["fields"] for n in ("conditions", "exercises", "faqs"))
    assert _field(condition, "exercises").items() >= {"widget": "relation", "collection": "exercises", "value_field": "id",
                                                   "multiple": True}.items()
    assert _field(faq, "related_conditions")["collection"] == "conditions"
    assert _field(exercise, "harder")["collection"] == "exercises"
    assert "load-management" in _field(faq, "related_guides")["options"]
    assert _field(exercise, "level").items() >= {"widget": "select", "options": ["beginner", "intermediate", "advanced"]}.items()
    dosage = _field(exercise, "dosage")["fields"]
    assert _field(dosage, "each_side")["widget"] == "boolean"
    assert _field(dosage, "sets").items() >= {"widget": "number", "value_type": "int", "min": 1, "max": 6}.items()
    assert _field(condition, "last_reviewed").items() >= {"widget": "datetime", "format": "YYYY-MM-DD", "time_format": False}.items()
    weights = _field(condition, "symptom_weights")["fields"]
    assert _field(weights, "location")["widget"] == "object"


def test_text_limits_and_patterns_compile_in_javascript():
    """Decap compiles each pattern with new RegExp(); a bad one would break the whole form."""
    patterns = []

    def walk(node):
        if isinstance(node, dict):
            if "pattern" in node and isinstance(node["pattern"], list):
                patterns.append(node["pattern"][0])
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)
    walk(CONFIG)
    assert len(patterns) > 20
    import json
    script = "for (const p of JSON.parse(process.argv[1])) new RegExp(p);"
    result = subprocess.run(["node", "-e", script, json.dumps(patterns)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    summary = _field(_collection("conditions")["fields"], "summary")
    assert summary["pattern"][0].endswith("{120,160}$") and "120 to 160 characters" in summary["pattern"][1]


def test_production_setting_is_github_with_the_editorial_workflow():
    assert CONFIG["backend"]["name"] == "github"
    assert CONFIG["publish_mode"] == "editorial_workflow"
    assert CONFIG["local_backend"] is True
    files = _collection("settings")["files"]
    assert [f["file"] for f in files] == ["data/clinic.yml", "data/advice.yml", "data/symptom-checker.yml"]
