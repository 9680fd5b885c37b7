"""Characters that cannot be seen (or that reorder what is seen), refused with where they are.

A NUL, a stray control character, a right-to-left override or a zero-width
space looks like nothing in an editor but ends up in the published page: in a
title, a phone link, or text that reads differently from how it is stored.
Newlines and (Windows) carriage returns are ordinary; tabs are reported by
their own check. One regular-expression pass: linear in the size of the file.
"""
from __future__ import annotations

import re
import unicodedata

from hipguide.data.errors import DataError
from hipguide.data.line_fields import fields_for_lines

_REFUSED = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"  # C0 controls (not tab, newline, CR), DEL, C1 controls
    "\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff"  # bidi marks, overrides, isolates; zero-width
    "\u2028\u2029]"  # line and paragraph separators
)
MAX_REPORTED = 20  # per file: one mistake pasted 10,000 times needs one fix, not 10,000 lines

# Control characters have no Unicode name; these are their standard ones.
_C0_NAMES = ("NULL START-OF-HEADING START-OF-TEXT END-OF-TEXT END-OF-TRANSMISSION ENQUIRY ACKNOWLEDGE BELL "
             "BACKSPACE TAB LINE-FEED LINE-TABULATION FORM-FEED CARRIAGE-RETURN SHIFT-OUT SHIFT-IN "
             "DATA-LINK-ESCAPE DEVICE-CONTROL-ONE DEVICE-CONTROL-TWO DEVICE-CONTROL-THREE DEVICE-CONTROL-FOUR "
             "NEGATIVE-ACKNOWLEDGE SYNCHRONOUS-IDLE END-OF-TRANSMISSION-BLOCK CANCEL END-OF-MEDIUM SUBSTITUTE "
             "ESCAPE FILE-SEPARATOR GROUP-SEPARATOR RECORD-SEPARATOR UNIT-SEPARATOR").split()


def character_name(char: str) -> str:
    """``U+200B ZERO WIDTH SPACE``; ``U+0000 NULL`` for a control character."""
    code = ord(char)
    name = unicodedata.name(char, "")
    if not name:
        if code < 0x20:
            name = _C0_NAMES[code].replace("-", " ")
        elif code == 0x7F:
            name = "DELETE"
        else:
            name = "CONTROL CHARACTER"
    return f"U+{code:04X} {name}"


def invisible_character_errors(text: str, rel: str) -> list[DataError]:
    """One error per refused character (the first :data:`MAX_REPORTED`, then a count)."""
    found: list[tuple[int, int, str]] = []  # line, column, character
    total = 0
    line, line_start, scanned = 1, 0, 0
    for m in _REFUSED.finditer(text):
        total += 1
        if total > MAX_REPORTED:
            continue
        at = m.start()
        newlines = text.count("\n", scanned, at)  # only the text since the last match: linear overall
        if newlines:
            line += newlines
            line_start = text.rfind("\n", scanned, at) + 1
        scanned = at
        found.append((line, at - line_start + 1, m.group()))
    if not found:
        return []
    fields = fields_for_lines(text, {line for line, _, _ in found})
    errors = [DataError(rel, line, fields[line],
                        f"column {column} has an invisible or control character, {character_name(char)}. "
                        "Delete it (if you cannot see it, retype that part of the line), and save.")
              for line, column, char in found]
    if total > MAX_REPORTED:
        last_line = found[-1][0]
        errors.append(DataError(rel, last_line, fields[last_line],
                                f"there are {total - MAX_REPORTED:,} more invisible or control characters after this one. "
                                "Retype the text, or copy it again from plain text."))
    return errors
