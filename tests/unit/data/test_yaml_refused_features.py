"""hipguide.data.yaml_refused_features: anchors, aliases, merge keys and tags refused before any expansion."""
from __future__ import annotations

import resource
import time

import pytest

from hipguide.data.errors import DataErrors
from hipguide.data.yaml_source import parse_yaml


def _bomb(levels: int) -> str:
    """The "billion laughs": each level repeats the one above nine times (9**levels values)."""
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, levels)]
    return "\n".join(lines) + "\n"


def _errors(text: str) -> list[str]:
    with pytest.raises(DataErrors) as exc:
        parse_yaml(text, "data/x.yml")
    return [str(e) for e in exc.value.errors]


def test_an_alias_bomb_is_refused_at_once_without_expanding():
    text = _bomb(12)  # about 1 KB; expanded it would be 282 billion values
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.perf_counter()
    errors = _errors(text)
    seconds = time.perf_counter() - start
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert seconds < 0.5 and grown_mb < 50, (seconds, grown_mb)
    assert errors[0].startswith("data/x.yml:1: a0: '&a0' marks a value to repeat elsewhere (a YAML anchor)")


def test_a_recursive_alias_is_refused_without_recursing():
    errors = _errors("easier: &r [*r]\n")
    assert any(e.startswith("data/x.yml:1: easier: '*r' repeats a value written elsewhere") for e in errors)


@pytest.mark.parametrize("text, line, field", [
    ("id: x\nequipment: !!python/object/apply:os.system [\"true\"]\n", 2, "equipment"),
    ("name: !!str Side plank\n", 1, "name"),
    ("order: !!int 3\n", 1, "order"),
    ("name: !custom Side plank\n", 1, "name"),
    ("name: ! Side plank\n", 1, "name"),
    ("muscles: !!map {primary: [x]}\n", 1, "muscles"),
])
def test_every_explicit_tag_is_refused(text, line, field):
    errors = _errors(text)
    assert any(e.startswith(f"data/x.yml:{line}: {field}: ") and "it has a YAML tag" in e for e in errors), errors


def test_merge_keys_are_refused():
    errors = _errors("<<: {name: x}\nid: y\n")
    assert any(e.startswith("data/x.yml:1: '<<' merge keys are not supported") for e in errors), errors


@pytest.mark.parametrize("text", ['name: "*not an alias"\n', "name: 'a & b !c'\n", "name: Rock & roll\n"])
def test_quoted_stars_ampersands_and_bangs_are_ordinary_text(text):
    assert parse_yaml(text, "data/x.yml").data["name"]
