"""Plain YAML values read the YAML 1.2 way: the way Decap CMS (the `yaml` npm package) writes them.

PyYAML reads YAML 1.1, where `19:00` is the number 1140 (base 60), `yes`, `no`,
`on` and `off` are true or false, and `0777` is the number 511. The browser
editor writes YAML 1.2, where all of these are text (and `0777` would be the
number 777). So a file means the same whoever saved it, plain (unquoted)
values are typed here by the 1.2 core schema, not by PyYAML's resolver.
"""
from __future__ import annotations

import math
import re

import yaml

# Tags PyYAML's 1.1 resolver gives plain values on its own; anything else was written as a '!' tag.
IMPLICIT_TAGS = {f"tag:yaml.org,2002:{name}" for name in ("bool", "int", "float", "null", "timestamp", "str", "value")}

_NULL = re.compile(r"~|null|Null|NULL|")
_TRUE = re.compile(r"true|True|TRUE")
_FALSE = re.compile(r"false|False|FALSE")
_INT = re.compile(r"[-+]?[0-9]+")
_OCT = re.compile(r"0o[0-7]+")
_HEX = re.compile(r"0x[0-9a-fA-F]+")
_FLOAT = re.compile(r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?")
_INF = re.compile(r"([-+]?)\.(?:inf|Inf|INF)")
_NAN = re.compile(r"\.(?:nan|NaN|NAN)")


def is_plain(node: yaml.ScalarNode, lines: list[str] | None = None) -> bool:
    """An unquoted, non-block value whose type YAML guesses from its text (no '!' tag before it in ``lines``)."""
    if node.style or node.tag not in IMPLICIT_TAGS:  # libyaml says "", pure-Python PyYAML None
        return False
    mark = node.start_mark
    return not (lines and mark.line < len(lines) and lines[mark.line][mark.column:mark.column + 1] == "!")


def plain_value(text: str):
    """A plain value as the YAML 1.2 core schema reads it: null, true/false, a number, or text."""
    if _NULL.fullmatch(text):
        return None
    if _TRUE.fullmatch(text):
        return True
    if _FALSE.fullmatch(text):
        return False
    if _INT.fullmatch(text):
        return int(text, 10)
    if _OCT.fullmatch(text):
        return int(text[2:], 8)
    if _HEX.fullmatch(text):
        return int(text[2:], 16)
    if _FLOAT.fullmatch(text):
        return float(text)
    inf = _INF.fullmatch(text)
    if inf:
        return -math.inf if inf.group(1) == "-" else math.inf
    if _NAN.fullmatch(text):
        return math.nan
    return text
