"""JSON Schemas of the data files, for editors, exported from the models the build validates with.

VS Code (with the YAML extension) reads them to autocomplete fields, show each
field's description and underline mistakes while staff type. The build never
reads them: the models stay the rule, the schemas are their committed copy.

    python -m hipguide.cli schemas          # write schemas/*.schema.json
    python -m hipguide.cli schemas --check  # exit 1 if a committed schema is stale
"""
from __future__ import annotations

import copy
import json
from pathlib import Path

from pydantic import BaseModel

from hipguide.data.collections import (
    GUIDES,
    GUIDES_FOLDER,
    SYMPTOM_CHECKER,
    all_collections,
    all_data_files,
    collection,
    guide_ids,
    references_in,
)
from hipguide.data.errors import DataError, DataErrors
from hipguide.data.messages import validate_document
from hipguide.data.models import SymptomChecker
from hipguide.data.yaml_source import read_yaml

SCHEMA_DIR = "schemas"
JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"

IDS_FROM = "x-ids-from"  # marks an id list that follows data/ (refreshed by `make schemas`, not checked)


def schema_kinds() -> dict[str, tuple[type[BaseModel], str]]:
    """Schema name -> (model, the data files it describes): each single file, then each collection."""
    kinds = {single.name: (single.model, single.path) for single in all_data_files()}
    kinds.update({c.name: (c.model, c.file_pattern) for c in all_collections()})
    return kinds


def _collection_kind(name: str) -> str:
    """Schema name -> the collection kind its reference fields belong to ('' for a single file)."""
    return next((c.kind for c in all_collections() if c.name == name), "")


def load_checker(root: Path) -> SymptomChecker:
    """The validated symptom checker: its question and option ids become schema enums."""
    rel = SYMPTOM_CHECKER.path
    doc = read_yaml(root / rel, rel)
    errors: list[DataError] = []
    checker = validate_document(SymptomChecker, doc, errors)
    if checker is None:
        raise DataErrors(errors)
    return checker


def _keyed_value(parent: dict, key: str, value: dict) -> dict:
    """The schema of one fixed key's value, with the parent's words and example when it has none of its own."""
    out = copy.deepcopy(value)
    if "$ref" not in out:
        out.setdefault("description", f"{parent.get('description', '')} This one is for '{key}'.".strip())
        samples = [example[key] for example in parent.get("examples", []) if isinstance(example, dict) and key in example]
        samples = samples or [v for example in parent.get("examples", []) if isinstance(example, dict) for v in example.values()]
        if samples:
            out.setdefault("examples", samples[:1])
    return out


def _enum_keys_to_properties(node):
    """A dict with a fixed set of keys becomes named properties, so editors complete each key."""
    if isinstance(node, dict):
        names = node.get("propertyNames", {})
        if node.get("type") == "object" and "enum" in names and "additionalProperties" in node:
            value = node.pop("additionalProperties")
            node.pop("propertyNames")
            node["properties"] = {key: _keyed_value(node, key, value) for key in names["enum"]}
            node["additionalProperties"] = False
        for value in node.values():
            _enum_keys_to_properties(value)
    elif isinstance(node, list):
        for value in node:
            _enum_keys_to_properties(value)


def _symptom_weights(schema: dict, checker: SymptomChecker) -> None:
    """symptom_weights: only the real question ids, and under each only its real option ids."""
    field = schema["properties"]["symptom_weights"]
    weight = next(iter(next(iter(field["patternProperties"].values()))["patternProperties"].values()))
    questions = {}
    for q in checker.questions:
        if not q.options:
            continue  # the pain score has no answers to weigh
        options = {}
        for o in q.options:
            options[o.id] = {**weight, "description": f"'{o.label}': {weight['description']}"}
        questions[q.id] = {"type": "object", "title": q.id, "description": f"Question: {q.legend}",
                           "properties": options, "additionalProperties": False,
                           "examples": [{q.options[0].id: 2}]}
    for key in ("patternProperties", "propertyNames"):
        field.pop(key)
    field["properties"] = questions
    field["additionalProperties"] = False


def _checker_option_ids(schema: dict, checker: SymptomChecker) -> None:
    """symptom-checker.yml: option ids fixed per question (the clinical contract), with their labels."""
    question = schema["$defs"]["Question"]
    rules = []
    for q in checker.questions:
        ids = [o.id for o in q.options]
        then = ({"properties": {"options": {"items": {"properties": {"id": {
            "enum": ids, "enumDescriptions": [o.label for o in q.options]}}}}}}
            if ids else {"properties": {"options": {"maxItems": 0}}})
        rules.append({"if": {"properties": {"id": {"const": q.id}}, "required": ["id"]}, "then": then})
    question["allOf"] = rules
    every_id = [o.id for q in checker.questions for o in q.options]
    schema["$defs"]["Option"]["properties"]["id"]["enum"] = sorted(set(every_id))


def field_order(model: type[BaseModel]) -> list[str]:
    """The order staff read a file in: the model's own fields, then those it shares (the review fields)."""
    shared = [name for base in model.__mro__[1:] if isinstance(base, type) and issubclass(base, BaseModel)
              for name in getattr(base, "model_fields", {})]
    own = [name for name in model.model_fields if name not in shared]
    return own + [name for name in model.model_fields if name in shared]


def existing_ids(root: Path) -> dict[str, list[str]]:
    """Kind of page -> the ids that exist now (file names), for the editor's choices."""
    ids = {c.kind: sorted(p.stem for p in (root / c.folder).glob("*.yml")) for c in all_collections()}
    ids[GUIDES] = guide_ids(root)
    return ids


def _reference_choices(schema: dict, name: str, ids: dict[str, list[str]]) -> None:
    """Reference fields list the ids that exist, so a misspelt id is underlined as it is typed."""
    for field, target in references_in(_collection_kind(name)).items():
        items = schema["properties"][field]["items"]
        folder = GUIDES_FOLDER if target == GUIDES else collection(target).folder
        items["enum"] = list(ids.get(target, []))
        items[IDS_FROM] = folder


def without_id_lists(node):
    """The schema minus its data-dependent id lists: what `--check` compares (adding a page must not make it stale)."""
    if isinstance(node, dict):
        return {k: without_id_lists(v) for k, v in node.items() if not (k == "enum" and IDS_FROM in node)}
    if isinstance(node, list):
        return [without_id_lists(v) for v in node]
    return node


def build_schema(name: str, checker: SymptomChecker, ids: dict[str, list[str]] | None = None) -> dict:
    """The JSON Schema of one data file kind, ready to write (with ``ids``, reference fields list them)."""
    model, files = schema_kinds()[name]
    body = model.model_json_schema(mode="validation")
    body["properties"] = {key: body["properties"][key] for key in field_order(model)}
    _enum_keys_to_properties(body)
    if "symptom_weights" in body["properties"]:
        _symptom_weights(body, checker)
    if model is SymptomChecker:
        _checker_option_ids(body, checker)
    if ids is not None:
        _reference_choices(body, name, ids)
    head = {
        "$schema": JSON_SCHEMA_DIALECT,
        "title": f"{model.__name__} ({files})",
        "description": (body.pop("description", "") + " Generated from hipguide/data/models by `make schemas`: "
                        "do not edit by hand.").strip(),
    }
    body.pop("title", None)
    return {**head, **body}


def render(schema: dict) -> str:
    """Stable text for a schema file: fields in model order (the order staff read them), two-space indent."""
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def expected_files(root: Path) -> dict[Path, str]:
    """schemas/<name>.schema.json -> the text it must hold."""
    checker = load_checker(root)
    ids = existing_ids(root)
    return {root / SCHEMA_DIR / f"{name}.schema.json": render(build_schema(name, checker, ids)) for name in schema_kinds()}


def _same_but_ids(path: Path, text: str) -> bool:
    """True when the committed file differs from ``text`` in its id lists only."""
    try:
        committed = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return without_id_lists(committed) == without_id_lists(json.loads(text))
