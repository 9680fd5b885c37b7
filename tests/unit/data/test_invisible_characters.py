"""hipguide.data.invisible_characters: every invisible or control character refused with file, line, column and name."""
from __future__ import annotations

import time

import pytest

from hipguide.data.errors import DataErrors
from hipguide.data.invisible_characters import MAX_REPORTED, character_name, invisible_character_errors
from hipguide.data.yaml_source import parse_yaml

REFUSED = ["\x00", "\x01", "\x07", "\x0b", "\x0c", "\x1b", "\x1f", "\x7f", "\x80", "\x85", "\x9f",
           "\u061c", "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d",
           "\u202e", "\u2060", "\u2066", "\u2067", "\u2068", "\u2069", "\ufeff", "\u2028", "\u2029"]


@pytest.mark.parametrize("char", REFUSED, ids=[f"U+{ord(c):04X}" for c in REFUSED])
def test_each_is_refused_with_line_column_and_name(char):
    text = f"id: x\nmuscles:\n  primary: ab{char}cd\n"
    with pytest.raises(DataErrors) as exc:
        parse_yaml(text, "data/x.yml")
    message = str(exc.value.errors[0])
    assert message.startswith("data/x.yml:3: muscles.primary: column 14 has an invisible or control character, "
                              f"{character_name(char)}."), message


def test_names_fall_back_for_control_characters():
    assert character_name("\x00") == "U+0000 NULL"
    assert character_name("\x1b") == "U+001B ESCAPE"
    assert character_name("\x85") == "U+0085 CONTROL CHARACTER"
    assert character_name("\u202e") == "U+202E RIGHT-TO-LEFT OVERRIDE"


@pytest.mark.parametrize("text", ["a: b\r\nc: d\r\n", "a: 'é ’ – ·'\n", "a: |\n  one\n\n  two\n", "a: \"\\u00e9\"\n"])
def test_ordinary_text_and_line_ends_pass(text):
    assert invisible_character_errors(text, "data/x.yml") == []


def test_a_megabyte_of_nul_is_reported_briefly_and_fast():
    text = "a: " + "\x00" * 1_000_000 + "\n"
    start = time.perf_counter()
    errors = invisible_character_errors(text, "data/x.yml")
    assert time.perf_counter() - start < 2
    assert len(errors) == MAX_REPORTED + 1
    assert "there are 999,980 more" in errors[-1].message
