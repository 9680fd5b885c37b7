"""YAML features the data never needs, refused before anything is built from them.

Anchors (&name), aliases (*name), merge keys (<<) and tags (!!python/..., !!str,
!anything) are for programmers. In a staff-edited file they are either a
mistake or an attack: about 1 KB of nested aliases expands to gigabytes, an
alias inside itself recurses forever, and a tag can change what a value means.
The same pass stops a file with an absurd number of values (half a million
short list items fit in 1 MB) before any of them is built.
Merge keys are refused where fields are built (yaml_source), which is safe
once aliases are gone. This looks at PyYAML's event stream (one linear pass that expands nothing), so
it runs before the node tree is composed or any value is built.
"""
from __future__ import annotations

import yaml

from hipguide.data.errors import DataError
from hipguide.data.line_fields import fields_for_lines

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover
    from yaml import SafeLoader as _Loader

_STANDARD_TAG = "tag:yaml.org,2002:"
MAX_VALUES = 20_000  # every key, value and list counts one


def _as_written(tag: str) -> str:
    return "!!" + tag[len(_STANDARD_TAG):] if tag.startswith(_STANDARD_TAG) else tag


def _problems(text: str):
    """(line, message) for each anchor, alias and tag, in file order; and a file with too many values."""
    values = 0
    for event in yaml.parse(text, Loader=_Loader):
        line = event.start_mark.line + 1
        if isinstance(event, (yaml.ScalarEvent, yaml.CollectionStartEvent)):
            values += 1
            if values > MAX_VALUES:  # stop here: building 500,000 values would take seconds and 100s of MB
                yield 1, (f"this file holds more than {MAX_VALUES:,} values (fields, items and texts); "
                          "the biggest data file today has about 600. Remove what does not belong in it.")
                return
        if isinstance(event, yaml.AliasEvent):
            yield line, (f"'*{event.anchor}' repeats a value written elsewhere (a YAML alias), which is not "
                         "allowed. Write the value out in full; if it is text that starts with '*', "
                         "put the whole value in double quotes.")
            continue
        anchor = getattr(event, "anchor", None)
        if anchor is not None:
            yield line, (f"'&{anchor}' marks a value to repeat elsewhere (a YAML anchor), which is not allowed. "
                         "Delete it; if it is text that starts with '&', put the whole value in double quotes.")
        tag = getattr(event, "tag", None)
        if tag is not None and isinstance(event, (yaml.ScalarEvent, yaml.CollectionStartEvent)):
            what = (f"the value {event.value!r}" if isinstance(event, yaml.ScalarEvent)
                    else "this list" if isinstance(event, yaml.SequenceStartEvent) else "this group of fields")
            yield line, (f"{what} cannot be read as written: it has a YAML tag (the word after '!' or '!!' "
                         f"in front of it{', ' + repr(_as_written(tag)[:40]) if tag.startswith('tag:yaml.org,2002:python') else ''}), "
                         "and tags are not allowed. Remove the tag (put the value in double quotes if it must start with '!').")


def refused_feature_errors(text: str, rel: str) -> list[DataError]:
    """One error per anchor, alias, tag or merge key in ``text``; [] when there are none.

    A syntax error stops the scan quietly: the normal parse reports it in words.
    """
    found: list[tuple[int, str]] = []
    try:
        for problem in _problems(text):
            found.append(problem)
    except yaml.YAMLError:
        pass
    if not found:
        return []
    fields = fields_for_lines(text, {line for line, _ in found})
    return [DataError(rel, line, fields[line], message) for line, message in found]
