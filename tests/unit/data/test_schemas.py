"""JSON Schemas for editors: committed, up to date, true to the models, useful to staff."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator, FormatChecker

from hipguide.data.schema import load_checker, schema_kinds
from hipguide.data.yaml_source import read_yaml
from support.project import ROOT, copy_project

KINDS = schema_kinds()


def _schema(name: str) -> dict:
    return json.loads((ROOT / "schemas" / f"{name}.schema.json").read_text(encoding="utf-8"))


def _validator(name: str) -> Draft202012Validator:
    return Draft202012Validator(_schema(name), format_checker=FormatChecker())


def _data_files(name: str) -> list[Path]:
    return sorted(ROOT.glob(KINDS[name][1]))


def _document(path: Path):
    return read_yaml(path, path.relative_to(ROOT).as_posix()).data


def _run_export(root: Path, *args: str) -> subprocess.CompletedProcess:
    # Run in root: python -m puts it first on the import path, so a copy's own hipguide/ is the one used.
    return subprocess.run([sys.executable, "-m", "hipguide.cli", "schemas", *args], cwd=root, capture_output=True,
                          text=True, timeout=120)


def test_committed_schemas_are_up_to_date():
    """`make test` fails when a model changed and `make schemas` was not run."""
    result = _run_export(ROOT, "--check")
    assert result.returncode == 0, result.stderr
    assert "All 6 files in schemas/ are up to date" in result.stdout


@pytest.fixture
def export_copy(tmp_path) -> Path:
    return copy_project(tmp_path, ["hipguide", "data", "schemas", "scripts"])


def test_check_fails_when_a_model_changes_and_export_repairs_it(export_copy: Path):
    model = export_copy / "hipguide" / "data" / "models" / "faq.py"
    model.write_text(model.read_text().replace("Position on the questions page", "Place on the questions page"))
    stale = _run_export(export_copy, "--check")
    assert stale.returncode == 1
    assert "schemas/faq.schema.json is out of date" in stale.stderr
    assert "condition.schema.json" not in stale.stderr
    assert _run_export(export_copy).returncode == 0
    assert "Place on the questions page" in (export_copy / "schemas" / "faq.schema.json").read_text()
    assert _run_export(export_copy, "--check").returncode == 0


def test_check_fails_when_a_symptom_checker_id_changes(export_copy: Path):
    checker = export_copy / "data" / "symptom-checker.yml"
    checker.write_text(checker.read_text().replace("- id: outside\n", "- id: lateral\n", 1))
    result = _run_export(export_copy, "--check")
    assert result.returncode == 1
    assert "schemas/condition.schema.json is out of date" in result.stderr


def test_check_fails_when_a_schema_file_is_missing(export_copy: Path):
    (export_copy / "schemas" / "advice.schema.json").unlink()
    result = _run_export(export_copy, "--check")
    assert result.returncode == 1 and "schemas/advice.schema.json" in result.stderr


@pytest.mark.parametrize("name", list(KINDS))
def test_every_real_data_file_passes_its_schema(name: str):
    """The editor must not underline content the build accepts."""
    validator = _validator(name)
    files = _data_files(name)
    assert files, name
    for path in files:
        errors = [f"{'.'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(_document(path))]
        assert not errors, f"{path.relative_to(ROOT)}:\n" + "\n".join(errors)


def _walk_properties(schema: dict, node, path=""):
    """Yield (path, property schema) for every property anywhere in the schema."""
    if isinstance(node, dict):
        for key, value in node.get("properties", {}).items():
            yield f"{path}.{key}", value
        for key, value in node.items():
            yield from _walk_properties(schema, value, f"{path}/{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _walk_properties(schema, value, f"{path}[{i}]")


def _resolve(schema: dict, node: dict) -> dict:
    while "$ref" in node:
        node = {**schema["$defs"][node["$ref"].split("/")[-1]], **{k: v for k, v in node.items() if k != "$ref"}}
    return node


@pytest.mark.parametrize("name", list(KINDS))
def test_every_field_has_a_description_and_examples(name: str):
    """Hover text for every field; an example for every field that holds a value (objects show theirs per field)."""
    schema = _schema(name)
    missing = []
    for path, prop in _walk_properties(schema, schema):
        if "/allOf" in path:  # the per-question option rules restate existing fields
            continue
        prop = _resolve(schema, prop)
        if not prop.get("description"):
            missing.append(f"{path}: description")
        items = _resolve(schema, prop.get("items", {}))
        holds_objects = prop.get("type") == "object" or items.get("type") == "object"
        if not holds_objects and not prop.get("examples"):
            missing.append(f"{path}: examples")
    assert not missing, "\n".join(missing)


def test_fixed_choices_are_enums():
    exercise, clinic, checker = _schema("exercise"), _schema("clinic"), _schema("symptom-checker")
    muscles = exercise["$defs"]["Muscles"]["properties"]["primary"]["items"]["enum"]
    assert "gluteus-medius" in muscles and len(muscles) == 10
    assert "resistance-band" in exercise["properties"]["equipment"]["items"]["enum"]
    assert exercise["properties"]["level"]["enum"] == ["beginner", "intermediate", "advanced"]
    assert "VIC" in clinic["$defs"]["Address"]["properties"]["state"]["enum"]
    assert "pain-level" in checker["$defs"]["Question"]["properties"]["id"]["enum"]
    assert set(checker["properties"]["triage"]["properties"]) == {"urgent", "stop-and-book", "book", "self-manage"}


def test_symptom_weights_allow_only_real_question_and_option_ids():
    real = load_checker(ROOT)
    weights = _schema("condition")["properties"]["symptom_weights"]
    assert weights["additionalProperties"] is False
    assert set(weights["properties"]) == {q.id for q in real.questions if q.options}
    for q in real.questions:
        if q.options:
            question = weights["properties"][q.id]
            assert set(question["properties"]) == {o.id for o in q.options}
            assert question["additionalProperties"] is False
            assert q.legend in question["description"]


def _errors(name: str, document) -> list[str]:
    return [e.message for e in _validator(name).iter_errors(document)]


def test_the_schema_underlines_common_mistakes():
    condition = _document(ROOT / "data" / "conditions" / "gluteal-tendinopathy.yml")
    exercise = _document(ROOT / "data" / "exercises" / "side-plank.yml")
    clinic = _document(ROOT / "data" / "clinic.yml")
    cases = [
        ("condition", {**condition, "where_it_hurst": "x"}, "Additional properties"),
        ("condition", {**condition, "symptom_weights": {"location": {"outsde": 2}}}, "outsde"),
        ("condition", {**condition, "symptom_weights": {"locaton": {"outside": 2}}}, "locaton"),
        ("condition", {**condition, "symptom_weights": {"location": {"outside": 9}}}, "maximum"),
        ("condition", {**condition, "name": "<b>Bold</b>"}, "does not match"),
        ("condition", {**condition, "next_review": "20/11/2027"}, "is not valid under any of the given schemas"),
        ("condition", {**condition, "reviewed_by": "Senior running physiotherapist"}, "is not valid under any of the given schemas"),
        ("exercise", {**exercise, "level": "medium"}, "is not one of"),
        ("exercise", {**exercise, "equipment": ["rope"]}, "is not one of"),
        ("exercise", {**exercise, "id": "Side Plank"}, "does not match"),
        ("clinic", {**clinic, "booking_url": "javascript:alert(1)"}, "does not match"),
        ("clinic", {**clinic, "phone": "call us"}, "does not match"),
    ]
    for name, document, words in cases:
        errors = _errors(name, document)
        assert any(words in e for e in errors), f"{name}: expected '{words}' in {errors}"


def test_vscode_maps_each_schema_onto_its_data_files():
    settings = json.loads((ROOT / ".vscode" / "settings.json").read_text())
    mapping = settings["yaml.schemas"]
    for name, (_, files) in KINDS.items():
        assert mapping[f"./schemas/{name}.schema.json"] == [files]
    assert "redhat.vscode-yaml" in json.loads((ROOT / ".vscode" / "extensions.json").read_text())["recommendations"]


def test_no_data_file_relies_on_a_comment():
    """The browser editor drops comments on save: guidance lives in the field descriptions, and
    VS Code finds each schema from .vscode/settings.json, not from a first-line comment."""
    for name in KINDS:
        for path in _data_files(name):
            comments = [n for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                        if line.lstrip().startswith("#")]
            assert not comments, f"{path.relative_to(ROOT)}: comment lines {comments}"


@pytest.mark.parametrize("name", list(KINDS))
def test_schemas_compile_in_a_standard_validator_and_every_pattern_in_javascript(name: str):
    """jsonschema's Draft 2020-12 meta-schema check, and each pattern compiled as VS Code does (JavaScript, 'u')."""
    schema = _schema(name)
    Draft202012Validator.check_schema(schema)
    patterns = sorted({prop["pattern"] for _, prop in _walk_properties(schema, {"properties": {"": schema}})
                       if isinstance(prop, dict) and "pattern" in prop} | set(_patterns(schema)))
    assert patterns
    for pattern in patterns:
        re.compile(pattern)
    script = "for (const p of JSON.parse(process.argv[1])) new RegExp(p, 'u');"
    result = subprocess.run(["node", "-e", script, json.dumps(patterns)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def _patterns(node):
    if isinstance(node, dict):
        if isinstance(node.get("pattern"), str):
            yield node["pattern"]
        for value in node.values():
            yield from _patterns(value)
    elif isinstance(node, list):
        for value in node:
            yield from _patterns(value)


def test_references_list_the_ids_that_exist():
    """A misspelt id is underlined as it is typed: the schemas list the real pages."""
    exercises = sorted(p.stem for p in (ROOT / "data" / "exercises").glob("*.yml"))
    conditions = sorted(p.stem for p in (ROOT / "data" / "conditions").glob("*.yml"))
    condition, exercise, faq = _schema("condition"), _schema("exercise"), _schema("faq")
    assert condition["properties"]["exercises"]["items"]["enum"] == exercises
    assert exercise["properties"]["harder"]["items"]["enum"] == exercises
    assert faq["properties"]["related_conditions"]["items"]["enum"] == conditions
    assert "load-management" in faq["properties"]["related_guides"]["items"]["enum"]
    side_plank = _document(ROOT / "data" / "exercises" / "side-plank.yml")
    assert any("is not one of" in e for e in _errors("exercise", {**side_plank, "harder": ["copenhagen-plnk"]}))


def test_adding_a_page_does_not_make_the_schemas_stale(export_copy: Path):
    shutil.copyfile(export_copy / "data" / "exercises" / "squat.yml", export_copy / "data" / "exercises" / "box-squat.yml")
    assert _run_export(export_copy, "--check").returncode == 0


def test_each_side_yes_is_refused_like_the_build_refuses_it():
    side_plank = _document(ROOT / "data" / "exercises" / "side-plank.yml")
    dosage = {**side_plank["dosage"], "each_side": "yes"}
    assert any("is not of type 'boolean'" in e for e in _errors("exercise", {**side_plank, "dosage": dosage}))


@pytest.mark.parametrize("name", list(KINDS))
def test_fields_come_in_the_order_staff_read_them(name: str):
    """The model's own fields first, in model order, then the review fields it shares."""
    from hipguide.data.schema import field_order
    model = KINDS[name][0]
    assert list(_schema(name)["properties"]) == field_order(model)
    assert field_order(model)[0] in ("id", "name", "pain_rule", "intro")
