"""Reporting stays linear: a mistake on every line of a long file is reported in about a second."""
from __future__ import annotations

import time

import pytest

from hipguide.data.errors import DataErrors
from hipguide.data.line_fields import fields_for_lines
from hipguide.data.yaml_source import parse_yaml
from hipguide.data.yaml_syntax_errors import field_near


def test_a_tab_on_each_of_10000_lines():
    text = "".join(f"field{i}: a\tb\n" for i in range(10_000))
    start = time.perf_counter()
    with pytest.raises(DataErrors) as exc:
        parse_yaml(text, "data/x.yml")
    assert time.perf_counter() - start < 5  # it took 23 s when each line re-read the file from the top
    errors = exc.value.errors  # the first 50 lines, then how many more
    assert len(errors) == 51 and any(e.message.startswith("there are 9,950 more lines with tabs") for e in errors)


def test_the_field_of_every_line_of_a_long_document():
    text = "".join(f"group{i}:\n  name: x\n  list:\n    - a\n" for i in range(2_500))  # 17,500 values, 10,000 lines
    doc = parse_yaml(text, "data/x.yml")
    start = time.perf_counter()
    fields = [doc.field_at(line) for line in range(1, 10_001)]
    assert time.perf_counter() - start < 2  # asking each line by scanning every field: about 20 s
    assert fields[:4] == ["group0", "group0.name", "group0.list", "group0.list[0]"]


def test_fields_for_lines_agrees_with_field_near():
    text = "a:\n  b: 1\n  c: |\n    text\n    more\n  d:\n    - e: 2\n      f: 3\n# note\ng: x\n  stray line\n"
    lines = set(range(1, text.count("\n") + 3))
    expected = {1: "a", 2: "a.b", 3: "a.c", 4: "a.c", 5: "a.c", 6: "a.d", 7: "a.d.e", 8: "a.d.f", 9: "a.d.f",
                10: "g", 11: "g", 12: "g", 13: "g"}  # a block's text and a stray line belong to the field above
    assert fields_for_lines(text, lines) == expected
    assert {line: field_near(text, line) for line in lines} == expected
