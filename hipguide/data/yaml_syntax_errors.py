"""Why a YAML file cannot be read, in words staff can act on, and on the line at fault.

PyYAML reports where it gave up, which is often lines after the mistake (an
unclosed quote swallows what follows), in parser jargon. These helpers find
the line that caused it, guess its field from indentation, and say what to do.
"""
from __future__ import annotations

import re

import yaml

from hipguide.data.errors import MAX_REPORTED, DataError, more_problems

# A space after the colon may be a look-alike (non-breaking) space: still a field line, for naming the field.
_KEY_LINE = re.compile(r"^([ \t]*)(?:-[ \t]+)*([A-Za-z0-9_][A-Za-z0-9_-]*)[ \t]*:(?:[ \t\u00a0\u2007\u202f]|$)")
_BLOCK_START = re.compile(r":\s+[|>][-+0-9]*\s*(?:#.*)?$")


def field_near(text: str, line: int) -> str:
    """Best guess of the field a line belongs to, from indentation alone.

    Used when the file cannot be parsed, so there are no parsed lines to ask:
    good enough to say ``muscles.primary`` instead of nothing.
    """
    from hipguide.data.line_fields import fields_for_lines  # one reading of the indentation, for one line or many

    return fields_for_lines(text, {line}).get(line, "")


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
    ("found undefined alias", "a value that starts with '*'. Put the whole value in double quotes"),
    ("while scanning a quoted scalar", "a quoted value that is never closed. Add the closing quote"),
    ("did not find expected key", "the indentation is off, or a list item is mixed with fields"),
    ("did not find expected '-' indicator", "the indentation of a list is off"),
    ("did not find expected ',' or ']'", "a list in [ ] that is not closed, or a missing comma between its items"),
    ("did not find expected ',' or '}'", "a group in { } that is not closed, or a missing comma between its items"),
]


def _plain_parser_message(exc: yaml.MarkedYAMLError, text: str) -> str:
    problem = f"{exc.context or ''} {exc.problem or ''}"
    if "cannot start any token" in problem and exc.problem_mark is not None:
        lines = text.splitlines()
        row, col = exc.problem_mark.line, exc.problem_mark.column
        char = lines[row][col] if row < len(lines) and col < len(lines[row]) else "?"
        return f"this line cannot be read: a value that starts with '{char}'. Put the whole value in double quotes."
    for needle, hint in _PARSER_HINTS:
        if needle in problem:
            return f"this line cannot be read: {hint}."
    return f"this line cannot be read as YAML ({(exc.problem or 'syntax error').strip()}). Check quotes, colons and indentation."


_VALUE_START = re.compile(r"^\s*(?:-\s+)*(?:[A-Za-z0-9_][A-Za-z0-9_-]*\s*:\s+)?(?=\S)")


def _closing_quote(value: str) -> int:
    """Index of the quote that closes ``value`` (which starts with one), or -1."""
    quote, i = value[0], 1
    while i < len(value):
        if quote == '"' and value[i] == "\\":
            i += 2
            continue
        if value[i] == quote:
            if quote == "'" and value[i + 1:i + 2] == "'":  # '' is a quote inside '...'
                i += 2
                continue
            return i
        i += 1
    return -1


# Characters that look like a space but are not one to YAML (often pasted from Word or a web page).
_LOOKALIKE_SPACES = {
    "\u00a0": "a non-breaking space", "\u2007": "a figure space", "\u202f": "a narrow non-breaking space",
    "\u2002": "an en space", "\u2003": "an em space", "\u2009": "a thin space", "\u200a": "a hair space",
    "\u3000": "an ideographic space", "\u1680": "an Ogham space mark", "\u205f": "a mathematical space",
}
_STRUCTURE_SPACE = re.compile(r"^([ ]*(?:-[ ]*)*)([^\s:#-][^:#]*?:)?([" + "".join(_LOOKALIKE_SPACES) + "])")


def lookalike_space_problem(line: str) -> str | None:
    """A look-alike space where YAML needs a real one: in the indent, after '-' or after 'field:'."""
    m = _STRUCTURE_SPACE.match(line)
    if not m:
        return None
    char = m.group(3)
    column = m.start(3) + 1
    where = "after the colon" if m.group(2) else ("after the '-'" if "-" in m.group(1) else "in the indentation")
    return (f"{where} there is {_LOOKALIKE_SPACES[char]} (U+{ord(char):04X}, column {column}), which looks like "
            "a space but is not one. Delete it and type an ordinary space.")


def _line_problem(line: str) -> str | None:
    """What is wrong with one line on its own, for the mistakes people make most; None if nothing is."""
    lookalike = lookalike_space_problem(line)
    if lookalike:
        return lookalike
    if re.match(r"^\s*-[^\s-]", line):
        return "a list item needs a space after the '-'."
    start = _VALUE_START.match(line)
    value = line[start.end():].rstrip() if start else ""
    if value[:1] in ('"', "'"):
        end = _closing_quote(value)
        if end < 0:
            return "a quoted value is not closed on this line. Add the closing quote at the end of the value."
        rest = value[end + 1:].strip()
        if rest and not rest.startswith("#"):
            inner = ("write \\\" for a double quote inside it, or use single quotes around the value" if value[0] == '"'
                     else "write '' for an apostrophe inside it, or use double quotes around the value")
            return f"the closing quote comes before the end of the value. Put quotes around the whole value; {inner}."
    if value[:1] in ("[", "{"):
        close = "]" if value[0] == "[" else "}"
        unquoted = re.sub(r'"(?:[^"\\]|\\.)*"|\'(?:[^\']|\'\')*\'', "", value)  # brackets inside quotes do not count
        if unquoted.count(value[0]) > unquoted.count(close):
            return f"'{value[0]}' opens a list that is not closed on this line. Add '{close}' at its end."
    return None


def _missing_colon_before(text: str, line: int) -> int | None:
    """The line above ``line`` if it is a stray 'field value' line at the same indent (a missing colon)."""
    lines = text.splitlines()
    if not 1 < line <= len(lines):
        return None
    indent = len(lines[line - 1]) - len(lines[line - 1].lstrip(" "))
    for number in range(line - 1, 0, -1):
        prev = lines[number - 1]
        if not prev.strip() or prev.lstrip().startswith("#"):
            continue
        prev_indent = len(prev) - len(prev.lstrip(" "))
        if prev_indent == indent and not _KEY_LINE.match(prev) and not prev.lstrip().startswith("-"):
            return number
        return None
    return None


def _first_line_problem(text: str, last_line: int) -> tuple[int, str] | None:
    """The first line up to ``last_line`` with a problem of its own: often the cause of a later parse error."""
    for number, line in enumerate(text.splitlines()[:last_line], start=1):
        if line.lstrip().startswith("#"):
            continue
        problem = _line_problem(line)
        if problem:
            return number, problem
    return None


def tab_errors(text: str, rel: str) -> list[DataError]:
    """A tab anywhere: YAML refuses it for indenting, and elsewhere it is an invisible oddity."""
    from hipguide.data.line_fields import fields_for_lines  # it builds on this module's patterns

    if "\t" not in text:
        return []
    lines = text.splitlines()
    with_tabs = [n for n, line in enumerate(lines, start=1) if "\t" in line]
    shown = with_tabs[:MAX_REPORTED]
    fields = fields_for_lines(text, set(shown))
    errors = []
    for number in shown:
        line = lines[number - 1]
        where = "is indented with" if line.lstrip(" ").startswith("\t") else "has"
        errors.append(DataError(rel, number, fields[number],
                                f"this line {where} a tab character. Use spaces, not tabs "
                                "(set your editor to insert spaces when you press Tab)."))
    if len(with_tabs) > len(shown):
        errors.append(more_problems(rel, shown[-1], fields[shown[-1]], len(with_tabs) - len(shown), "lines with tabs"))
    return errors


_BLOCK_OR_TEXT_VALUE = re.compile(r"^\s*(?:-\s+)*(?:[A-Za-z0-9_][A-Za-z0-9_-]*\s*:\s+)?(?P<value>.*)$")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def unindented_text_line(text: str, line: int) -> tuple[str, int] | None:
    """(field line, needed indent) when ``line`` is prose that belongs to the text above but is not indented under it.

        summary: >-
          The clamshell is a gentle first exercise for the muscles at the side
        and back of your hip.        <- read as a new field, and there is no colon
    """
    lines = text.splitlines()
    if not 1 < line <= len(lines):
        return None
    current = lines[line - 1]
    words = current.split()
    if len(words) < 3 or _KEY_LINE.match(current) or current.lstrip().startswith(("-", "#")):
        return None
    # Walk up through the text lines to the line that starts the value.
    for number in range(line - 1, 0, -1):
        prev = lines[number - 1]
        if not prev.strip():
            continue
        key = _KEY_LINE.match(prev)
        if key is None and not prev.lstrip().startswith("- "):
            if _indent(prev) > _indent(current):
                continue  # an indented line of the same text
            return None
        value = _BLOCK_OR_TEXT_VALUE.match(prev).group("value").strip()
        is_block = bool(_BLOCK_START.search(prev))
        is_prose = len(value.split()) >= 4 and value[:1] not in "[{\"'&*!|>"
        if not (is_block or is_prose) or _indent(current) > _indent(prev) + (2 if prev.lstrip().startswith("-") else 0):
            return None
        start = len(prev) - len(prev.lstrip(" -")) if prev.lstrip().startswith("-") else _indent(prev)
        return prev, start + 2
    return None


def explain_parse_error(exc: yaml.MarkedYAMLError, text: str, rel: str) -> DataError:
    """PyYAML's complaint about ``text`` -> the line at fault, its field and what to do, in plain words."""
    mark = exc.problem_mark or exc.context_mark
    if exc.context_mark is not None and "while scanning a simple key" in (exc.context or ""):
        mark = exc.context_mark  # the line without its colon, not the line after it
    line = (mark.line + 1) if mark else 1
    message = _plain_parser_message(exc, text)
    # YAML often notices a mistake lines later (an unclosed quote swallows what follows): point at its cause.
    cause = _first_line_problem(text, line)
    if cause:
        line, message = cause[0], f"this line cannot be read: {cause[1]}"
    elif unindented_text_line(text, line):
        _, needed = unindented_text_line(text, line)
        field = field_near(text, line - 1)
        return DataError(rel, line, field, f"this line is part of the text of '{field.rsplit('.', 1)[-1]}' above but "
                         f"is not indented under it. Start it with {needed} spaces, like the line above.")
    elif "mapping values are not allowed" in (exc.problem or "") and _missing_colon_before(text, line):
        line = _missing_colon_before(text, line)
        message = "this line cannot be read: it is not 'field: value'. Check for a missing colon after the field name."
    field = field_near(text, line)
    if "not 'field: value'" in message:  # name the field the line was meant to be: its first word
        lines = text.splitlines()
        word = re.match(r"\s*(?:-\s+)?([A-Za-z_][A-Za-z0-9_-]*)\b", lines[line - 1] if line <= len(lines) else "")
        field = ".".join(part for part in (field, word.group(1) if word else "") if part)
    return DataError(rel, line, field, message)
