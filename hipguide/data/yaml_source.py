"""Read one staff-edited YAML file safely, keeping the line of every value.

PyYAML alone is not enough for files edited by people: it lets a duplicate key
silently win, turns `2026-13-45` into a Python exception, and reports tabs and
`key: value: more` in parser jargon. This module composes the node tree and
builds plain Python values itself, recording the line of each key and item.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from hipguide.data.errors import DataError, DataErrors
from hipguide.data.invisible_characters import invisible_character_errors
from hipguide.data.regular_files import NotARegularFile, read_regular_file
from hipguide.data.yaml_core_schema import is_plain, plain_value
from hipguide.data.yaml_merged_items import merged_item_errors
from hipguide.data.yaml_refused_features import refused_feature_errors
from hipguide.data.yaml_syntax_errors import explain_parse_error, field_near, tab_errors

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
    text: str = ""
    _index: tuple | None = field(default=None, repr=False, compare=False)

    def line_of(self, loc: Loc) -> int:
        """Line of the value at ``loc``, or of its nearest parent that has one."""
        loc = tuple(loc)
        while loc:
            if loc in self.lines:
                return self.lines[loc]
            loc = loc[:-1]
        return self.lines.get((), 1)

    def field_at(self, line: int) -> str:
        """The field a line belongs to: the deepest one starting on it, or on the nearest line above."""
        starts, fields = self._line_index()
        i = bisect.bisect_right(starts, line)
        return fields[i - 1] if i else ""

    def _line_index(self) -> tuple[list[int], list[str]]:
        # Built once, so asking for every line of a long file stays linear (plus a sort).
        if self._index is None:
            deepest: dict[int, Loc] = {}
            for loc, start in self.lines.items():
                if start not in deepest or len(loc) > len(deepest[start]):
                    deepest[start] = loc
            starts = sorted(s for s in deepest if s >= 1)
            self._index = (starts, [field_name(deepest[s]) for s in starts])
        return self._index


def field_name(loc: Loc) -> str:
    """``("care", "soon", 2)`` -> ``care.soon[2]``, the form used in messages."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out


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
                    self.errors.append(DataError(self.rel, line, field_name(loc),
                                                 "'<<' merge keys are not supported; write the fields out."))
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
        # YAML 1.2, as the browser editor writes it: 19:00 and yes stay text.
        if is_plain(node, getattr(self, "source_lines", None)):
            return plain_value(node.value)
        # Dates stay text so the models can report an impossible date in words.
        if node.tag in (_TIMESTAMP, _STR):
            return node.value
        try:
            return self.constructor.construct_object(node, deep=True)
        except (yaml.YAMLError, ValueError, TypeError, OverflowError):  # e.g. "!!int abc", "!custom x"
            self.errors.append(DataError(self.rel, node.start_mark.line + 1, field_name(loc),
                                         f"the value '{node.value}' cannot be read as written"
                                         f"{' (it has the tag ' + node.tag + ')' if node.tag.startswith('!') else ''}. "
                                         "Remove any '!' tag and put the value in double quotes."))
            return None


def parse_yaml(text: str, rel: str) -> YamlDocument:
    """Parse YAML text; raise :class:`DataErrors` with file and line on any problem."""
    # First the checks that must see the raw text: invisible characters (before tabs, which
    # counts lines), then anchors, aliases and tags, before anything is expanded.
    for check in (invisible_character_errors, tab_errors, refused_feature_errors):
        errors = check(text, rel)
        if errors:
            raise DataErrors(errors)
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        raise DataErrors([explain_parse_error(exc, text, rel)]) from None
    except yaml.YAMLError as exc:
        raise DataErrors([DataError(rel, 1, "", f"this file cannot be read as YAML ({exc}).")]) from None
    if node is None:
        raise DataErrors([DataError(rel, 1, "",
                                    "this file is empty (or holds only comments). Fill it in from the template, or delete it.")])
    builder = _Builder(rel)
    builder.source_lines = text.splitlines()  # to tell `!!int 12` (tagged) from a plain 12
    try:
        data = builder.build(node, ())
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = (mark.line + 1) if mark else 1
        raise DataErrors([DataError(rel, line, field_near(text, line),
                                    f"a value cannot be read ({getattr(exc, 'problem', exc)}). Put it in double quotes.")]) from None
    builder.errors += merged_item_errors(node, text, rel, field_name)
    if builder.errors:
        raise DataErrors(builder.errors)
    return YamlDocument(rel=rel, data=data, lines=builder.lines, text=text)


def read_yaml(path: Path, rel: str, root: Path | None = None) -> YamlDocument:
    """Read a file as UTF-8 YAML, refusing what editors can silently get wrong.

    Only a plain file inside ``root`` (default: the file's folder) of at most 1 MB is read.
    """
    try:
        raw = read_regular_file(path, root or path.parent)
    except NotARegularFile as exc:
        raise DataErrors([DataError(rel, 1, "", str(exc))]) from None
    if raw.startswith(b"\xef\xbb\xbf"):
        raise DataErrors([DataError(rel, 1, "", "the file starts with an invisible byte-order mark. "
                                    "Save it as 'UTF-8' (not 'UTF-8 with BOM').")])
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        near = field_near(raw.decode("utf-8", errors="replace"), line)
        raise DataErrors([DataError(rel, line, near, "this line has characters that are not UTF-8 "
                                    "(often from copying out of Word). Save the file as UTF-8, or retype the line.")]) from None
    return parse_yaml(text, rel)
