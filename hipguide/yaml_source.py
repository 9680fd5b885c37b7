"""Read one staff-edited YAML file safely, keeping the line of every value.

PyYAML alone is not enough for files edited by people: it lets a duplicate key
silently win, turns `2026-13-45` into a Python exception, and reports tabs and
`key: value: more` in parser jargon. This module composes the node tree and
builds plain Python values itself, recording the line of each key and item.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .data_errors import DataError, DataErrors

try:  # libyaml is much faster; fall back to pure Python where it is missing
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover
    from yaml import SafeLoader as _Loader

Loc = tuple  # a path into the data: ("exercises", 2)

_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_STR = "tag:yaml.org,2002:str"


@dataclass
class YamlDocument:
    """A parsed file: its data and the line each value starts on."""

    rel: str
    data: Any
    lines: dict[Loc, int] = field(default_factory=dict)

    def line_of(self, loc: Loc) -> int:
        """Line of the value at ``loc``, or of its nearest parent that has one."""
        loc = tuple(loc)
        while loc:
            if loc in self.lines:
                return self.lines[loc]
            loc = loc[:-1]
        return self.lines.get((), 1)


def field_name(loc: Loc) -> str:
    """``("care", "soon", 2)`` -> ``care.soon[2]``, the form used in messages."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out


# PyYAML's problem texts -> what a person can act on.
_PARSER_HINTS = [
    ("mapping values are not allowed",
     "a colon followed by a space inside a value. Put the whole value in double quotes, "
     'e.g. summary: "Pain: worse on stairs"'),
    ("found character '\\t' that cannot start any token",
     "a tab character. Use spaces, not tabs, to indent"),
    ("found duplicate anchor", "the same &anchor is defined twice"),
    ("could not find expected ':'", "a line that is not 'field: value'. Check for a missing colon or a stray line"),
    ("expected <block end>, but found", "the indentation is off. Line the field up with the ones above it"),
    ("found unexpected end of stream", "a quote or bracket that is never closed"),
    ("found undefined alias", "a *name that refers to nothing"),
    ("while scanning a quoted scalar", "a quoted value that is never closed. Add the closing quote"),
    ("did not find expected key", "the indentation is off, or a list item is mixed with fields"),
    ("did not find expected '-' indicator", "the indentation of a list is off"),
    ("found character '@' that cannot start any token", "a value that starts with @. Put it in double quotes"),
    ("found character '`' that cannot start any token", "a value that starts with a backtick. Put it in double quotes"),
]


def _plain_parser_message(exc: yaml.MarkedYAMLError) -> str:
    problem = f"{exc.context or ''} {exc.problem or ''}"
    for needle, hint in _PARSER_HINTS:
        if needle in problem:
            return f"this line cannot be read: {hint}."
    return f"this line cannot be read as YAML ({(exc.problem or 'syntax error').strip()}). Check quotes, colons and indentation."


class _Builder:
    def __init__(self, rel: str):
        self.rel = rel
        self.lines: dict[Loc, int] = {}
        self.errors: list[DataError] = []
        self.constructor = _Loader("")  # only its scalar constructors are used

    def build(self, node: yaml.Node, loc: Loc) -> Any:
        self.lines.setdefault(loc, node.start_mark.line + 1)
        if isinstance(node, yaml.MappingNode):
            out: dict[str, Any] = {}
            for key_node, value_node in node.value:
                line = key_node.start_mark.line + 1
                if not isinstance(key_node, yaml.ScalarNode):
                    self.errors.append(DataError(self.rel, line, field_name(loc), "a field name must be plain text."))
                    continue
                key = key_node.value
                if key == "<<":
                    self.errors.append(DataError(self.rel, line, field_name(loc), "'<<' merge keys are not supported; write the fields out."))
                    continue
                if key in out:
                    first = self.lines[loc + (key,)]
                    self.errors.append(DataError(
                        self.rel, line, field_name(loc + (key,)),
                        f"this field is written twice (first on line {first}). Keep one and delete the other."))
                    continue
                self.lines[loc + (key,)] = line
                out[key] = self.build(value_node, loc + (key,))
            return out
        if isinstance(node, yaml.SequenceNode):
            items = []
            for i, item in enumerate(node.value):
                self.lines[loc + (i,)] = item.start_mark.line + 1
                items.append(self.build(item, loc + (i,)))
            return items
        # Dates stay text so the models can report an impossible date in words.
        if node.tag in (_TIMESTAMP, _STR):
            return node.value
        return self.constructor.construct_object(node, deep=True)


_LEADING_TAB = re.compile(r"^[ ]*\t", re.M)


def parse_yaml(text: str, rel: str) -> YamlDocument:
    """Parse YAML text; raise :class:`DataErrors` with file and line on any problem."""
    m = _LEADING_TAB.search(text)
    if m:
        line = text.count("\n", 0, m.start()) + 1
        raise DataErrors([DataError(rel, line, "", "this line is indented with a tab character. Use spaces, not tabs.")])
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        raise DataErrors([DataError(rel, (mark.line + 1) if mark else 1, "", _plain_parser_message(exc))]) from None
    except yaml.YAMLError as exc:
        raise DataErrors([DataError(rel, 1, "", f"this file cannot be read as YAML ({exc}).")]) from None
    if node is None:
        raise DataErrors([DataError(rel, 1, "", "this file is empty (or holds only comments). Fill it in from the template, or delete it.")])
    builder = _Builder(rel)
    try:
        data = builder.build(node, ())
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise DataErrors([DataError(rel, (mark.line + 1) if mark else 1, "", f"a value cannot be read ({getattr(exc, 'problem', exc)}). Put it in double quotes.")]) from None
    if builder.errors:
        raise DataErrors(builder.errors)
    return YamlDocument(rel=rel, data=data, lines=builder.lines)


def read_yaml(path: Path, rel: str) -> YamlDocument:
    """Read a file as UTF-8 YAML, refusing what editors can silently get wrong."""
    raw = path.read_bytes()
    if raw.startswith(b"\xef\xbb\xbf"):
        raise DataErrors([DataError(rel, 1, "", "the file starts with an invisible byte-order mark. "
                                    "Save it as 'UTF-8' (not 'UTF-8 with BOM').")])
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise DataErrors([DataError(rel, line, "", "this line has characters that are not UTF-8 "
                                    "(often from copying out of Word). Save the file as UTF-8, or retype the line.")]) from None
    return parse_yaml(text, rel)
