"""A list item indented too far is silently read as part of the item above: find it.

    cues:
      - Keep your hips level.
        - Breathe out as you lift.

YAML reads this as ONE cue, "Keep your hips level. - Breathe out as you lift.":
the second line is a continuation of the first value, not a new item. No
parser complains, and the page quietly shows one run-on cue. Any unquoted
value that runs onto a line starting with '- ' is refused instead.
"""
from __future__ import annotations

import re

import yaml

from hipguide.data.errors import DataError
from hipguide.data.yaml_core_schema import is_plain

_ITEM_START = re.compile(r"^(\s*)-(?:\s|$)")


def _scalars(node: yaml.Node, loc: tuple):
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            yield from _scalars(value_node, loc + (str(key_node.value),))
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            yield from _scalars(item, loc + (i,))
    elif isinstance(node, yaml.ScalarNode):
        yield node, loc


def merged_item_errors(root: yaml.Node, text: str, rel: str, name_of) -> list[DataError]:
    """One error per unquoted value that swallowed a line starting with '- '; ``name_of(loc)`` names the field."""
    lines = text.splitlines()
    errors = []
    for node, loc in _scalars(root, ()):
        if not is_plain(node) or node.end_mark.line == node.start_mark.line:
            continue
        if node.value.startswith("-"):
            continue  # '-item' without its space: the model says "put a space after each '-'"

        for row in range(node.start_mark.line + 1, min(node.end_mark.line, len(lines) - 1) + 1):
            if _ITEM_START.match(lines[row]):
                errors.append(DataError(
                    rel, row + 1, name_of(loc),
                    "this line starts with '-' but is indented further than the '-' of the item above, "
                    "so it is read as part of that item, not as a new one. To make it a new item, line up its '-' "
                    "with the '-' above; if the dash belongs to the text, put the whole item in double quotes."))
                break
    return errors
